export type LabCardStatus = { status: "not-started" | "in-progress" | "completed"; stepsPassed: number; stepsTotal: number };

/** What a LabLink card shows, from the learner's latest session of that lab (if any). */
export function summariseLabStatus(latest: { stepsPassed: number; stepsTotal: number } | undefined): LabCardStatus {
  if (!latest) return { status: "not-started", stepsPassed: 0, stepsTotal: 0 };
  const completed = latest.stepsTotal > 0 && latest.stepsPassed >= latest.stepsTotal;
  return { status: completed ? "completed" : "in-progress", stepsPassed: latest.stepsPassed, stepsTotal: latest.stepsTotal };
}
