// `npm run restore FILE [DIR]`: brings a backup back into DIR (default data/), which must not hold a database,
// issuer keys or auth secret yet. Then `npm start` applies any newer migrations and serves.
import path from "node:path";
import { restoreBackup } from "@/src/modules/operations/restore-backup";

const [file, dir = process.env.DATA_DIR ?? "data"] = process.argv.slice(2);
if (!file) {
  console.error("Usage: npm run restore FILE [DIR]");
  process.exit(2);
}
const url = process.env.DATABASE_URL;
try {
  const result = await restoreBackup(file, dir, { postgresUrl: url?.startsWith("postgres") ? url : undefined });
  const { manifest } = result;
  console.log(`Restored the backup of ${manifest.createdAt} into ${dir}:`);
  for (const written of result.written) console.log(`  ${written}`);
  if (manifest.database === "postgresql") console.log(`  database loaded into ${url?.replace(/\/\/[^@]*@/, "//…@")}`);
  if (!result.contentMatches)
    console.log(
      `Note: content/ and labs/ here differ from the backup's (${manifest.content.gitRev ?? manifest.content.hash.slice(0, 12)}).`,
    );
  if (path.resolve(dir) !== path.resolve("data"))
    console.log(
      `Start with: DATABASE_URL=file:${path.join(dir, "academy.db")} ISSUER_KEY_PATH=${path.join(dir, "issuer-key.json")} AUTH_SECRET=$(cat ${path.join(dir, "auth-secret")}) npm start`,
    );
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
