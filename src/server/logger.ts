// Structured JSON logs (pino), one line per event, each with the request id of the request it belongs to.
// LOG_FILE sends them to a file instead of stdout; LOG_LEVEL filters (default info).
import { format, stripVTControlCharacters } from "node:util";
import pino, { type Logger } from "pino";
import { currentRequestId } from "./request-context";

// Field names that never reach a log line, wherever they appear (one level deep and at the top).
const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "secret",
  "token",
  "cookie",
  "authorization",
  "AUTH_SECRET",
];
const REDACT = [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`), "req.headers.cookie", "req.headers.authorization"];

function createLogger(): Logger {
  const file = process.env.LOG_FILE;
  return pino(
    {
      level: process.env.LOG_LEVEL ?? "info",
      base: { pid: process.pid },
      redact: { paths: REDACT, censor: "[redacted]" },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    // Synchronous writes: a line logged just before process.exit (a bad environment, a signal) is not lost.
    pino.destination(file ? { dest: file, mkdir: true, sync: true } : { dest: 1, sync: true }),
  );
}

const g = globalThis as unknown as { academyLogger?: Logger; academyConsoleBridged?: boolean };
export const logger: Logger = (g.academyLogger ??= createLogger());

/**
 * Everything the process prints (Next.js, libraries, `console.*` in modules) becomes a JSON line with the
 * request id, instead of free text beside the structured lines.
 */
export function bridgeConsole(): void {
  if (g.academyConsoleBridged) return;
  g.academyConsoleBridged = true;
  const to =
    (level: "info" | "warn" | "error" | "debug") =>
    (...args: unknown[]) => {
      const error = args.find((a): a is Error => a instanceof Error);
      // Next.js colours its output for a terminal; a JSON line wants the text only.
      const text = (values: unknown[]) => stripVTControlCharacters(format(...values));
      if (error) logger[level]({ err: error }, text(args.filter((a) => a !== error)));
      else logger[level](text(args));
    };
  console.log = to("info");
  console.info = to("info");
  console.warn = to("warn");
  console.error = to("error");
  console.debug = to("debug");
}
