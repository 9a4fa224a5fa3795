import { z } from "zod";
import type { ImageProfile } from "./runtime/image-profile";

// lab.yaml, validated on load (trainers author these; see labs/README.md). Spec version lets the
// format evolve without breaking older labs (ctfcli-style), check kinds are a lookup table.
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, "must be kebab-case (a-z, 0-9, dashes)");
const hostName = z.string().regex(/^[a-z][a-z0-9-]{0,30}$/u, "host names are lower-case letters, digits and dashes");
const varName = z.string().regex(/^[A-Z][A-Z0-9_]*$/u, "variable names are UPPER_SNAKE_CASE");
const relFile = (dir: string, ext: string) =>
  z.string().regex(new RegExp(`^${dir}/[A-Za-z0-9._-]+\\.${ext}$`, "u"), `must be a file in ${dir}/ ending in .${ext}`);

const variableSpec = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("hex"),
    length: z.number().int().min(1).max(64),
    prefix: z.string().max(32).default(""),
    upper: z.boolean().default(true),
  }),
  z.strictObject({ kind: z.literal("digits"), length: z.number().int().min(1).max(32), prefix: z.string().max(32).default("") }),
  z.strictObject({ kind: z.literal("pick"), from: z.array(z.string().min(1).max(200)).min(1) }),
  z
    .strictObject({ kind: z.literal("number"), min: z.number().int(), max: z.number().int() })
    .refine((v) => v.min <= v.max, "min must not exceed max"),
]);
export type VariableSpec = z.infer<typeof variableSpec>;

/** The per-session host that runs checks, outside the learner's reach (reserved: no lab host may use it). */
export const GRADER_HOST = "grader";
/** Its image, in the lab's images folder (labs/images/grader). */
export const GRADER_IMAGE = "grader";
/** A learner file a check needs, relative to the terminal user's home (`~/answer.txt`, `~/evidence/`). */
const collectPath = z
  .string()
  .max(200)
  .regex(/^~\/(?:[A-Za-z0-9._-]+\/)*[A-Za-z0-9._-]*$/u, "must be a path under the learner's home, such as ~/answer.txt or ~/evidence/")
  .refine((p) => !p.split("/").some((part) => part === ".." || part === "."), "must not contain . or .. segments")
  .refine((p) => p !== "~/", "name a file or folder, not the whole home");

const CHECK_KIND_NAMES = ["script"] as const;
const check = z.strictObject({
  kind: z.enum(CHECK_KIND_NAMES).default("script"),
  // Checks run in the grader by default; naming a lab host is still possible but only for checks that
  // need nothing the learner can forge (content review flags it).
  host: hostName.default(GRADER_HOST),
  script: relFile("checks", "sh"),
  // Learner files copied (as data, through the Engine API) into the grader before the check runs.
  collect: z.array(collectPath).max(20).default([]),
  user: z
    .string()
    .regex(/^[a-z_][a-z0-9_-]*$/u)
    .optional(), // default: the host image's user
  timeoutSeconds: z.number().int().min(1).max(60).default(15),
});

const step = z.strictObject({
  id: slug,
  title: z.string().min(1).max(120),
  instructions: relFile("steps", "mdx"),
  check,
  solve: relFile("solve", "sh"),
  hints: z.array(z.string().min(1).max(1000)).max(10).default([]),
  points: z.number().int().min(0).max(100).default(10),
});

const host = z.strictObject({
  name: hostName,
  image: slug,
  terminal: z.boolean().default(false),
  env: z.record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/u, "env names are UPPER_SNAKE_CASE"), z.string().max(500)).default({}),
});

export const labManifest = z
  .strictObject({
    spec: z.literal(1).default(1),
    slug,
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(600),
    level: z.enum(["beginner", "intermediate", "advanced"]),
    durationMinutes: z.number().int().min(5).max(240),
    timeLimitMinutes: z.number().int().min(5).max(480),
    version: z.string().regex(/^\d+\.\d+\.\d+$/u, "must be a semantic version such as 1.0.0"),
    hosts: z.array(host).min(1).max(6),
    variables: z.record(varName, variableSpec).default({}),
    setup: z
      .strictObject({ host: hostName, script: z.string().regex(/^setup\.sh$/u, "must be setup.sh"), user: z.string().optional() })
      .optional(),
    steps: z.array(step).min(1).max(20),
  })
  .superRefine((lab, ctx) => {
    const names = lab.hosts.map((h) => h.name);
    names.forEach(
      (n, i) => names.indexOf(n) !== i && ctx.addIssue({ code: "custom", path: ["hosts", i, "name"], message: `duplicate host "${n}"` }),
    );
    names.forEach(
      (n, i) =>
        n === GRADER_HOST &&
        ctx.addIssue({ code: "custom", path: ["hosts", i, "name"], message: `"${GRADER_HOST}" is reserved for the session's grader` }),
    );
    const terminals = lab.hosts.filter((h) => h.terminal).length;
    if (terminals !== 1)
      ctx.addIssue({ code: "custom", path: ["hosts"], message: `exactly one host needs terminal: true (found ${terminals})` });
    const ids = lab.steps.map((s) => s.id);
    ids.forEach(
      (id, i) => ids.indexOf(id) !== i && ctx.addIssue({ code: "custom", path: ["steps", i, "id"], message: `duplicate step id "${id}"` }),
    );
    lab.steps.forEach((s, i) => {
      if (s.check.host !== GRADER_HOST && s.check.collect.length)
        ctx.addIssue({
          code: "custom",
          path: ["steps", i, "check", "collect"],
          message: `collect only works for checks on the ${GRADER_HOST}`,
        });
      if (s.check.host !== GRADER_HOST && !names.includes(s.check.host))
        ctx.addIssue({
          code: "custom",
          path: ["steps", i, "check", "host"],
          message: `unknown host "${s.check.host}" (hosts: ${[GRADER_HOST, ...names].join(", ")})`,
        });
    });
    if (lab.setup && !names.includes(lab.setup.host))
      ctx.addIssue({ code: "custom", path: ["setup", "host"], message: `unknown host "${lab.setup.host}"` });
  });

type LabManifest = z.infer<typeof labManifest>;
export type LabStep = LabManifest["steps"][number];

/** A loaded lab: the manifest plus where its files live. */
/** A lab's images (its hosts' and the grader's), read and checked once when the lab is loaded. */
export type LabImages = Record<string, { profile: ImageProfile; tag: string }>;
export type Lab = LabManifest & { dir: string; images: LabImages };

export type SessionStatus = "provisioning" | "ready" | "expired" | "destroyed" | "failed";
export const ACTIVE_STATUSES: SessionStatus[] = ["provisioning", "ready"];

// The session's JSON columns, validated when read: a row written by an older version fails loudly here.
const sessionVariablesSchema = z.record(z.string(), z.string());
const progressEventSchema = z.object({ message: z.string(), done: z.number(), total: z.number(), at: z.string() });
export type ProgressEvent = z.infer<typeof progressEventSchema>;
const progressSchema = z.array(progressEventSchema);
/** A session row with its JSON columns typed. */
export const toSessionRow = <T extends { variables: unknown; progress: unknown }>(
  row: T,
): Omit<T, "variables" | "progress"> & { variables: Record<string, string>; progress: ProgressEvent[] } => ({
  ...row,
  variables: sessionVariablesSchema.parse(row.variables),
  progress: progressSchema.parse(row.progress),
});

export const sessionIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/u, "invalid session id");
export const startLabSchema = z.strictObject({ lab: slug });
