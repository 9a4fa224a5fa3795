// bench:camera helpers: an authenticated POST (Digest SHA-256, the challenge round trip not timed) and an
// ONVIF WS-UsernameToken digest header, as a VMS sends them; boot CPU of a process from /proc.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";

export function request(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string>,
  body: string,
  agent: http.Agent,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: target, headers, agent, timeout: 2000 }, (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

export async function digestFor(port: number, method: string, target: string, user: string, pwd: string, agent: http.Agent) {
  const first = await request(port, method, target, { "Content-Type": "application/json" }, "{}", agent);
  const chal = ([] as string[]).concat(first.headers["www-authenticate"] ?? []).find((c) => c.includes("SHA-256"))!;
  const p = Object.fromEntries([...chal.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const h = (s: string) => createHash("sha256").update(s).digest("hex");
  const cnonce = randomBytes(8).toString("hex");
  const resp = h(`${h(`${user}:${p.realm}:${pwd}`)}:${p.nonce}:00000001:${cnonce}:auth:${h(`${method}:${target}`)}`);
  return `Digest username="${user}", realm="${p.realm}", nonce="${p.nonce}", uri="${target}", algorithm=SHA-256, qop=auth, nc=00000001, cnonce="${cnonce}", response="${resp}"`;
}

export function onvifEnvelope(op: string, user: string, pwd: string): string {
  const nonce = randomBytes(16);
  const created = new Date().toISOString();
  const digest = createHash("sha1")
    .update(Buffer.concat([nonce, Buffer.from(created), Buffer.from(pwd)]))
    .digest("base64");
  return (
    `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Header><Security xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">` +
    `<UsernameToken><Username>${user}</Username><Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${digest}</Password>` +
    `<Nonce>${nonce.toString("base64")}</Nonce><Created>${created}</Created></UsernameToken></Security></s:Header>` +
    `<s:Body><${op} xmlns="http://www.onvif.org/ver10/device/wsdl"/></s:Body></s:Envelope>`
  );
}

/** User + system CPU a process has used so far (ms; /proc clock ticks are 10 ms). */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
