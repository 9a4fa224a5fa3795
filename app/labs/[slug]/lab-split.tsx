"use client";
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";

const MIN = 20;
const MAX = 70;
const STORE = "lab-split-steps";
const clamp = (n: number) => Math.min(MAX, Math.max(MIN, Math.round(n)));

/**
 * Steps beside the terminal on a laptop, with a draggable (and keyboard-operable) divider; on a phone the
 * steps simply stack above the terminal. The chosen width is remembered per browser.
 */
export function LabSplit({ steps, terminal }: { steps: ReactNode; terminal: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [share, setShare] = useState(40);
  const dragging = useRef(false);

  useEffect(() => {
    const saved = Number(localStorage.getItem(STORE));
    if (saved >= MIN && saved <= MAX) setShare(saved);
  }, []);
  const commit = (n: number) => {
    setShare(clamp(n));
    localStorage.setItem(STORE, String(clamp(n)));
  };
  const move = (e: PointerEvent) => {
    if (!dragging.current || !box.current) return;
    const rect = box.current.getBoundingClientRect();
    commit(((e.clientX - rect.left) / rect.width) * 100);
  };
  const keys = (e: KeyboardEvent) => {
    const step = { ArrowLeft: -5, ArrowRight: 5, Home: MIN - share, End: MAX - share }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    commit(share + step);
  };

  return (
    <div ref={box} className="flex flex-col gap-4 lg:flex-row lg:gap-0" style={{ "--steps": `${share}%` } as React.CSSProperties}>
      <div className="min-w-0 lg:shrink-0 lg:basis-[var(--steps)] lg:pr-2" data-testid="lab-steps">
        {steps}
      </div>
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label="Width of the steps beside the terminal"
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuenow={share}
        tabIndex={0}
        data-testid="lab-divider"
        className="hidden w-2 shrink-0 cursor-col-resize touch-none rounded bg-slate-200 hover:bg-sky-300 focus-visible:bg-sky-400 lg:block"
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={move}
        onPointerUp={() => (dragging.current = false)}
        onKeyDown={keys}
      />
      <div className="min-w-0 flex-1 lg:pl-2" data-testid="lab-terminal-column">
        {terminal}
      </div>
    </div>
  );
}
