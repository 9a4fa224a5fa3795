"use client";
import { useEffect, useRef, useState } from "react";
import type { Terminal as Term } from "@xterm/xterm";
import "@xterm/xterm/css/xterm.css";

const PAUSE_AT = 512 * 1024; // bytes xterm.js has not rendered yet
const RESUME_AT = 64 * 1024;
const READER_STORE = "terminal-screen-reader";
const SERVICE_RESTART = 1012; // the academy restarts; the lab (and its tmux shell) keeps running
const RETRY_EVERY_MS = 2000;
const RETRY_FOR_MS = 3 * 60_000;

/** xterm.js over the lab's terminal WebSocket. xterm touches `window` on import, so it loads in the effect. */
export function LabTerminal({ sessionId, readOnly }: { sessionId: string; readOnly: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"connecting" | "open" | "restarting" | "closed">("connecting");
  const restartingSince = useRef<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [fullScreen, setFullScreen] = useState(false);
  const [reader, setReader] = useState(false);
  const termRef = useRef<Term | null>(null);

  useEffect(() => setReader(localStorage.getItem(READER_STORE) === "1"), []);
  // xterm's screen-reader mode keeps an accessible copy of the screen and announces new output.
  useEffect(() => {
    if (termRef.current) termRef.current.options.screenReaderMode = reader;
  }, [reader]);

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    (async () => {
      const [{ Terminal }, { FitAddon }, { WebLinksAddon }] = await Promise.all([
        import("@xterm/xterm"),
        import("@xterm/addon-fit"),
        import("@xterm/addon-web-links"),
      ]);
      if (disposed || !box.current) return;
      const term = new Terminal({
        cursorBlink: true,
        fontSize: 14,
        fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace",
        disableStdin: readOnly,
        theme: { background: "#0f172a" },
        screenReaderMode: localStorage.getItem(READER_STORE) === "1",
      });
      termRef.current = term;
      const fit = new FitAddon();
      term.loadAddon(fit);
      term.loadAddon(new WebLinksAddon());
      term.open(box.current);
      fit.fit();
      const scheme = location.protocol === "https:" ? "wss" : "ws";
      const ws = new WebSocket(`${scheme}://${location.host}/api/labs/${sessionId}/terminal?cols=${term.cols}&rows=${term.rows}`);
      ws.binaryType = "arraybuffer";
      const send = (message: object) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(message));
      let pending = 0;
      let paused = false;
      let retry: ReturnType<typeof setTimeout> | undefined;
      ws.onopen = () => {
        restartingSince.current = null;
        setState("open");
        term.focus();
      };
      ws.onclose = (event) => {
        if (disposed) return;
        // After a restart notice, retry until the academy is back; the same shell is re-attached.
        if (event.code === SERVICE_RESTART) restartingSince.current ??= Date.now();
        const since = restartingSince.current;
        if (since === null || Date.now() - since > RETRY_FOR_MS) {
          restartingSince.current = null;
          return setState("closed");
        }
        setState("restarting");
        retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_EVERY_MS);
      };
      ws.onmessage = (event) => {
        const bytes = new Uint8Array(event.data as ArrayBuffer);
        pending += bytes.length;
        if (!paused && pending > PAUSE_AT) {
          paused = true;
          send({ t: "p" });
        }
        term.write(bytes, () => {
          pending -= bytes.length;
          if (paused && pending < RESUME_AT) {
            paused = false;
            send({ t: "u" });
          }
        });
      };
      term.onData((d) => !readOnly && send({ t: "i", d }));
      term.onResize(({ cols, rows }) => send({ t: "r", c: cols, r: rows }));
      // Copy with Ctrl+Shift+C (or Ctrl+C while text is selected); paste with Ctrl+Shift+V or the browser's paste.
      term.attachCustomKeyEventHandler((e) => {
        if (e.type !== "keydown" || !e.ctrlKey) return true;
        const key = e.key.toLowerCase();
        if (key === "c" && (e.shiftKey || term.hasSelection())) {
          void navigator.clipboard?.writeText(term.getSelection()).catch(() => undefined);
          return false;
        }
        if (key === "v" && e.shiftKey) {
          void navigator.clipboard
            ?.readText()
            .then((t) => term.paste(t))
            .catch(() => undefined);
          return false;
        }
        return true;
      });
      const observer = new ResizeObserver(() => fit.fit());
      observer.observe(box.current);
      cleanup = () => {
        clearTimeout(retry);
        observer.disconnect();
        ws.close(1000);
        termRef.current = null;
        term.dispose();
      };
    })();
    return () => {
      disposed = true;
      cleanup();
    };
  }, [sessionId, readOnly, attempt]);

  return (
    <div
      className={fullScreen ? "fixed inset-0 z-50 flex flex-col gap-2 bg-white p-2" : "space-y-2"}
      data-testid="terminal-panel"
      data-full-screen={fullScreen}
    >
      <div className="flex flex-wrap items-center justify-end gap-3 text-xs">
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={reader}
            onChange={(e) => {
              setReader(e.target.checked);
              localStorage.setItem(READER_STORE, e.target.checked ? "1" : "0");
            }}
          />
          Screen reader mode
        </label>
        <button type="button" className="btn-secondary" aria-pressed={fullScreen} onClick={() => setFullScreen((f) => !f)}>
          {fullScreen ? "Exit full screen" : "Full screen"}
        </button>
      </div>
      <div className={`rounded-md bg-slate-900 p-2 ${fullScreen ? "min-h-0 flex-1" : ""}`}>
        <div
          ref={box}
          className={`overflow-hidden ${fullScreen ? "h-full" : "h-[24rem] lg:h-[calc(100vh-12rem)]"}`}
          data-testid="terminal"
          data-state={state}
        />
      </div>
      <p className="text-xs text-slate-500" aria-live="polite">
        {state === "connecting" && "Connecting to your workstation…"}
        {state === "open" && (readOnly ? "Watching read-only." : "Connected. Copy: Ctrl+Shift+C · Paste: Ctrl+Shift+V")}
        {state === "restarting" && "The academy is restarting; your lab keeps running. Reconnecting…"}
        {state === "closed" && (
          <>
            Disconnected.{" "}
            <button
              type="button"
              className="underline"
              onClick={() => {
                setState("connecting");
                setAttempt((n) => n + 1);
              }}
            >
              Reconnect
            </button>
          </>
        )}
      </p>
    </div>
  );
}
