// Messages on the terminal WebSocket. Browser -> server: JSON text frames. Server -> browser: binary
// frames with the terminal's raw output. Shared by the gateway and the xterm.js client.
export type ClientMessage =
  | { t: "i"; d: string } // keystrokes / paste
  | { t: "r"; c: number; r: number } // resize
  | { t: "p" } // pause output (xterm.js is behind)
  | { t: "u" }; // resume output

export function parseClientMessage(raw: string): ClientMessage | null {
  try {
    const m = JSON.parse(raw) as Record<string, unknown>;
    if (m.t === "i" && typeof m.d === "string" && m.d.length <= 64 * 1024) return { t: "i", d: m.d };
    if (m.t === "r" && Number.isInteger(m.c) && Number.isInteger(m.r)) {
      return { t: "r", c: Math.min(Math.max(m.c as number, 10), 500), r: Math.min(Math.max(m.r as number, 4), 200) };
    }
    if (m.t === "p" || m.t === "u") return { t: m.t };
  } catch {
    // not JSON: ignored
  }
  return null;
}

export const TERMINAL_PATH = /^\/api\/labs\/([a-z0-9]{20,40})\/terminal(?:\?.*)?$/u;
