"use client";
import { useEffect, useState } from "react";
import { TimeAnnouncer } from "@/src/components/time-announcer";

export function LabTimer({ expiresAt }: { expiresAt: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const left = Math.max(0, Math.floor((new Date(expiresAt).getTime() - now) / 1000));
  const text = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
  return (
    <>
      <span
        className={`font-mono text-sm ${left < 300 ? "text-red-700" : "text-slate-700"}`}
        role="timer"
        aria-live="off"
        data-testid="lab-timer"
      >
        Time left {text}
      </span>
      <TimeAnnouncer secondsLeft={left} what="in this lab" />
    </>
  );
}
