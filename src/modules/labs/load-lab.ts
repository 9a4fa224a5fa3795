import fs from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { readYaml, zodIssues } from "@/src/modules/content/read-yaml";
import { GRADER_HOST, GRADER_IMAGE, labManifest, type Lab, type LabImages } from "./schema";
import { readImageProfile } from "./runtime/image-profile";

type Loaded = { lab?: Lab; issues: ContentIssue[] };

async function exists(file: string) {
  return fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Reads and validates labs/<slug>/lab.yaml plus the files it names. Never throws on bad content. */
export async function loadLab(dir: string): Promise<Loaded> {
  const file = path.join(dir, "lab.yaml");
  const rel = path.relative(process.cwd(), file);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return { issues: [{ file: rel, line: 1, message: "lab.yaml is missing" }] };
  }
  const yaml = readYaml(text, rel);
  if (yaml.issues.length) return { issues: yaml.issues };
  const parsed = labManifest.safeParse(yaml.value);
  if (!parsed.success) return { issues: zodIssues(parsed.error, rel, yaml.lineOf) };
  const manifest = parsed.data;
  const issues: ContentIssue[] = [];
  const at = (keys: PropertyKey[], message: string) => issues.push({ file: rel, line: yaml.lineOf(keys), message });
  if (manifest.slug !== path.basename(dir)) at(["slug"], `slug "${manifest.slug}" must match the folder name "${path.basename(dir)}"`);

  const imagesDir = path.join(path.dirname(dir), "images");
  const images: LabImages = {};
  for (const [i, host] of manifest.hosts.entries()) {
    const read = await readImageProfile(imagesDir, host.image);
    if (!read.ok) at(["hosts", i, "image"], read.error);
    else if (host.terminal && !read.profile.terminal)
      at(["hosts", i, "terminal"], `image "${host.image}" has no terminal (profile.json terminal: false)`);
    else images[host.image] = { profile: read.profile, tag: read.tag };
  }
  const grader = await readImageProfile(imagesDir, GRADER_IMAGE);
  if (!grader.ok) at(["steps"], `checks run in the session's grader: ${grader.error}`);
  else images[GRADER_IMAGE] = { profile: grader.profile, tag: grader.tag };
  for (const [i, step] of manifest.steps.entries()) {
    for (const key of ["instructions", "solve"] as const) {
      if (!(await exists(path.join(dir, step[key])))) at(["steps", i, key], `${step[key]} does not exist`);
    }
    const check = path.join(dir, step.check.script);
    if (!(await exists(check))) at(["steps", i, "check", "script"], `${step.check.script} does not exist`);
    // A grader check sees the learner's files only through `collect`, under its own $HOME.
    else if (step.check.host === GRADER_HOST && /\/home\/[a-z]/u.test(await fs.readFile(check, "utf8")))
      at(
        ["steps", i, "check", "script"],
        `${step.check.script} runs in the grader: read learner files as $HOME/… and list them in collect`,
      );
  }
  if (manifest.setup && !(await exists(path.join(dir, manifest.setup.script)))) at(["setup", "script"], "setup.sh does not exist");

  const declared = new Set(Object.keys(manifest.variables));
  for (const [i, host] of manifest.hosts.entries()) {
    for (const [key, value] of Object.entries(host.env)) {
      for (const [, name] of value.matchAll(/\{\{\s*([A-Z0-9_]+)\s*\}\}/gu)) {
        if (!declared.has(name)) at(["hosts", i, "env", key], `unknown variable {{${name}}}`);
      }
    }
  }
  return issues.length ? { issues } : { lab: { ...manifest, dir, images }, issues };
}

/** Every lab folder under a root (skipping images/ and hidden folders), in name order. */
export async function listLabDirs(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && e.name !== "images" && !e.name.startsWith(".") && !e.name.startsWith("_"))
    .map((e) => path.join(root, e.name))
    .sort();
}
