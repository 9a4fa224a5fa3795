import { z } from "zod";

/** The files a backup archive holds, beside manifest.json. Fixed names: restore never follows paths from the archive. */
export const BACKUP_FILES = {
  database: "academy.db",
  postgresDump: "academy.pgdump",
  issuerKey: "issuer-key.json",
  issuerKeyRs256: "issuer-key-rs256.json",
  authSecret: "auth-secret",
} as const;

export const manifestSchema = z.object({
  format: z.literal("cyberwall-academy-backup/1"),
  createdAt: z.iso.datetime(),
  database: z.enum(["sqlite", "postgresql"]),
  // The migrations applied in the snapshot: `npm start` on the restored machine applies any newer ones.
  migrations: z.array(z.string()),
  content: z.object({ gitRev: z.string().nullable(), hash: z.string() }),
  // sha256 of each file in the archive, checked before anything is written on restore.
  files: z.partialRecord(z.enum(Object.values(BACKUP_FILES) as [string, ...string[]]), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type BackupManifest = z.infer<typeof manifestSchema>;
