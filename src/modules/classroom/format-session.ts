// Session times are stored and shown in UTC so that trainer and learners read the same clock.
const dateFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

export function formatSessionWhen(startsAt: Date, days: number, dayMinutes: number): string {
  const last = new Date(startsAt.getTime() + (days - 1) * 86_400_000);
  const end = new Date(startsAt.getTime() + dayMinutes * 60_000);
  return `${dateFormat.format(startsAt)} – ${dateFormat.format(last)}, ${timeFormat.format(startsAt)}–${timeFormat.format(end)} UTC`;
}

export function formatDay(date: Date): string {
  return dateFormat.format(date);
}
