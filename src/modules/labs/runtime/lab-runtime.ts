import type { Duplex } from "node:stream";
import type { ImageProfile } from "./image-profile";
import type { EngineStatus } from "./ping-engine";

// The one seam between lab sessions and a container engine (CONVENTIONS #7): a second engine
// (remote Docker, another runtime) implements this beside docker-lab-runtime.ts.

export type HostSpec = { name: string; image: string; tag: string; profile: ImageProfile; env: Record<string, string> };
export type SessionSpec = { sessionId: string; labSlug: string; subnet: string; expiresAt: Date; hosts: HostSpec[] };
/** `started` names the host a "Started" event is about, so callers can use a host before the others run. */
export type ProvisionEvent = { message: string; done: number; total: number; started?: string };
export type ExecResult = { exitCode: number; stdout: string; stderr: string; timedOut: boolean };
export type ExecOptions = { cmd: string[]; user?: string; env?: Record<string, string>; timeoutMs?: number; workingDir?: string };
type TerminalHandle = { stream: Duplex; resize(cols: number, rows: number): Promise<void>; close(): void };
/** Learner files to hand to another host as data: `source` is absolute in the source host, `as` is relative to `dest`; `root` (a folder under dest, mode 0700) is created even when nothing is found. */
export type CopyFilesOptions = { sources: { source: string; as: string }[]; dest: string; uid: number; maxBytes: number; root?: string };
export type CopyFilesResult = { found: string[]; missing: string[]; dropped: number };
type EngineCapacity = { memoryBytes: number; cpus: number };
/** `stopped`: containers that exist but do not run (an engine restart stops them all: no restart policy). */
export type LabelledSession = { sessionId: string; containers: string[]; stopped: number; networks: string[]; volumes: string[] };

export interface LabRuntime {
  /** Creates the session's network and hosts and starts them, reporting each stage. */
  provision(spec: SessionSpec, onEvent: (event: ProvisionEvent) => void): Promise<void>;
  exec(sessionId: string, host: string, options: ExecOptions): Promise<ExecResult>;
  openTerminal(
    sessionId: string,
    host: string,
    options: { user: string; cmd: string[]; cols: number; rows: number; env?: Record<string, string> },
  ): Promise<TerminalHandle>;
  /**
   * Copies files from one host of the session into another through the Engine API archive endpoint
   * (GET then PUT, size-bounded): nothing runs in the source host. Only files and folders are kept.
   */
  copyFiles(sessionId: string, from: string, to: string, options: CopyFilesOptions): Promise<CopyFilesResult>;
  /** Idempotent: removes every container, volume and network of the session. */
  destroy(sessionId: string): Promise<void>;
  /** Everything this academy instance labelled, for reconciliation after a crash. */
  listLabelled(): Promise<LabelledSession[]>;
  /** Is the engine reachable? Never throws: labs are optional for courses and exams. */
  ping(): Promise<EngineStatus>;
  /** The engine host's memory and CPUs, from which admission derives the global cap on running labs. */
  engineCapacity(): Promise<EngineCapacity>;
}
