import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { processAlive } from "./process-alive";

it("tells running processes from exited ones, including zombies nobody reaps", async () => {
  // `sleep 5` (exec'd sh) never waits for its background child, which stays a zombie after it exits.
  const parent = spawn("sh", ["-c", "sleep 0.1 & echo $!; exec sleep 5"], { stdio: ["ignore", "pipe", "ignore"] });
  const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()))));
  await new Promise((r) => setTimeout(r, 400));
  try {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(parent.pid!)).toBe(true);
    expect(processAlive(zombie)).toBe(false);
    expect(processAlive(2 ** 22 + 12345)).toBe(false);
  } finally {
    parent.kill("SIGKILL");
  }
});
