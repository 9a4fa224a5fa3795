"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { TimeAnnouncer } from "@/src/components/time-announcer";

/** Display only: the server enforces the deadline. At zero the page reloads and the server grades. */
export function Countdown({ seconds }: { seconds: number }) {
  const router = useRouter();
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const end = Date.now() + seconds * 1000;
    const timer = setInterval(() => {
      const s = Math.max(0, Math.round((end - Date.now()) / 1000));
      setLeft(s);
      if (s === 0) {
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [seconds, router]);
  const mm = String(Math.floor(left / 60)).padStart(2, "0");
  const ss = String(left % 60).padStart(2, "0");
  return (
    <>
      <p
        className={`rounded-md px-3 py-1 font-mono text-sm ${left < 300 ? "bg-red-50 text-red-800" : "bg-slate-100"}`}
        role="timer"
        aria-live="off"
        data-testid="time-left"
      >
        Time left {mm}:{ss}
      </p>
      <TimeAnnouncer secondsLeft={left} what="in the exam" />
    </>
  );
}
