import { createHash } from "node:crypto";
import path from "node:path";
import { z } from "zod";

// Lab settings from the environment, validated once (a bad value names itself at start-up).
const schema = z.object({
  LABS_DIR: z.string().default("labs"),
  LAB_SUBNET_POOL: z.string().default("10.213.0.0/16"),
  LAB_WARM_POOL: z.coerce.number().int().min(0).max(50).default(0),
  // Minutes before a classroom's planned lab block that its labs are provisioned (labs/classroom-pool).
  CLASSROOM_POOL_LEAD_MINUTES: z.coerce.number().int().min(1).max(120).default(10),
  LAB_MAX_PER_LEARNER: z.coerce.number().int().min(1).max(20).default(2),
  // Admission (admission/): the global cap (unset: derived from the engine's memory and CPUs) and each
  // client address's share, running and queued together (a classroom behind one NAT shares it).
  LAB_MAX_TOTAL: z.coerce.number().int().min(1).max(10_000).optional(),
  LAB_MAX_PER_IP: z.coerce.number().int().min(1).max(1000).default(24),
  // A queued learner's page keeps their place seen; unseen this long, the place lapses.
  LAB_QUEUE_LAPSE_SECONDS: z.coerce.number().int().min(10).max(86_400).default(120),
  LAB_IDLE_MINUTES: z.coerce
    .number()
    .min(1)
    .max(24 * 60)
    .default(30),
  LAB_EXTEND_MINUTES: z.coerce.number().int().min(1).max(240).default(15),
  LAB_MAX_EXTENSIONS: z.coerce.number().int().min(0).max(10).default(2),
  LAB_REAPER_SECONDS: z.coerce.number().min(1).max(3600).default(15),
  ACADEMY_E2E: z.string().optional(),
  DATABASE_URL: z.string().default("file:./data/academy.db"),
});

export type LabConfig = z.infer<typeof schema> & { labRoots: string[]; owner: string };

// Every app process on one database must share the owner label: a SQLite file's absolute path, or a
// PostgreSQL database's host/port/name (never its credentials).
function databaseIdentity(url: string) {
  if (!/^postgres(ql)?:\/\//u.test(url)) return path.resolve(url.replace(/^file:/u, ""));
  const u = new URL(url);
  return `postgresql://${u.searchParams.get("host") ?? u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
}

/** The fixture lab (no camera needed) is served only in end-to-end runs and tests. */
export const FIXTURE_LABS_DIR = "src/modules/labs/fixtures/labs";

export function labConfig(source: NodeJS.ProcessEnv = process.env): LabConfig {
  const parsed = schema.safeParse(source);
  if (!parsed.success)
    throw new Error(`Invalid lab settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const c = parsed.data;
  const dbFile = databaseIdentity(c.DATABASE_URL);
  return {
    ...c,
    labRoots: c.ACADEMY_E2E ? [c.LABS_DIR, FIXTURE_LABS_DIR] : [c.LABS_DIR],
    // Containers carry this label so an academy only ever reconciles what its own database owns.
    owner: createHash("sha256").update(dbFile).digest("hex").slice(0, 16),
  };
}
