import type { Duplex, Readable } from "node:stream";
import type Modem from "docker-modem";
import { dockerCall, engine } from "./docker-engine";
import type { ExecOptions, ExecResult } from "./lab-runtime";

const MAX_OUTPUT = 64 * 1024;

/** Splits Docker's multiplexed (non-TTY) stream: 8-byte headers, 1 = stdout, 2 = stderr. */
function demux(buffer: Buffer): { stdout: string; stderr: string } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const type = buffer[offset];
    const length = buffer.readUInt32BE(offset + 4);
    const chunk = buffer.subarray(offset + 8, offset + 8 + length);
    (type === 2 ? err : out).push(chunk);
    offset += 8 + length;
  }
  return { stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

function envList(env: Record<string, string> = {}) {
  return Object.entries(env).map(([k, v]) => `${k}=${v}`);
}

async function createExec(container: string, body: Record<string, unknown>, m: Modem): Promise<string> {
  const { Id } = await dockerCall<{ Id: string }>(
    { path: `/containers/${container}/exec?`, method: "POST", options: { _query: {}, _body: body } },
    m,
  );
  return Id;
}

/**
 * Runs a command to completion. The timeout is enforced inside the container (coreutils `timeout`).
 * `m` is the engine that runs the container (on a Swarm, the node's; default the one engine).
 */
export async function execCollect(container: string, options: ExecOptions, m: Modem = engine()): Promise<ExecResult> {
  const seconds = Math.ceil((options.timeoutMs ?? 15_000) / 1000);
  const cmd = ["timeout", "-s", "KILL", String(seconds), ...options.cmd];
  const id = await createExec(
    container,
    {
      AttachStdout: true,
      AttachStderr: true,
      Tty: false,
      Cmd: cmd,
      Env: envList(options.env),
      User: options.user ?? "",
      ...(options.workingDir ? { WorkingDir: options.workingDir } : {}),
    },
    m,
  );
  const stream = await dockerCall<Readable>(
    { path: `/exec/${id}/start?`, method: "POST", isStream: true, options: { _query: {}, _body: { Detach: false, Tty: false } } },
    m,
  );
  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    stream.on("data", (c: Buffer) => {
      if (size < MAX_OUTPUT * 2) chunks.push(c);
      size += c.length;
    });
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const info = await dockerCall<{ ExitCode: number | null }>({ path: `/exec/${id}/json`, method: "GET" }, m);
  const { stdout, stderr } = demux(Buffer.concat(chunks));
  const exitCode = info.ExitCode ?? -1;
  return { exitCode, stdout: stdout.slice(-MAX_OUTPUT), stderr: stderr.slice(-MAX_OUTPUT), timedOut: exitCode === 137 || exitCode === 124 };
}

/** A TTY exec with its raw socket (no multiplexing with a TTY): the terminal's byte stream. */
export async function execTty(
  container: string,
  options: { user: string; cmd: string[]; env?: Record<string, string>; cols: number; rows: number },
  m: Modem = engine(),
) {
  const id = await createExec(
    container,
    {
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
      Tty: true,
      Cmd: options.cmd,
      User: options.user,
      Env: envList({ TERM: "xterm-256color", LANG: "C.UTF-8", ...options.env }),
      ConsoleSize: [options.rows, options.cols],
    },
    m,
  );
  const socket = await new Promise<Duplex>((resolve, reject) => {
    m.dial(
      {
        path: `/exec/${id}/start?`,
        method: "POST",
        hijack: true,
        isStream: true,
        options: { _query: {}, _body: { Detach: false, Tty: true } },
        statusCodes: { 101: true, 200: true, 404: "no such exec", 409: "container not running" },
      } as never,
      (err: unknown, data: unknown) => (err ? reject(err) : resolve(data as Duplex)),
    );
  });
  // Resizes go out one after another, so the initial size (not awaited: the shell need not wait for it)
  // never lands after a resize the learner's browser sent later.
  let resizing = Promise.resolve();
  const resize = (cols: number, rows: number): Promise<void> =>
    (resizing = resizing
      .then(() => dockerCall<void>({ path: `/exec/${id}/resize?`, method: "POST", options: { _query: { h: rows, w: cols } } }, m))
      .catch(() => undefined));
  void resize(options.cols, options.rows); // the engine ignores the size until the exec has started
  return { stream: socket, resize, close: () => socket.destroy() };
}
