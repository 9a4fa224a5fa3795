import path from "node:path";

export type DatabaseLocation = { kind: "sqlite"; file: string } | { kind: "postgresql"; url: string };

/** Where DATABASE_URL points: a SQLite file (relative to the working directory, as Prisma reads it) or a PostgreSQL server. */
export function databaseLocation(url: string): DatabaseLocation {
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgresql", url };
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be file:… or postgresql://…, not ${url.split(":")[0]}:…`);
  return { kind: "sqlite", file: path.resolve(url.slice("file:".length).split("?")[0]) };
}
