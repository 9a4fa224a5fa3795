import "server-only";
import { authorizeRequest, type CurrentUser } from "@/src/server/auth/guards";
import { recordAudit } from "@/src/modules/audit/queries";
import { clientIp } from "@/src/server/auth/client-ip";
import { sessionAccess, type SessionAccess } from "./access";
import { getLab } from "./catalog";
import { findSession, type LabSessionRow } from "./queries";
import { sessionIdSchema, type Lab } from "./schema";

type Authorized = { user: CurrentUser; session: LabSessionRow; lab: Lab; access: Exclude<SessionAccess, "none">; error?: never };

const json = (status: number, error: string) => Response.json({ error }, { status });

/** State-changing requests must come from our own pages (cookies ride along on cross-site posts). */
export function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.method !== "GET" && request.headers.get("sec-fetch-site") === "cross-site";
  try {
    return new URL(origin).host !== request.headers.get("host");
  } catch {
    return true;
  }
}

/**
 * Route-handler guard for /api/labs/<session>/...: signed in, the session exists, and the caller owns it
 * ("act") or is a trainer/admin ("observe" only). Denials are audited.
 */
export async function authorizeSession(
  request: Request,
  rawId: string,
  need: "act" | "observe",
): Promise<Authorized | { error: Response }> {
  if (need === "act" && crossSite(request)) return { error: json(403, "Cross-site request refused.") };
  const auth = await authorizeRequest();
  if (auth.error) return { error: auth.error };
  const id = sessionIdSchema.safeParse(rawId);
  const session = id.success ? await findSession(id.data) : null;
  const access = sessionAccess(auth.user, session);
  if (!session || access === "none" || (need === "act" && access !== "owner")) {
    await recordAudit({
      action: "lab.access_denied",
      actorId: auth.user.id,
      target: rawId.slice(0, 64),
      detail: { need, path: new URL(request.url).pathname },
      ip: clientIp(request.headers),
    });
    // The same answer whether the session exists or not: ids are not probeable.
    return {
      error: json(
        session && access === "observer" ? 403 : 404,
        session && access === "observer" ? "Trainers and admins can only observe." : "No such lab session.",
      ),
    };
  }
  const lab = await getLab(session.labSlug);
  if (!lab) return { error: json(410, "This lab is no longer available.") };
  return { user: auth.user, session, lab, access };
}
