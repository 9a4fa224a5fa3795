import "server-only";
import type { Permission } from "@/src/server/auth/authorize-resource";
import { findSession } from "./queries";

/** Who runs a classroom session: its trainer, or an admin (pages, routes and actions all ask this). */
export const canRunSession = (user: { id: string; role: string }, session: { trainerId: string }) =>
  user.role === "ADMIN" || session.trainerId === user.id;

type Session = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** The action wrapper's permission for changes to a session that is still on. */
export const runSessionPermission: Permission<{ sessionId: string }, Session> = {
  kind: "classroom session",
  load: async ({ sessionId }) => {
    const session = await findSession(sessionId);
    return session && !session.cancelledAt ? session : null;
  },
  allow: canRunSession,
  missing: "No such session, or it was cancelled.",
  denied: "Only this session's trainer or an admin can change it.",
};
