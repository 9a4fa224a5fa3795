import "server-only";
import { signalSession } from "../session-signals";
import { QUEUE_SIGNAL } from "./admit-waiting";
import { leaveQueueEntry } from "./queries";

/** The learner gives up their place (only their own: the entry is found by their id, never by a client's). */
export async function leaveQueue(userId: string, labSlug: string): Promise<boolean> {
  const { count } = await leaveQueueEntry(userId, labSlug);
  if (count > 0) signalSession(QUEUE_SIGNAL);
  return count > 0;
}
