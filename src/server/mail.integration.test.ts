import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { sendMail } from "./mail";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => (sink = await startSmtpSink()));
afterAll(() => sink.close());

it("delivers through SMTP_URL to a real SMTP server", async () => {
  const result = await sendMail(
    { to: "ana@example.test", subject: "Verify your address", text: "Open http://x/verify?t=abc" },
    { SMTP_URL: sink.url },
  );
  expect(result.delivered).toBe("smtp");
  expect(sink.messages).toHaveLength(1);
  expect(sink.messages[0].to).toEqual(["ana@example.test"]);
  expect(sink.messages[0].subject).toBe("Verify your address");
  expect(sink.messages[0].body).toContain("http://x/verify?t=abc");
});

it("prints the message when no SMTP server is configured, so an offline academy still works", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  const result = await sendMail({ to: "bo@example.test", subject: "Hello", text: "the link" }, {});
  expect(result.delivered).toBe("console");
  expect(log.mock.calls.flat().join("\n")).toContain("the link");
  log.mockRestore();
});

it("names a malformed SMTP_URL", async () => {
  await expect(sendMail({ to: "c@example.test", subject: "s", text: "t" }, { SMTP_URL: "http://nope" })).rejects.toThrow(/SMTP_URL/u);
});
