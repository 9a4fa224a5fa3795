import "server-only";
import { createPrismaClient, type Db } from "./db-client";

// One client per process (dev hot reload re-imports modules, so keep it on globalThis).
const globalForDb = globalThis as unknown as { academyDb?: Db };
export const db: Db = globalForDb.academyDb ?? createPrismaClient();
globalForDb.academyDb = db;
