// The e2e server's mail server: a real SMTP server that writes each message to <dir>/<n>.json, where the
// journeys read verification links. Prints its smtp:// URL on stdout once listening.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startSmtpSink } from "../tests/support/smtp-sink";

const dir = process.argv[2];
if (!dir) throw new Error("usage: tsx scripts/e2e-mail-sink.ts <dir>");
mkdirSync(dir, { recursive: true });
let seq = 0;
const sink = await startSmtpSink((mail) => {
  seq += 1;
  writeFileSync(join(dir, `${String(seq).padStart(5, "0")}.json`), JSON.stringify(mail));
});
console.log(sink.url);
