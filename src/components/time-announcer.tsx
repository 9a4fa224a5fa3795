"use client";
import { useEffect, useRef, useState } from "react";

const MARKS = [300, 60]; // announce when 5 minutes, then 1 minute, are left

/**
 * A polite live region for a countdown: silent until the last 5 minutes, then one short announcement
 * at 5 minutes and one at 1 minute (a ticking timer that speaks every second is unusable with a screen reader).
 */
export function TimeAnnouncer({ secondsLeft, what }: { secondsLeft: number; what: string }) {
  const [message, setMessage] = useState("");
  const announced = useRef(new Set<number>());
  useEffect(() => {
    for (const mark of MARKS) {
      if (secondsLeft <= mark && secondsLeft > 0 && !announced.current.has(mark)) {
        MARKS.filter((m) => m >= mark).forEach((m) => announced.current.add(m));
        setMessage(`${mark / 60} minute${mark === 60 ? "" : "s"} left ${what}.`);
      }
    }
  }, [secondsLeft, what]);
  return (
    <span className="sr-only" aria-live="polite" aria-atomic="true" data-testid="time-announcement">
      {message}
    </span>
  );
}
