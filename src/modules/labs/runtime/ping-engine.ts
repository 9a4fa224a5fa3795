import type Modem from "docker-modem";
import { dockerCall } from "./docker-engine";

export type EngineStatus = { ok: true; version: string; apiVersion: string } | { ok: false; error: string };

/** Is the Docker engine reachable? Never throws: labs are optional for courses and exams. */
export async function pingEngine(timeoutMs = 1500, modem?: Modem): Promise<EngineStatus> {
  try {
    const version = await Promise.race([
      dockerCall<{ Version: string; ApiVersion: string }>({ path: "/version", method: "GET" }, modem),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { ok: true, version: version.Version, apiVersion: version.ApiVersion };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
