// Test support: a camera in-process on loopback with its own state and factory dirs, and a small HTTP
// client that speaks Digest (MD5 / SHA-256) and Basic like curl does.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { writeFactoryDir } from "../../firmware/write-factory-dir";
import { parseAuthParams } from "./auth";
import { Camera } from "./camera";
import { configFromEnv, type CamosConfig } from "./config";

const ADMIN = { user: "root", pwd: "Harden-Every-Camera-42" };

export function testDirs() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "camos-test-"));
  const factoryDir = path.join(base, "factory");
  writeFactoryDir(factoryDir, Buffer.from("CamOS test payload\n"));
  return { base, factoryDir, stateDir: path.join(base, "state"), controlSocket: path.join(base, "control.sock") };
}

export async function startCamera(overrides: Partial<CamosConfig> = {}, dirs = testDirs()): Promise<Camera> {
  const config: CamosConfig = {
    ...configFromEnv({} as NodeJS.ProcessEnv),
    host: "127.0.0.1",
    httpPort: 0,
    httpsPort: 0,
    ssdpPort: 0,
    mdnsPort: 0,
    wsdPort: 0,
    sshPort: 0,
    ftpPort: 0,
    quiet: true,
    hostname: "camera",
    stateDir: dirs.stateDir,
    factoryDir: dirs.factoryDir,
    controlSocket: dirs.controlSocket,
    ...overrides,
  };
  const cam = new Camera(config);
  await cam.start();
  return cam;
}

export type Res = { status: number; headers: http.IncomingHttpHeaders; text: string; json: () => any };
type Opts = {
  method?: string;
  auth?: { user: string; pwd: string; scheme?: "digest" | "basic"; alg?: "MD5" | "SHA-256" };
  body?: string | Buffer;
  headers?: Record<string, string>;
  secure?: boolean;
};

function raw(cam: Camera, target: string, o: Opts, authorization?: string): Promise<Res> {
  const secure = o.secure ?? false;
  const lib = secure ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      {
        host: "127.0.0.1",
        port: secure ? cam.ports.https : cam.ports.http,
        path: target,
        method: o.method ?? (o.body ? "POST" : "GET"),
        headers: { ...o.headers, ...(authorization ? { Authorization: authorization } : {}) },
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on("error", reject);
    req.end(o.body);
  });
}

/** Like curl --digest / --basic: one unauthenticated round trip for the challenge, then the real request. */
export async function call(cam: Camera, target: string, o: Opts = {}): Promise<Res> {
  if (!o.auth) return raw(cam, target, o);
  if (o.auth.scheme === "basic") return raw(cam, target, o, `Basic ${Buffer.from(`${o.auth.user}:${o.auth.pwd}`).toString("base64")}`);
  const first = await raw(cam, target, o);
  if (first.status !== 401) return first;
  const alg = o.auth.alg ?? "SHA-256";
  const list = ([] as string[]).concat(first.headers["www-authenticate"] ?? []);
  const chal = list.find((c) => c.startsWith("Digest") && c.includes(`algorithm=${alg}`));
  if (!chal) return first;
  const p = parseAuthParams(chal.slice(7));
  const h = (s: string) =>
    createHash(alg === "MD5" ? "md5" : "sha256")
      .update(s)
      .digest("hex");
  const cnonce = randomBytes(8).toString("hex");
  const method = o.method ?? (o.body ? "POST" : "GET");
  const ha1 = h(`${o.auth.user}:${p.realm}:${o.auth.pwd}`);
  const response = h(`${ha1}:${p.nonce}:00000001:${cnonce}:auth:${h(`${method}:${target}`)}`);
  return raw(
    cam,
    target,
    o,
    `Digest username="${o.auth.user}", realm="${p.realm}", nonce="${p.nonce}", uri="${target}", algorithm=${alg}, qop=auth, nc=00000001, cnonce="${cnonce}", response="${response}"`,
  );
}

export async function createAdmin(cam: Camera): Promise<void> {
  const r = await call(
    cam,
    `/axis-cgi/pwdgrp.cgi?action=add&user=${ADMIN.user}&pwd=${encodeURIComponent(ADMIN.pwd)}&grp=root&sgrp=admin:operator:viewer:ptz`,
  );
  if (r.text.trim() !== `Created account ${ADMIN.user}.`) throw new Error(`admin creation failed: ${r.text}`);
}

export const admin = { ...ADMIN };
export const json = (method: string, params: Record<string, unknown> = {}) => JSON.stringify({ apiVersion: "1.0", method, params });
