import type { PracticalTask } from "./schema";

/** The LabStepResult facts the practical part is graded from (labs contract). */
export type LabSessionFacts = {
  sessionId: string;
  labSlug: string;
  createdAt: Date;
  steps: { stepId: string; passed: boolean; passedAt: Date | null }[];
};
export type PracticalResult = {
  id: string;
  title: string;
  lab: string;
  points: number;
  earned: number;
  stepsPassed: string[];
  stepsTotal: number;
  sessionId: string | null;
};

/**
 * Grades each practical task from the candidate's lab sessions of that lab started during the
 * attempt (a session from before the exam could have been solved with the course's help).
 * Steps count only if passed before the submission time; the best session counts; points are
 * proportional to the steps passed.
 */
export function gradePractical(
  tasks: readonly PracticalTask[],
  sessions: readonly LabSessionFacts[],
  window: { startedAt: Date; endedAt: Date },
): PracticalResult[] {
  return tasks.map((task) => {
    let best: { sessionId: string | null; passed: string[] } = { sessionId: null, passed: [] };
    for (const s of sessions) {
      if (s.labSlug !== task.lab || s.createdAt < window.startedAt || s.createdAt > window.endedAt) continue;
      const passed = task.steps.filter((id) =>
        s.steps.some((r) => r.stepId === id && r.passed && (!r.passedAt || r.passedAt <= window.endedAt)),
      );
      if (passed.length > best.passed.length || best.sessionId === null) best = { sessionId: s.sessionId, passed };
    }
    const earned = Math.round((task.points * best.passed.length * 100) / task.steps.length) / 100;
    return {
      id: task.id,
      title: task.title,
      lab: task.lab,
      points: task.points,
      earned,
      stepsPassed: best.passed,
      stepsTotal: task.steps.length,
      sessionId: best.sessionId,
    };
  });
}
