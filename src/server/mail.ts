import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";

// Outgoing mail (address verification, notifications). With SMTP_URL unset the message is printed to the
// console instead, so `npm start` works offline and a developer can still follow the link.
const mailEnv = z.object({
  SMTP_URL: z.url({ protocol: /^smtps?$/u, error: "must be smtp://user:pass@host:port or smtps://..." }).optional(),
  MAIL_FROM: z.string().min(3).default("Cyberwall Academy <no-reply@academy.invalid>"),
});

export type MailMessage = { to: string; subject: string; text: string; html?: string };
export type MailResult = { delivered: "smtp" | "console"; messageId?: string };

const registry = globalThis as unknown as { academyMailer?: { url: string; transport: Transporter } };

function transportFor(url: string): Transporter {
  if (registry.academyMailer?.url !== url) registry.academyMailer = { url, transport: nodemailer.createTransport(url) };
  return registry.academyMailer.transport;
}

/** SMTP_URL and MAIL_FROM, validated (checked at start-up too). */
export function mailSettings(source: Record<string, string | undefined> = process.env) {
  const parsed = mailEnv.safeParse(source);
  if (!parsed.success)
    throw new Error(`Invalid mail settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/** Sends one message through SMTP_URL, or logs it when no SMTP server is configured. */
export async function sendMail(message: MailMessage, source: Record<string, string | undefined> = process.env): Promise<MailResult> {
  const { SMTP_URL, MAIL_FROM } = mailSettings(source);
  if (!SMTP_URL) {
    console.log(`[mail] (no SMTP_URL: printed, not sent) to ${message.to}: ${message.subject}\n${message.text}`);
    return { delivered: "console" };
  }
  const info = await transportFor(SMTP_URL).sendMail({ from: MAIL_FROM, ...message });
  return { delivered: "smtp", messageId: info.messageId };
}
