// cyberwall/base: Debian bookworm via debootstrap (minbase + packages.txt), users from post-install.sh,
// imported as a rootfs tar through the Engine API. Needs root and the Debian mirror apt is configured with.
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { importRootfs } from "./engine-images";
import { IMAGES_DIR } from "./image-paths";

const run = promisify(execFile);

export function basePackages(): string[] {
  return fs
    .readFileSync(path.join(IMAGES_DIR, "base/packages.txt"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);
}

/** The Debian mirror apt already uses (deb822 "URIs:" or one-line "deb URL bookworm main"). */
export function debianMirror(): string {
  const files = ["/etc/apt/sources.list", ...safeList("/etc/apt/sources.list.d").map((f) => path.join("/etc/apt/sources.list.d", f))];
  for (const f of files) {
    let text: string;
    try {
      text = fs.readFileSync(f, "utf8");
    } catch {
      continue;
    }
    for (const m of text.matchAll(/^(?:URIs:\s*|deb\s+(?:\[[^\]]*\]\s+)?)(\S+)(.*)$/gm)) {
      const url = m[1];
      if (/\/debian\/?$/.test(url)) return url;
    }
  }
  return "http://deb.debian.org/debian";
}
const safeList = (d: string) => {
  try {
    return fs.readdirSync(d);
  } catch {
    return [];
  }
};

export async function buildBaseImage(repo: string, tag: string, log: (l: string) => void): Promise<void> {
  if (process.getuid?.() !== 0)
    throw new Error("building cyberwall/base needs root (debootstrap and chroot); run `sudo npm run labs:images` once");
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "cyberwall-base-"));
  try {
    const mirror = debianMirror();
    log(`debootstrap bookworm from ${mirror} (${basePackages().length} packages)`);
    await run("debootstrap", ["--variant=minbase", `--include=${basePackages().join(",")}`, "bookworm", root, mirror], {
      maxBuffer: 64 * 1024 * 1024,
    });
    fs.copyFileSync(path.join(IMAGES_DIR, "base/post-install.sh"), path.join(root, "post-install.sh"));
    await run("chroot", [root, "/bin/sh", "/post-install.sh"]);
    fs.rmSync(path.join(root, "post-install.sh"));
    log("importing the root filesystem through the Engine API");
    const tar = spawn("tar", ["--numeric-owner", "-C", root, "-c", "."], { stdio: ["ignore", "pipe", "inherit"] });
    await importRootfs(tar.stdout, repo, tag, ["ENV LANG=C.UTF-8", 'CMD ["/bin/bash"]']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
