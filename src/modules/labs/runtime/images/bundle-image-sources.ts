// Turns the TypeScript under labs/images into each build context's dist/: esbuild bundles (one file per
// program), the camera's factory directory, the workstation's vendor CA certificates, advisories and firmware samples.
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { generateFirmwareSamples, KEYS_DIR } from "@/labs/images/firmware/generate-firmware-samples";
import { writeFactoryDir } from "@/labs/images/firmware/write-factory-dir";
import { IMAGES_DIR } from "./image-paths";

async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node18",
    format: "cjs",
    minify: true,
    legalComments: "none",
    logLevel: "error",
  });
}

export async function bundleCamera(): Promise<void> {
  const dir = path.join(IMAGES_DIR, "camera");
  const dist = path.join(dir, "dist");
  fs.rmSync(dist, { recursive: true, force: true });
  await bundle(path.join(dir, "src/main.ts"), path.join(dist, "camos.js"));
  await bundle(path.join(dir, "src/camctl.ts"), path.join(dist, "camctl.js"));
  // The factory OS image's payload is the camera program itself, so secure boot vouches for what runs.
  writeFactoryDir(path.join(dist, "factory"), fs.readFileSync(path.join(dist, "camos.js")));
}

function writeVendorCerts(share: string): string {
  fs.mkdirSync(share, { recursive: true });
  const root = fs.readFileSync(path.join(KEYS_DIR, "vendor-root.pem"), "utf8");
  const intermediate = fs.readFileSync(path.join(KEYS_DIR, "vendor-intermediate.pem"), "utf8");
  fs.writeFileSync(path.join(share, "vendor-root.pem"), root);
  fs.writeFileSync(path.join(share, "vendor-intermediate.pem"), intermediate);
  fs.writeFileSync(path.join(share, "vendor-chain.pem"), intermediate + root);
  return share;
}

/** The grader checks certificates like an auditor: it needs the vendor's public CA files, nothing else. */
export async function bundleGrader(): Promise<void> {
  const dist = path.join(IMAGES_DIR, "grader", "dist");
  fs.rmSync(dist, { recursive: true, force: true });
  writeVendorCerts(path.join(dist, "share"));
}

export async function bundleWorkstation(): Promise<void> {
  const dir = path.join(IMAGES_DIR, "workstation");
  const dist = path.join(dir, "dist");
  fs.rmSync(dist, { recursive: true, force: true });
  for (const cli of ["sv-verify", "fw-inspect", "advisory"])
    await bundle(path.join(dir, `src/${cli}.ts`), path.join(dist, "bin", `${cli}.js`));
  const share = writeVendorCerts(path.join(dist, "share"));
  fs.cpSync(path.join(dir, "advisories"), path.join(share, "advisories"), { recursive: true });
  generateFirmwareSamples(path.join(dist, "firmware"));
  fs.cpSync(path.join(dist, "firmware"), path.join(share, "firmware"), { recursive: true });
}
