// The one cache for content read from files (courses, labs, exams, partner config), with one rule:
// files are the source of truth, so an entry is re-read once it is older than the TTL: a minute in
// production (trainers edit content on a running academy), a second elsewhere. `invalidateContent()`
// (SIGHUP on the server) drops every entry at once. A load that fails is never kept.
const TTL_MS = () => (process.env.NODE_ENV === "production" ? 60_000 : 1_000);

// On globalThis because Next may load this module once per route bundle, and server.ts's SIGHUP must
// clear the entries every bundle reads.
type Entries = Map<string, { at: number; value: unknown }>;
const g = globalThis as typeof globalThis & { academyContentCache?: Entries };
const entries = (g.academyContentCache ??= new Map());

export function cacheContent<T>(key: string, load: () => T, now = Date.now()): T {
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS()) return hit.value as T;
  const value = load();
  entries.set(key, { at: now, value });
  if (value instanceof Promise) value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  return value;
}

export function invalidateContent(): void {
  entries.clear();
}
