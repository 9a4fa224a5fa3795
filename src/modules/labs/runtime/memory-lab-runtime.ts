import { PassThrough } from "node:stream";
import type { ExecOptions, ExecResult, LabRuntime } from "./lab-runtime";

type Call = "provision" | "exec" | "copyFiles" | "destroy" | "listLabelled";
type Machine = { running: boolean };

/**
 * A LabRuntime without an engine, for fast tests of what orchestrates one (provisioning, reaping, warm pools,
 * reconcile, admission). A session is its subnet and a map of machines; an exec answers through `answerExec`
 * (exit 0 by default). `failNext`, `down` and `restart` stand for an engine that fails one call, goes away,
 * or restarts (every machine stops, none is removed). The integration tests run the same paths on Docker.
 */
export function createMemoryLabRuntime(capacity = { memoryBytes: 16 * 1024 ** 3, cpus: 8 }) {
  const sessions = new Map<string, { subnet: string; machines: Map<string, Machine> }>();
  const failures = new Map<Call, Error[]>();
  const execs: { sessionId: string; host: string; cmd: string[] }[] = [];
  let answer: (sessionId: string, host: string, options: ExecOptions) => ExecResult | undefined = () => undefined;
  let reachable = true;

  const enter = (call: Call) => {
    if (!reachable) throw new Error("connect ENOENT /var/run/docker.sock");
    const failure = failures.get(call)?.shift();
    if (failure) throw failure;
  };
  const machine = (sessionId: string, host: string) => {
    const m = sessions.get(sessionId)?.machines.get(host);
    if (!m?.running) throw new Error(`container ${sessionId}-${host} is not running`);
    return m;
  };

  const runtime: LabRuntime = {
    async provision(spec, onEvent) {
      if (!reachable) throw new Error("connect ENOENT /var/run/docker.sock");
      const total = 2 + spec.hosts.length * 2;
      let done = 0;
      // The network exists before a failing call, as on an engine: a rollback has something to remove.
      const session = { subnet: spec.subnet, machines: new Map<string, Machine>() };
      sessions.set(spec.sessionId, session);
      onEvent({ message: `Isolated network ${spec.subnet} ready`, done: ++done, total });
      enter("provision");
      for (const h of spec.hosts) {
        session.machines.set(h.name, { running: false });
        onEvent({ message: `Created ${h.name}`, done: ++done, total });
      }
      for (const h of [...spec.hosts].sort((a, b) => Number(b.profile.terminal) - Number(a.profile.terminal))) {
        await Promise.resolve();
        session.machines.get(h.name)!.running = true;
        onEvent({ message: `Started ${h.name}`, done: ++done, total, started: h.name });
      }
      onEvent({ message: "All hosts running", done: done + 1, total });
    },
    async exec(sessionId, host, options) {
      enter("exec");
      machine(sessionId, host);
      execs.push({ sessionId, host, cmd: options.cmd });
      return answer(sessionId, host, options) ?? { exitCode: 0, stdout: "", stderr: "", timedOut: false };
    },
    async openTerminal(sessionId, host) {
      machine(sessionId, host);
      const stream = new PassThrough(); // an echoing shell
      return { stream, resize: async () => undefined, close: () => stream.destroy() };
    },
    async copyFiles(sessionId, from, to, options) {
      enter("copyFiles");
      machine(sessionId, from);
      machine(sessionId, to);
      return { found: [], missing: options.sources.map((s) => s.source), dropped: 0 };
    },
    async destroy(sessionId) {
      enter("destroy");
      sessions.delete(sessionId);
    },
    async listLabelled() {
      enter("listLabelled");
      return [...sessions].map(([sessionId, s]) => ({
        sessionId,
        containers: [...s.machines.keys()],
        stopped: [...s.machines.values()].filter((m) => !m.running).length,
        networks: [`academy-${sessionId}`],
        volumes: [],
      }));
    },
    ping: async () => (reachable ? { ok: true, version: "memory", apiVersion: "1.47" } : { ok: false, error: "engine down" }),
    async engineCapacity() {
      if (!reachable) throw new Error("connect ENOENT /var/run/docker.sock");
      return capacity;
    },
  };

  return {
    runtime,
    sessions,
    execs,
    failNext: (call: Call, error: Error) => void failures.set(call, [...(failures.get(call) ?? []), error]),
    answerExec: (fn: typeof answer) => void (answer = fn),
    down: () => void (reachable = false),
    up: () => void (reachable = true),
    restart: () => sessions.forEach((s) => s.machines.forEach((m) => (m.running = false))),
  };
}
