import path from "node:path";
import type { Readable } from "node:stream";
import type Modem from "docker-modem";
import tar from "tar-stream";
import { dockerCall, engine } from "./docker-engine";
import type { CopyFilesOptions, CopyFilesResult } from "./lab-runtime";

type Entry = { name: string; mode: number; type: "file" | "directory"; data?: Buffer };

/** GET /containers/{id}/archive: the tar of one path, read up to `limit` bytes (null when it does not exist). */
async function fetchArchive(container: string, source: string, limit: number, m: Modem): Promise<Buffer | null> {
  let stream: Readable;
  try {
    stream = await dockerCall<Readable>(
      { path: `/containers/${container}/archive?`, method: "GET", isStream: true, options: { path: source } },
      m,
    );
  } catch (error) {
    if (/not found|no such/iu.test(String((error as Error).message ?? error))) return null;
    throw error;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise((resolve, reject) => {
    stream.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        stream.destroy();
        reject(new Error(`collected files exceed ${Math.round(limit / 1024)} KiB`));
      } else chunks.push(c);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/**
 * Only regular files and directories survive: a symlink or hard link the learner planted would otherwise
 * point at the grader's own files (its /proc/self/environ holds the expected values) once unpacked there.
 */
async function readEntries(archive: Buffer, rename: (name: string) => string): Promise<{ entries: Entry[]; dropped: number }> {
  const entries: Entry[] = [];
  let dropped = 0;
  const extract = tar.extract();
  await new Promise<void>((resolve, reject) => {
    extract.on("entry", (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const normal = path.posix.normalize(header.name);
        const type = header.type === "file" || header.type === "directory" ? header.type : undefined;
        if (!type || normal.startsWith("..") || path.posix.isAbsolute(normal)) dropped++;
        else
          entries.push({
            name: rename(normal),
            mode: (header.mode ?? 0o644) & 0o777,
            type,
            data: type === "file" ? Buffer.concat(chunks) : undefined,
          });
        next();
      });
      stream.resume();
    });
    extract.on("finish", resolve);
    extract.on("error", reject);
    extract.end(archive);
  });
  return { entries, dropped };
}

/**
 * Copies files from one host to another as data (archive GET, then archive PUT), never by executing in the
 * source host. `sources` are absolute paths in `from`; each lands at `dest/<as>` in `to`, owned by uid/gid.
 * `engines` name the engines running each container when they differ (Swarm nodes); default the one engine.
 */
export async function copyFiles(
  fromContainer: string,
  toContainer: string,
  options: CopyFilesOptions,
  engines: { from: Modem; to: Modem } = { from: engine(), to: engine() },
): Promise<CopyFilesResult> {
  const pack = tar.pack();
  const found: string[] = [];
  const missing: string[] = [];
  let dropped = 0;
  let budget = options.maxBytes;
  const dirs = new Set<string>();
  const entries: Entry[] = [];
  for (const { source, as } of options.sources) {
    const archive = await fetchArchive(fromContainer, source, budget + 64 * 1024, engines.from);
    if (!archive) {
      missing.push(as);
      continue;
    }
    // The archive's top entry is the source's basename; it is renamed to `as` (a path relative to dest).
    const base = path.posix.basename(source.replace(/\/+$/u, ""));
    const read = await readEntries(archive, (name) => path.posix.join(as, path.posix.relative(base, name)));
    dropped += read.dropped;
    budget -= read.entries.reduce((n, e) => n + (e.data?.length ?? 0), 0);
    if (budget < 0) throw new Error(`collected files exceed ${Math.round(options.maxBytes / 1024)} KiB`);
    if (read.entries.length) found.push(as);
    else missing.push(as);
    for (let dir = path.posix.dirname(as); dir !== "." && dir !== "/"; dir = path.posix.dirname(dir)) dirs.add(dir);
    entries.push(...read.entries);
  }
  const header = (e: Entry) => ({ name: e.name, mode: e.mode, type: e.type, uid: options.uid, gid: options.uid, mtime: new Date() });
  if (options.root) dirs.add(options.root);
  for (const dir of [...dirs].sort()) pack.entry(header({ name: dir, mode: dir === options.root ? 0o700 : 0o755, type: "directory" }));
  for (const e of entries) pack.entry(header(e), e.data);
  pack.finalize();
  await dockerCall(
    {
      path: `/containers/${toContainer}/archive?`,
      method: "PUT",
      file: pack,
      options: { path: options.dest, noOverwriteDirNonDir: true },
      statusCodes: { 200: true, 400: "bad request", 403: "read-only destination", 404: "destination not found", 500: "server error" },
    },
    engines.to,
  );
  return { found, missing, dropped };
}
