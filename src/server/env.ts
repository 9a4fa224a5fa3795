// One typed, validated view of the environment. Imported by server.ts first, so a missing or
// malformed variable stops start-up with a message naming it.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must be a SQLite file URL (file:./data/academy.db) or a postgresql:// URL")
    .default("file:./data/academy.db"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (npm start generates one in data/)"),
  AUTH_URL: z.url().optional(),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().default("data"),
  DOCKER_HOST: z.string().optional(),
  DOCKER_CERT_PATH: z.string().optional(),
  DOCKER_TLS_VERIFY: z.string().optional(),
  // How often each app process looks for due notifications (certificate expiry, partner tier at risk).
  NOTIFY_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  // Sign-ups accepted per client IP per hour (counted in the database, so every app process agrees).
  SIGN_UP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(10),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
/** Lazily parsed so that `next build` (which imports modules) does not need runtime secrets. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
