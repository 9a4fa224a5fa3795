import { expect, it } from "vitest";
import { linkedInAddUrl } from "./linkedin-add-url";

it("carries the certification's name, organisation, issue and expiry month, id and verification URL", () => {
  const url = new URL(
    linkedInAddUrl({
      name: "Certified Professional: Camera Cybersecurity & More",
      organization: "Cyberwall Academy",
      issuedAt: new Date("2026-12-31T23:30:00Z"),
      validUntil: new Date("2029-12-31T23:30:00Z"),
      id: "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
      url: "https://academy.example/verify/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
    }),
  );
  expect(url.origin + url.pathname).toBe("https://www.linkedin.com/profile/add");
  expect(Object.fromEntries(url.searchParams)).toEqual({
    startTask: "CERTIFICATION_NAME",
    name: "Certified Professional: Camera Cybersecurity & More",
    organizationName: "Cyberwall Academy",
    issueYear: "2026",
    issueMonth: "12",
    expirationYear: "2029",
    expirationMonth: "12",
    certId: "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
    certUrl: "https://academy.example/verify/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
  });
});
