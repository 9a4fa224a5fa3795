import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { imageTag } from "./images/image-tag";

// Every writable place is bounded: tmpfs options and volume options must carry size=<n>[kmg] (at most 1 GiB).
const sized = z
  .string()
  .regex(/(?:^|,)size=\d+[kmg]?(?:,|$)/u, "needs size=<n>[kmg], so a learner cannot fill the host's disk")
  .refine((o) => sizeBytes(o) <= 1024 ** 3, "size must not exceed 1g");
const absPath = z.string().regex(/^\/[A-Za-z0-9._/-]+$/u, "must be an absolute path");

// labs/images/<name>/profile.json (contract with the CamOS images): how the runtime creates a container.
export const imageProfileSchema = z.object({
  user: z.string().regex(/^[a-z_][a-z0-9_-]*$/u),
  /** Numeric uid/gid of `user`: files copied in through the Engine API are given to it. */
  uid: z.number().int().min(0).max(65534).optional(),
  /** The user's home (default /home/<user>, /root for root): where `collect: [~/…]` paths point. */
  home: absPath.optional(),
  cmd: z.array(z.string()).optional(),
  capAdd: z.array(z.string().regex(/^[A-Z_]+$/u)).default([]),
  sysctls: z.record(z.string(), z.string()).default({}),
  // Always read-only: the writable places are the tmpfs and volume entries below, each size-limited.
  readOnlyRootfs: z.literal(true, { message: "must be true: writable places are size-limited tmpfs or volumes" }).default(true),
  tmpfs: z.record(absPath, sized).default({}),
  /** Writable places the Engine API must reach (archive endpoint): tmpfs-backed volumes, e.g. "size=256m,uid=1000". */
  volumes: z.record(absPath, sized).default({}),
  memoryMb: z.number().positive().max(4096),
  pids: z.number().int().positive().max(4096),
  cpus: z.number().positive().max(4),
  terminal: z.boolean().default(false),
  healthPath: z.string().optional(),
  tag: z.string().optional(), // fixture images only; real images are cyberwall/<name>:<LAB_IMAGE_TAG>
});
export type ImageProfile = z.infer<typeof imageProfileSchema>;

export function sizeBytes(options: string): number {
  const m = /(?:^|,)size=(\d+)([kmg]?)(?:,|$)/u.exec(options);
  if (!m) return Infinity;
  return Number(m[1]) * { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2] as "" | "k" | "m" | "g"];
}

export const homeOf = (p: Pick<ImageProfile, "user" | "home">) => p.home ?? (p.user === "root" ? "/root" : `/home/${p.user}`);

// Capabilities a lab host may never get back, whatever its profile says.
const FORBIDDEN_CAPS = new Set([
  "SYS_ADMIN",
  "SYS_MODULE",
  "SYS_PTRACE",
  "SYS_RAWIO",
  "SYS_BOOT",
  "MAC_ADMIN",
  "DAC_READ_SEARCH",
  "SYS_TIME",
  "BPF",
  "PERFMON",
]);

export async function readImageProfile(
  imagesDir: string,
  name: string,
): Promise<{ ok: true; profile: ImageProfile; tag: string } | { ok: false; error: string }> {
  const file = path.join(imagesDir, name, "profile.json");
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: code === "ENOENT" ? `image "${name}" has no ${path.relative(process.cwd(), file)}` : `${file}: ${(error as Error).message}`,
    };
  }
  const parsed = imageProfileSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      error: `${path.relative(process.cwd(), file)}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    };
  const bad = parsed.data.capAdd.filter((c) => FORBIDDEN_CAPS.has(c));
  if (bad.length) return { ok: false, error: `image "${name}" asks for forbidden capabilities: ${bad.join(", ")}` };
  // Fixture profiles name their image with :current; it follows LAB_IMAGE_TAG like the real images.
  const tag = parsed.data.tag?.replace(/^(academy-fixture\/[a-z-]+):current$/u, `$1:${imageTag()}`);
  return { ok: true, profile: parsed.data, tag: tag ?? `cyberwall/${name}:${imageTag()}` };
}
