// A real app process (server.ts on the production build test.sh made) for the several-processes tests:
// its own process group (killed as a whole), its output collected for the assertions. Run by node itself,
// not `npx tsx` (npx exits 143 on SIGTERM without waiting for its child), so a SIGTERM reaches server.ts.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { encode } from "next-auth/jwt";

export type AppProcess = {
  port: number;
  url: string;
  child: ChildProcess;
  output: () => string;
  kill(): Promise<void>;
  /** SIGTERM (a graceful shutdown) and its exit code. */
  terminate(): Promise<number | null>;
};

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startAppProcess(env: Record<string, string>, port?: number): Promise<AppProcess> {
  port ??= await freePort();
  const child = spawn("node", ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "server.ts"], {
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", AUTH_URL: `http://127.0.0.1:${port}` },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started = Date.now();
  while (!out.includes("Cyberwall Academy ready")) {
    if (child.exitCode !== null || Date.now() - started > 90_000) throw new Error(`app process did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    async kill() {
      if (child.exitCode === null && child.signalCode === null)
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // the group is gone already
        }
      await exited;
    },
    async terminate() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
      return child.exitCode;
    },
  };
}

/** The cookie a sign-in would set: the user's id and session version (0 for a new user), signed now. */
export async function sessionCookie(userId: string, sessionVersion = 0) {
  const token = { sub: userId, sv: sessionVersion, authAt: Math.floor(Date.now() / 1000) };
  const value = await encode({ token, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
  return `authjs.session-token=${value}`;
}

/** Starts a lab through the app's API as the cookie's user; the new session's id. */
export async function startLab(app: AppProcess, cookie: string, lab: string): Promise<string> {
  const res = await fetch(`${app.url}/api/labs/sessions`, {
    method: "POST",
    headers: { cookie, origin: app.url, "content-type": "application/json" },
    body: JSON.stringify({ lab }),
  });
  const body = (await res.json()) as { sessionId?: string; error?: string };
  if (!body.sessionId) throw new Error(`start ${lab}: ${res.status} ${body.error}`);
  return body.sessionId;
}
