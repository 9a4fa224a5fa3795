"use client";
import { useCallback, useEffect, useSyncExternalStore } from "react";

/** A learner's progress in one course, as served by /api/courses/<course>/progress. */
type LearnerProgress = {
  completedLessons: string[];
  correctChecks: string[];
  lessonsCompleted: number;
  lessonsTotal: number;
  checksCorrect: number;
  checksTotal: number;
  completed: boolean;
  completedAt?: string;
};
/** undefined while loading, null when signed out (or the request failed). */
type Entry = { value: LearnerProgress | null | undefined; listeners: Set<() => void>; inflight?: Promise<void> };

// One shared store per course, so the progress bar, the check cards and the "mark complete" button
// on a page agree and make one request between them.
const entries = new Map<string, Entry>();
function entry(course: string): Entry {
  let e = entries.get(course);
  if (!e) entries.set(course, (e = { value: undefined, listeners: new Set() }));
  return e;
}

async function load(course: string) {
  const e = entry(course);
  e.inflight ??= fetch(`/api/courses/${encodeURIComponent(course)}/progress`, { cache: "no-store" })
    .then(async (r) => (r.ok ? ((await r.json()) as LearnerProgress) : null))
    .catch(() => null)
    .then((value) => {
      e.value = value;
      e.inflight = undefined;
      e.listeners.forEach((l) => l());
    });
  return e.inflight;
}

export function useCourseProgress(course: string) {
  const subscribe = useCallback(
    (listener: () => void) => {
      const e = entry(course);
      e.listeners.add(listener);
      return () => e.listeners.delete(listener);
    },
    [course],
  );
  const progress = useSyncExternalStore(
    subscribe,
    () => entry(course).value,
    () => undefined,
  );
  useEffect(() => {
    // Every page visit re-reads: progress changes in other tabs and on other pages.
    void load(course);
  }, [course]);
  const refresh = useCallback(() => load(course), [course]);
  return { progress, refresh };
}
