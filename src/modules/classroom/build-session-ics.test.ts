import { describe, expect, it } from "vitest";
import { buildSessionIcs, escapeIcsText, foldIcsLine, icsDate } from "./build-session-ics";

const session = {
  id: "sess1",
  title: "Cybersecurity for installers; Malmö, spring",
  courseTitle: "Cybersecurity for installers",
  mode: "in_person",
  location: "Room 4, Storgatan 1\nMalmö",
  meetingUrl: null,
  startsAt: new Date("2026-03-02T08:00:00Z"),
  days: 2,
  dayMinutes: 480,
  trainerName: "Tom Trainer",
  cancelled: false,
  updatedAt: new Date("2026-01-05T10:00:00Z"),
};

describe("ICS text", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeIcsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
  it("formats UTC date-times", () => {
    expect(icsDate(new Date("2026-03-02T08:05:09.123Z"))).toBe("20260302T080509Z");
  });
  it("folds at 75 octets without splitting multi-byte characters", () => {
    const line = "DESCRIPTION:" + "å".repeat(100);
    const folded = foldIcsLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line); // unfolding restores it
    expect(foldIcsLine("SHORT:x")).toBe("SHORT:x");
  });
});

describe("buildSessionIcs", () => {
  const ics = buildSessionIcs(session, new Date("2026-02-01T12:00:00Z"));
  it("uses CRLF everywhere and ends with one", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/gu, "")).not.toMatch(/[\r\n]/u);
  });
  it("has one event per day with stable UIDs, DTSTAMP, times and escaped text", () => {
    const unfolded = ics.replace(/\r\n /gu, "");
    expect(unfolded.match(/BEGIN:VEVENT/gu)).toHaveLength(2);
    expect(unfolded).toContain("UID:sess1-day1@cyberwall.academy\r\n");
    expect(unfolded).toContain("UID:sess1-day2@cyberwall.academy\r\n");
    expect(unfolded).toContain("DTSTAMP:20260201T120000Z\r\n");
    expect(unfolded).toContain("DTSTART:20260303T080000Z\r\nDTEND:20260303T160000Z\r\n");
    expect(unfolded).toContain("SUMMARY:Cybersecurity for installers\\; Malmö\\, spring (day 1/2)\r\n");
    expect(unfolded).toContain("LOCATION:Room 4\\, Storgatan 1\\nMalmö\r\n");
    expect(unfolded.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
  });
  it("puts the join link in a virtual session and marks cancelled sessions", () => {
    const v = buildSessionIcs({ ...session, mode: "virtual", location: null, meetingUrl: "https://meet.example/abc", cancelled: true });
    expect(v).toContain("URL:https://meet.example/abc\r\n");
    expect(v).toContain("LOCATION:https://meet.example/abc\r\n");
    expect(v).toContain("STATUS:CANCELLED\r\n");
  });
});
