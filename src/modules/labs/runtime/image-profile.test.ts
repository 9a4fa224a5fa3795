import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { homeOf, imageProfileSchema, readImageProfile, sizeBytes } from "./image-profile";

// Issue 12.3: no lab container may write to an unbounded place (the old workstation had a writable root
// and an unbounded home on the host's disk).
const roots = ["labs/images", "src/modules/labs/fixtures/labs/images"];
const images = roots.flatMap((r) =>
  fs
    .readdirSync(r)
    .filter((d) => fs.existsSync(path.join(r, d, "profile.json")))
    .map((d) => [r, d]),
);

describe("image profiles", () => {
  it.each(images)("%s/%s: read-only root, every writable place sized, the terminal user's home bounded", async (root, name) => {
    const read = await readImageProfile(root, name);
    if (!read.ok) throw new Error(read.error);
    const p = read.profile;
    expect(p.readOnlyRootfs).toBe(true);
    for (const options of [...Object.values(p.tmpfs), ...Object.values(p.volumes)])
      expect(sizeBytes(options)).toBeLessThanOrEqual(256 * 1024 ** 2);
    if (p.terminal) expect(Object.keys(p.volumes)).toContain(homeOf(p)); // the archive endpoint reaches volumes, not tmpfs mounts
  });

  it("refuses a writable root and unsized storage", () => {
    const base = { user: "learner", memoryMb: 64, pids: 32, cpus: 0.5 };
    expect(imageProfileSchema.safeParse({ ...base, readOnlyRootfs: false }).success).toBe(false);
    expect(imageProfileSchema.safeParse({ ...base, tmpfs: { "/tmp": "mode=1777" } }).success).toBe(false);
    expect(imageProfileSchema.safeParse({ ...base, volumes: { "/home/learner": "uid=1000" } }).success).toBe(false);
    expect(imageProfileSchema.safeParse({ ...base, volumes: ["/var/lib/x"] }).success).toBe(false);
    expect(imageProfileSchema.safeParse({ ...base, volumes: { "/home/learner": "size=2g" } }).success).toBe(false);
    expect(imageProfileSchema.safeParse({ ...base, volumes: { "/home/learner": "size=256m,uid=1000" } }).success).toBe(true);
  });
});
