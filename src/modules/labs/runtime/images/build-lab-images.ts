// `npm run labs:images`: base (debootstrap + import), then camera and workstation (POST /build), each tagged
// cyberwall/<name>:<content hash> and :<LAB_IMAGE_TAG> (default current). An image whose inputs did not change is not rebuilt.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bundleCamera, bundleGrader, bundleWorkstation } from "./bundle-image-sources";
import { buildBaseImage, basePackages, debianMirror } from "./build-base-image";
import { buildImage, imageId, pruneOldTags, tagImage } from "./engine-images";
import { hashInputs } from "./hash-inputs";
import { IMAGES_DIR, imageRepo, imageTag, REPO_ROOT, type ImageName } from "./image-paths";

export type BuiltImage = { name: ImageName; ref: string; action: "built" | "unchanged" };

const SHARED_INPUTS = [
  "labs/images/shared",
  "labs/images/firmware",
  "labs/images/test-keys",
  "src/modules/labs/runtime/images/bundle-image-sources.ts",
];
const CONTEXT_INPUTS: Record<Exclude<ImageName, "base">, string[]> = {
  camera: [
    "labs/images/camera/Dockerfile",
    "labs/images/camera/profile.json",
    "labs/images/camera/rootfs",
    "labs/images/camera/src",
    ...SHARED_INPUTS,
  ],
  workstation: [
    "labs/images/workstation/Dockerfile",
    "labs/images/workstation/profile.json",
    "labs/images/workstation/rootfs",
    "labs/images/workstation/src",
    "labs/images/workstation/advisories",
    ...SHARED_INPUTS,
  ],
  grader: ["labs/images/grader/Dockerfile", "labs/images/grader/profile.json", ...SHARED_INPUTS],
};
const BUNDLERS = { camera: bundleCamera, workstation: bundleWorkstation, grader: bundleGrader };

function depVersion(pkg: string): string {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "node_modules", pkg, "package.json"), "utf8")).version;
}

export async function buildLabImages(
  opts: { log?: (line: string) => void; only?: ImageName[]; verbose?: boolean } = {},
): Promise<BuiltImage[]> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const results: BuiltImage[] = [];

  const baseHash = hashInputs(REPO_ROOT, ["labs/images/base"], ["bookworm", "minbase", debianMirror(), basePackages().join(",")]);
  const baseRef = `${imageRepo("base")}:${baseHash}`;
  if (await imageId(baseRef)) results.push({ name: "base", ref: baseRef, action: "unchanged" });
  else {
    const t0 = Date.now();
    await buildBaseImage(imageRepo("base"), baseHash, (l) => log(`base: ${l}`));
    log(`base: built ${baseRef} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    results.push({ name: "base", ref: baseRef, action: "built" });
  }
  await tagImage(baseRef, imageRepo("base"), imageTag());
  await prune("base", baseHash);

  for (const name of ["camera", "workstation", "grader"] as const) {
    if (opts.only && !opts.only.includes(name)) continue;
    const hash = hashInputs(REPO_ROOT, CONTEXT_INPUTS[name], [
      baseHash,
      `esbuild ${depVersion("esbuild")}`,
      `busboy ${depVersion("busboy")}`,
    ]);
    const ref = `${imageRepo(name)}:${hash}`;
    if (await imageId(ref)) {
      results.push({ name, ref, action: "unchanged" });
    } else {
      const t0 = Date.now();
      await BUNDLERS[name]();
      const dir = path.join(IMAGES_DIR, name);
      const parts = ["Dockerfile", "dist", "rootfs", "profile.json"].filter((p) => fs.existsSync(path.join(dir, p)));
      const tar = spawn("tar", ["-C", dir, "-c", ...parts], { stdio: ["ignore", "pipe", "inherit"] });
      await buildImage(tar.stdout, [ref], { BASE: baseRef }, (l) => opts.verbose && log(`${name}: ${l}`));
      log(`${name}: built ${ref} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      results.push({ name, ref, action: "built" });
    }
    await tagImage(ref, imageRepo(name), imageTag());
    await prune(name, hash);
  }
  async function prune(name: ImageName, hash: string) {
    const removed = await pruneOldTags(imageRepo(name), hash);
    if (removed.length) log(`${name}: removed old tags ${removed.join(", ")}`);
  }
  for (const r of results) log(`${r.name.padEnd(12)} ${r.action.padEnd(10)} ${r.ref} (also :${imageTag()})`);
  return results;
}
