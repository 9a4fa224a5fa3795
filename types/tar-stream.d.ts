// The part of tar-stream 2.x the lab runtime uses (the package ships no types).
declare module "tar-stream" {
  import type { Readable, Writable } from "node:stream";
  export type Headers = {
    name: string;
    size?: number;
    mode?: number;
    uid?: number;
    gid?: number;
    mtime?: Date;
    type?: "file" | "directory" | "symlink" | "link" | "character-device" | "block-device" | "fifo" | "pax-header" | string;
  };
  export interface Pack extends Readable {
    entry(header: Headers, buffer?: Buffer | string, callback?: (err?: Error) => void): Writable;
    finalize(): void;
  }
  export interface Extract extends Writable {
    on(event: "entry", listener: (header: Headers, stream: Readable, next: () => void) => void): this;
    on(event: "finish" | "close", listener: () => void): this;
    on(event: "error", listener: (error: Error) => void): this;
  }
  export function pack(): Pack;
  export function extract(): Extract;
}
