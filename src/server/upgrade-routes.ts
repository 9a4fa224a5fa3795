import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

export type UpgradeRoute = {
  matches(url: string): boolean;
  handle(req: IncomingMessage, socket: Duplex, head: Buffer): void | Promise<void>;
  /** Shutdown: refuse new upgrades and close the open sockets, telling their clients why. */
  close(): void | Promise<void>;
};

/** WebSocket endpoints served beside Next; each authenticates and authorises its own upgrade. */
export async function upgradeRoutes(): Promise<UpgradeRoute[]> {
  const { labTerminalRoute } = await import("@/src/modules/labs/terminal/terminal-gateway");
  return [labTerminalRoute()];
}
