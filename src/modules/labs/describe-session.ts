import "server-only";
import { labConfig } from "./lab-config";
import { type LabSessionRow, type ProgressEvent } from "./queries";
import { listHintReveals, listStepResults } from "./queries/record-steps";
import { revealedHints } from "./reveal-hint";
import type { Lab } from "./schema";
import { terminalOpen } from "./access";

export type StepView = {
  id: string;
  title: string;
  points: number;
  hintsTotal: number;
  hints: string[];
  passed: boolean;
  lastPassed: boolean;
  attempts: number;
  feedback: string | null;
};
export type SessionView = {
  id: string;
  labSlug: string;
  status: string;
  error: string | null;
  progress: ProgressEvent[];
  terminalOpen: boolean;
  expiresAt: string;
  extensionsLeft: number;
  canAct: boolean;
  steps: StepView[];
};

/** What the lab page shows about a session. Check scripts, solutions and unrevealed hints never leave the server. */
export async function describeSession(lab: Lab, session: LabSessionRow, access: "owner" | "observer"): Promise<SessionView> {
  const [results, reveals] = await Promise.all([listStepResults(session.id), listHintReveals(session.id)]);
  const vars = session.variables;
  return {
    id: session.id,
    labSlug: lab.slug,
    status: session.status,
    error: session.status === "failed" ? "The lab could not be started. Try again, or tell your trainer." : null,
    progress: session.progress,
    terminalOpen: terminalOpen(session),
    expiresAt: session.expiresAt.toISOString(),
    extensionsLeft: Math.max(0, labConfig().LAB_MAX_EXTENSIONS - session.extensions),
    canAct: access === "owner",
    steps: lab.steps.map((s) => {
      const r = results.find((x) => x.stepId === s.id);
      const shown = reveals.filter((x) => x.stepId === s.id).length;
      return {
        id: s.id,
        title: s.title,
        points: s.points,
        hintsTotal: s.hints.length,
        hints: revealedHints(lab, s.id, shown, vars),
        passed: r?.passed ?? false,
        lastPassed: r?.lastPassed ?? false,
        attempts: r?.attempts ?? 0,
        feedback: r?.lastFeedback ?? null,
      };
    }),
  };
}
