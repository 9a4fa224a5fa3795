// Fuzz-style robustness: a few thousand random, malformed and hostile requests, then the camera must
// still answer systemready and still authenticate its administrator.
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Camera } from "./camera";
import { admin, call, createAdmin, startCamera } from "./test-camera";

let cam: Camera;
beforeAll(async () => {
  cam = await startCamera();
  await createAdmin(cam);
});
afterAll(async () => cam?.stop());

// Deterministic PRNG so a failure can be replayed.
let seed = 0x5eed;
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
const pick = <T,>(xs: T[]) => xs[rnd(xs.length)];
const PATHS = ["/axis-cgi/param.cgi", "/axis-cgi/pwdgrp.cgi", "/axis-cgi/firmwaremanagement.cgi", "/axis-cgi/certificates.cgi", "/axis-cgi/remotesyslog.cgi", "/axis-cgi/ntp.cgi", "/axis-cgi/sbom.cgi", "/axis-cgi/signedvideo.cgi", "/axis-cgi/basicdeviceinfo.cgi", "/axis-cgi/systemready.cgi", "/rootdesc.xml", "/", "/axis-cgi/../etc/passwd", "//axis-cgi//param.cgi", "/%00", "/axis-cgi/param.cgi%"];
const JUNK = ["%", "%zz", "%00", "&&&", "==", "action=", "action=update&", "action=list&group=", "root.", "\u00e9", "'", "\"", "<script>", "${x}", "a".repeat(3000), "Network.UPnP.Enabled=maybe", "action=add&user=x&pwd=", "method=upgrade", "+", ";", "|", "\\"];
const METHODS = ["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "BREW"];
const AUTHS = ["", "Basic", "Basic Og==", "Digest", 'Digest username="root", realm="', `Digest username="root", nonce="1.x", uri="/", response="${"0".repeat(64)}", algorithm=SHA-256, qop=auth, nc=1, cnonce=""`, "Negotiate abc", "Basic " + Buffer.from("root:wrong").toString("base64")];
const TYPES = ["application/json", "multipart/form-data; boundary=x", "multipart/form-data", "application/x-www-form-urlencoded", "text/plain", ""];
const BODIES = ["", "{", "{\"method\":\"status\"}", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nCWFW1\n\0\0", "--x--", "a=b&c", "\0\0\0\0", JSON.stringify({ apiVersion: 1, method: ["x"], params: "y" })];

function rawSend(data: string | Buffer): Promise<void> {
  return new Promise((resolve) => {
    const sock = net.connect(cam.ports.http, "127.0.0.1");
    sock.setTimeout(2000, () => sock.destroy());
    sock.on("error", () => resolve());
    sock.on("close", () => resolve());
    sock.on("data", () => sock.end());
    sock.end(data);
  });
}

it("survives a few thousand random requests", async () => {
  const statuses = new Map<number, number>();
  for (let batch = 0; batch < 120; batch++) {
    await Promise.all(
      Array.from({ length: 25 }, async () => {
        const kind = rnd(10);
        if (kind === 0) {
          const bytes = Buffer.from(Array.from({ length: 1 + rnd(400) }, () => rnd(256)));
          await rawSend(rnd(2) ? bytes : Buffer.concat([Buffer.from(`${pick(METHODS)} ${pick(PATHS)}?${pick(JUNK)} HTTP/1.1\r\n`), bytes]));
          return void statuses.set(-1, (statuses.get(-1) ?? 0) + 1);
        }
        const target = `${pick(PATHS)}?${Array.from({ length: rnd(4) }, () => pick(JUNK)).join("&")}`;
        const body = pick(BODIES);
        const headers: Record<string, string> = { "Content-Type": pick(TYPES) };
        const auth = pick(AUTHS);
        if (auth) headers.Authorization = auth;
        try {
          const r = await call(cam, target, { method: pick(METHODS), headers, body: body || undefined });
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          expect(r.status).not.toBe(500);
        } catch {
          statuses.set(0, (statuses.get(0) ?? 0) + 1); // the camera may refuse an unparseable request by closing
        }
      }),
    );
  }
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  expect(total).toBe(3000);
  const ready = await call(cam, "/axis-cgi/systemready.cgi");
  expect(ready.json().data.systemready).toBe("yes");
  expect((await call(cam, "/axis-cgi/param.cgi?action=list&group=Network.SSH.Enabled", { auth: admin })).text.trim()).toBe("root.Network.SSH.Enabled=no");
  expect(cam.logLines.some((l) => l.includes("internal error"))).toBe(false);
}, 120_000);
