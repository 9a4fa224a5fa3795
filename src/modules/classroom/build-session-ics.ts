// RFC 5545 calendar for a classroom session: one VEVENT per day, CRLF line ends, TEXT escaping
// and lines folded at 75 octets (never inside a UTF-8 sequence).
import { sessionDays } from "./allocate-seat";

export type IcsSession = {
  id: string;
  title: string;
  courseTitle: string;
  mode: string;
  location: string | null;
  meetingUrl: string | null;
  startsAt: Date;
  days: number;
  dayMinutes: number;
  trainerName: string;
  cancelled: boolean;
  updatedAt: Date;
};

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/gu, "\\\\")
    .replace(/;/gu, "\\;")
    .replace(/,/gu, "\\,")
    .replace(/\r\n|\r|\n/gu, "\\n");
}

/** Folds a content line into 75-octet chunks; continuation lines start with one space. */
export function foldIcsLine(line: string): string {
  const chunks: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    const limit = chunks.length === 0 ? 75 : 74; // the leading space counts on continuation lines
    if (octets + size > limit) {
      chunks.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join("\r\n ");
}

/** UTC date-time form, e.g. 20260302T080000Z. */
export function icsDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/gu, "")
    .replace(/\.\d{3}/u, "");
}

export function buildSessionIcs(session: IcsSession, now = new Date(), host = "cyberwall.academy"): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cyberwall Academy//Classroom//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  const where = session.mode === "virtual" ? session.meetingUrl : session.location;
  for (const day of sessionDays(session.startsAt, session.days, session.dayMinutes)) {
    const description = [`${session.courseTitle} — day ${day.day} of ${session.days}.`, `Trainer: ${session.trainerName}.`];
    if (session.mode === "virtual" && session.meetingUrl) description.push(`Join: ${session.meetingUrl}`);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${session.id}-day${day.day}@${host}`,
      `DTSTAMP:${icsDate(now)}`,
      `LAST-MODIFIED:${icsDate(session.updatedAt)}`,
      `DTSTART:${icsDate(day.start)}`,
      `DTEND:${icsDate(day.end)}`,
      `SUMMARY:${escapeIcsText(`${session.title} (day ${day.day}/${session.days})`)}`,
      `DESCRIPTION:${escapeIcsText(description.join("\n"))}`,
      ...(where ? [`LOCATION:${escapeIcsText(where)}`] : []),
      ...(session.mode === "virtual" && session.meetingUrl && /^https?:\/\//u.test(session.meetingUrl)
        ? [`URL:${session.meetingUrl}`]
        : []),
      `STATUS:${session.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join("\r\n") + "\r\n";
}
