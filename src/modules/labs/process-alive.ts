import fs from "node:fs";

/**
 * Is a provisioning process still running? A killed process whose parent died too waits as a zombie
 * until init reaps it, and some inits never do; signal 0 still "reaches" a zombie, so read its state.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const state = fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /su, "")[0];
    return state !== "Z" && state !== "X";
  } catch {
    return true; // no procfs (not Linux): signal 0 is the best answer there is
  }
}
