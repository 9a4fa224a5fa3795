import "server-only";
import { admitWaiting } from "./admission/admit-waiting";
import { labConfig } from "./lab-config";
import { releaseSubnet, transitionSession, updateSession, type LabSessionRow } from "./queries";
import { labRuntime } from "./runtime";
import { ACTIVE_STATUSES, type SessionStatus } from "./schema";
import { signalSession } from "./session-signals";

/** Moves an active session to an end state (once, even with several processes) and removes its containers. */
export async function endSession(
  sessionId: string,
  status: Extract<SessionStatus, "expired" | "destroyed" | "failed">,
  from: SessionStatus[] = ACTIVE_STATUSES,
) {
  const moved = await transitionSession(sessionId, from, { status, finishedAt: new Date() });
  if (moved) signalSession(sessionId); // a stream in any process reports the end now
  await labRuntime(labConfig().owner).destroy(sessionId);
  await releaseSubnet(sessionId);
  // Its slot goes to the head of the queue at once, not at the reaper's next tick.
  if (moved) void admitWaiting().catch((error) => console.error("[labs] admission:", error instanceof Error ? error.message : error));
  return moved;
}

/** More time, up to the hard limit and a fixed number of extensions. */
export async function extendSession(
  session: Pick<LabSessionRow, "id" | "status" | "expiresAt" | "hardExpiresAt" | "extensions">,
  now = new Date(),
) {
  const c = labConfig();
  if (session.status !== "ready") return { ok: false as const, status: 409, error: "The lab is not running." };
  if (session.extensions >= c.LAB_MAX_EXTENSIONS || session.expiresAt >= session.hardExpiresAt) {
    return { ok: false as const, status: 409, error: "This lab cannot be extended any further." };
  }
  const base = Math.max(session.expiresAt.getTime(), now.getTime());
  const expiresAt = new Date(Math.min(base + c.LAB_EXTEND_MINUTES * 60_000, session.hardExpiresAt.getTime()));
  const row = await updateSession(session.id, { expiresAt, extensions: session.extensions + 1 });
  return { ok: true as const, expiresAt: row.expiresAt, extensionsLeft: c.LAB_MAX_EXTENSIONS - row.extensions };
}
