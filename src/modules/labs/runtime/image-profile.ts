import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// labs/images/<name>/profile.json (contract with the CamOS images): how the runtime creates a container.
export const imageProfileSchema = z.object({
  user: z.string().regex(/^[a-z_][a-z0-9_-]*$/u),
  cmd: z.array(z.string()).optional(),
  capAdd: z.array(z.string().regex(/^[A-Z_]+$/u)).default([]),
  sysctls: z.record(z.string(), z.string()).default({}),
  readOnlyRootfs: z.boolean().default(true),
  tmpfs: z.record(z.string(), z.string()).default({}),
  volumes: z.array(z.string().startsWith("/")).default([]),
  memoryMb: z.number().positive().max(4096),
  pids: z.number().int().positive().max(4096),
  cpus: z.number().positive().max(4),
  terminal: z.boolean().default(false),
  healthPath: z.string().optional(),
  tag: z.string().optional(), // fixture images only; real images are cyberwall/<name>:current
});
export type ImageProfile = z.infer<typeof imageProfileSchema>;

// Capabilities a lab host may never get back, whatever its profile says.
const FORBIDDEN_CAPS = new Set(["SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "SYS_BOOT", "MAC_ADMIN", "DAC_READ_SEARCH", "SYS_TIME", "BPF", "PERFMON"]);

export async function readImageProfile(imagesDir: string, name: string): Promise<{ ok: true; profile: ImageProfile; tag: string } | { ok: false; error: string }> {
  const file = path.join(imagesDir, name, "profile.json");
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === "ENOENT" ? `image "${name}" has no ${path.relative(process.cwd(), file)}` : `${file}: ${(error as Error).message}` };
  }
  const parsed = imageProfileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `${path.relative(process.cwd(), file)}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}` };
  const bad = parsed.data.capAdd.filter((c) => FORBIDDEN_CAPS.has(c));
  if (bad.length) return { ok: false, error: `image "${name}" asks for forbidden capabilities: ${bad.join(", ")}` };
  return { ok: true, profile: parsed.data, tag: parsed.data.tag ?? `cyberwall/${name}:current` };
}
