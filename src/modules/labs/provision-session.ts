import "server-only";
import { labConfig } from "./lab-config";
import { appendProgress, markSessionReady, releaseSubnet, setSubnet, transitionSession, updateSession, usedSubnets } from "./queries";
import { labRuntime } from "./runtime";
import { pickFreeSubnet } from "./runtime/allocate-subnet";
import { resolveHostSpecs } from "./resolve-hosts";
import { prepareLab } from "./prepare-lab";
import type { Lab } from "./schema";
import { signalSession } from "./session-signals";

export async function allocateSubnet(): Promise<string> {
  const pool = labConfig().LAB_SUBNET_POOL;
  const subnet = pickFreeSubnet(await usedSubnets(), pool, Math.floor(Math.random() * 4096));
  if (!subnet) throw new Error("The lab address pool is exhausted; try again when other labs end.");
  return subnet;
}

export const CUT_SHORT_MESSAGE =
  "The lab engine went away while your lab was starting, so the start was cancelled. Start the lab again once labs are available.";

const isOverlap = (e: unknown) => /overlap|already exists|in use/iu.test(String((e as Error)?.message ?? e));

/**
 * Creates a session's containers, runs the lab's setup and marks it ready. Every stage is stored as a
 * progress event, which the lab page streams. As soon as the terminal host runs, `terminalAt` is set
 * (and `onTerminal` called): the learner gets a shell while cameras boot; checks wait for "ready".
 * On failure nothing is left behind.
 */
export async function provisionSession(
  lab: Lab,
  session: { id: string; subnet: string; expiresAt: Date; variables: Record<string, string> },
  onTerminal: () => void = () => undefined,
): Promise<void> {
  const runtime = labRuntime(labConfig().owner);
  let queue = Promise.resolve();
  const enqueue = (write: () => Promise<unknown>) => (queue = queue.then(write).then(() => signalSession(session.id)));
  const progress = (message: string, done: number, total: number) => enqueue(() => appendProgress(session.id, { message, done, total }));
  // Not queued behind the progress writes: the learner is waiting for this one.
  const terminal = () =>
    void updateSession(session.id, { terminalAt: new Date() }).then(
      () => {
        signalSession(session.id);
        onTerminal();
      },
      () => undefined,
    );
  try {
    const hosts = resolveHostSpecs(lab, session.variables);
    let subnet = session.subnet;
    let steps: { done: number; total: number };
    for (let attempt = 0; ; attempt++) {
      try {
        steps = await prepareLab(runtime, lab, { sessionId: session.id, subnet, expiresAt: session.expiresAt, hosts }, session.variables, {
          progress,
          terminal,
        });
        break;
      } catch (error) {
        // Another academy on the same engine may hold this subnet: free ours, take the next one.
        if (attempt >= 4 || !isOverlap(error)) throw error;
        await runtime.destroy(session.id);
        subnet = await allocateSubnet();
        await setSubnet(session.id, subnet);
      }
    }
    await queue;
    if (!(await markSessionReady(session.id, { message: "Ready", done: steps.total, total: steps.total })))
      throw new Error("session ended while provisioning");
    signalSession(session.id);
  } catch (error) {
    await queue.catch(() => undefined);
    // "write EPIPE" tells the learner nothing; an engine that is gone now is why the start failed.
    const message = !(await runtime.ping()).ok ? CUT_SHORT_MESSAGE : error instanceof Error ? error.message : String(error);
    await transitionSession(session.id, ["provisioning"], { status: "failed", error: message.slice(0, 1000) });
    await runtime.destroy(session.id).catch(() => undefined);
    await releaseSubnet(session.id);
    signalSession(session.id);
    throw error;
  }
}
