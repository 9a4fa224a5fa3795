import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { dockerCall } from "./docker-engine";
import { imageTag } from "./images/image-tag";

// A tiny workstation image for the runtime's own tests and fixture lab, built offline from this host's
// binaries (bash, tmux, coreutils, curl) and imported through the Engine API. Real labs use the CamOS
// helper's cyberwall/* images; this one exists so the runtime is testable without them.
// Tagged with LAB_IMAGE_TAG like the real images, so checkouts on one engine never replace each other's.
const fixtureTag = () => `academy-fixture/workstation:${imageTag()}`;
// Bump when the staged contents change, so an older image on the engine is rebuilt.
const FIXTURE_REVISION = "5";

const BINARIES = [
  "bash",
  "sh",
  "tmux",
  "sleep",
  "cat",
  "ls",
  "id",
  "touch",
  "rm",
  "mkdir",
  "grep",
  "timeout",
  "env",
  "head",
  "tail",
  "wc",
  "echo",
  "true",
  "false",
  "test",
  "printf",
  "sed",
  "tr",
  "cut",
  "uname",
  "ps",
  "curl",
  "stty",
  "dd",
  "seq",
  "clear",
  "tput",
  "chmod",
  "cp",
  "mv",
  "date",
  "whoami",
  "hostname",
  "stat",
  "ln",
  "ip",
];

function which(bin: string): string | undefined {
  try {
    return execFileSync("bash", ["-c", `type -P ${bin}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function copyInto(root: string, file: string) {
  const target = path.join(root, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(fs.realpathSync(file), target);
  fs.chmodSync(target, fs.statSync(fs.realpathSync(file)).mode);
}

function stageRootfs(root: string) {
  fs.rmSync(root, { recursive: true, force: true });
  const files = new Set<string>();
  for (const bin of BINARIES) {
    const found = which(bin);
    if (!found) continue;
    files.add(found);
    const deps = execFileSync("ldd", [found], { encoding: "utf8" }).match(/\/[^\s)]+/gu) ?? [];
    deps.forEach((d) => files.add(d));
  }
  const libdir = "/lib/x86_64-linux-gnu";
  for (const f of fs.existsSync(libdir) ? fs.readdirSync(libdir) : []) if (/^libnss_(files|dns)/u.test(f)) files.add(path.join(libdir, f));
  for (const f of files) copyInto(root, f);
  for (const term of [
    "/usr/share/terminfo/x/xterm-256color",
    "/lib/terminfo/x/xterm-256color",
    "/usr/share/terminfo/x/xterm",
    "/lib/terminfo/x/xterm",
  ]) {
    if (fs.existsSync(term)) copyInto(root, term);
  }
  // tmux insists on a UTF-8 locale.
  if (fs.existsSync("/usr/lib/locale/C.utf8"))
    fs.cpSync("/usr/lib/locale/C.utf8", path.join(root, "usr/lib/locale/C.utf8"), { recursive: true });
  for (const dir of ["tmp", "home/learner", "proc", "sys", "dev", "etc", "root", "bin", "usr/bin"])
    fs.mkdirSync(path.join(root, dir), { recursive: true });
  // Merged /usr: make /bin/sh and /bin/bash resolve whichever way the host has them.
  for (const bin of ["sh", "bash"]) {
    const target = path.join(root, "bin", bin);
    if (!fs.existsSync(target) && fs.existsSync(path.join(root, "usr/bin", bin))) fs.symlinkSync(`/usr/bin/${bin}`, target);
  }
  fs.writeFileSync(
    path.join(root, "etc/passwd"),
    "root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000:Learner:/home/learner:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n",
  );
  fs.writeFileSync(path.join(root, "etc/group"), "root:x:0:\nlearner:x:1000:\nnogroup:x:65534:\n");
  fs.writeFileSync(path.join(root, "etc/nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
  fs.writeFileSync(path.join(root, "etc/hostname"), "workstation\n");
  // Mount points for the files Docker binds in: gVisor cannot create them in a read-only root.
  for (const f of ["etc/hosts", "etc/resolv.conf"]) fs.writeFileSync(path.join(root, f), "");
  fs.chmodSync(path.join(root, "tmp"), 0o1777);
}

async function inspectImage(tag: string) {
  return dockerCall<{ Id: string; Config: { Labels: Record<string, string> | null } }>({
    path: `/images/${tag}/json`,
    method: "GET",
  }).catch(() => undefined);
}

/** Builds the fixture image once per engine (skipped when the tag exists). */
export async function ensureFixtureImage(dataDir = "data"): Promise<string> {
  const previous = await inspectImage(fixtureTag());
  if (previous?.Config.Labels?.["academy.fixture-revision"] === FIXTURE_REVISION) return fixtureTag();
  fs.mkdirSync(dataDir, { recursive: true });
  const root = fs.mkdtempSync(path.resolve(dataDir, "lab-fixture-rootfs-"));
  stageRootfs(root);
  execFileSync("chown", ["-R", "1000:1000", path.join(root, "home/learner")]);
  const tar = spawn("tar", ["-C", root, "--numeric-owner", "-c", "."], { stdio: ["ignore", "pipe", "inherit"] });
  const [repo, tag] = fixtureTag().split(":");
  const response = await dockerCall<Readable>({
    path: "/images/create?",
    method: "POST",
    isStream: true,
    file: tar.stdout,
    options: { _query: { fromSrc: "-", repo, tag, changes: [`LABEL academy.fixture-revision=${FIXTURE_REVISION}`] } },
  });
  const body = await new Promise<string>((resolve, reject) => {
    let text = "";
    response.on("data", (c: Buffer) => (text += c.toString()));
    response.on("end", () => resolve(text));
    response.on("error", reject);
  });
  if (/"error"/u.test(body)) throw new Error(`docker import failed: ${body}`);
  fs.rmSync(root, { recursive: true, force: true });
  // The superseded revision is now untagged; drop it unless a running lab still uses it.
  if (previous) await dockerCall({ path: `/images/${previous.Id}?`, method: "DELETE", options: { noprune: false } }).catch(() => undefined);
  return fixtureTag();
}
