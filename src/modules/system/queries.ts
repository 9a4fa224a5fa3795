import "server-only";
import { db } from "@/src/server/db";

export async function pingDatabase(): Promise<{ ok: true; users: number } | { ok: false; error: string }> {
  try {
    return { ok: true, users: await db.user.count() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
