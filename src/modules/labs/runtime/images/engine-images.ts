// Image operations through the Engine API (docker-modem): exists, tag, import a rootfs tar, build a context tar.
import type { Readable } from "node:stream";
import { dockerCall, engine } from "../docker-engine";

type ProgressEvent = { stream?: string; status?: string; error?: string; errorDetail?: { message: string }; aux?: { ID?: string } };

export async function imageId(ref: string): Promise<string | null> {
  try {
    const info = await dockerCall<{ Id: string }>({ path: `/images/${encodeURIComponent(ref)}/json`, method: "GET" });
    return info.Id;
  } catch (e) {
    if ((e as { statusCode?: number }).statusCode === 404) return null;
    throw e;
  }
}

export async function tagImage(ref: string, repo: string, tag: string): Promise<void> {
  await dockerCall({ path: `/images/${encodeURIComponent(ref)}/tag?`, method: "POST", options: { repo, tag } });
}

/** Streams a POST whose answer is a JSON-lines progress stream; rejects on the first error event. */
function streamCall(options: Record<string, unknown>, onEvent: (e: ProgressEvent) => void): Promise<void> {
  const modem = engine();
  return new Promise((resolve, reject) => {
    modem.dial(
      { ...options, isStream: true, statusCodes: { 200: true, 400: "bad request", 404: "not found", 500: "server error" } } as never,
      (err: unknown, stream: unknown) => {
        if (err) return reject(err);
        let failure: string | undefined;
        modem.followProgress(
          stream as Readable,
          (doneErr: unknown) => (doneErr || failure ? reject(new Error(failure ?? String(doneErr))) : resolve()),
          (event: ProgressEvent) => {
            if (event.error || event.errorDetail) failure ??= event.errorDetail?.message ?? event.error;
            onEvent(event);
          },
        );
      },
    );
  });
}

/** POST /images/create?fromSrc=- : a root filesystem tar becomes an image. */
export function importRootfs(tar: Readable, repo: string, tag: string, changes: string[] = []): Promise<void> {
  return streamCall(
    {
      path: "/images/create?",
      method: "POST",
      options: { fromSrc: "-", repo, tag, ...(changes.length ? { changes } : {}) },
      file: tar,
      headers: { "Content-Type": "application/x-tar" },
    },
    () => undefined,
  );
}

/** POST /build with a context tar (classic builder; Dockerfiles use COPY only). */
export function buildImage(
  context: Readable,
  tags: string[],
  buildargs: Record<string, string>,
  log: (line: string) => void,
): Promise<void> {
  return streamCall(
    {
      path: "/build?",
      method: "POST",
      options: { t: tags, buildargs, rm: true, forcerm: true, pull: false },
      file: context,
      headers: { "Content-Type": "application/x-tar" },
    },
    (e) => {
      const line = (e.stream ?? e.status ?? "").trim();
      if (line) log(line);
    },
  );
}

/**
 * Untags older content-hash tags of `repo` except `keep` (images still used by a container stay: the engine
 * refuses with 409). Named tags (`current`, another checkout's LAB_IMAGE_TAG) are never touched.
 */
export async function pruneOldTags(repo: string, keep: string): Promise<string[]> {
  const images = await dockerCall<{ RepoTags: string[] | null }[]>({
    path: "/images/json?",
    method: "GET",
    options: { filters: { reference: [repo] } },
  });
  const removed: string[] = [];
  for (const tag of images.flatMap((i) => i.RepoTags ?? [])) {
    const name = tag.slice(repo.length + 1);
    if (!tag.startsWith(`${repo}:`) || name === keep || !/^[0-9a-f]{12}$/u.test(name)) continue;
    try {
      await dockerCall({ path: `/images/${encodeURIComponent(tag)}`, method: "DELETE" });
      removed.push(tag);
    } catch {
      // in use by a lab container: it goes once that container is gone and a later build prunes again
    }
  }
  return removed;
}
