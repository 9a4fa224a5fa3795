// advisory: reads OSV-style JSON advisories (https://ossf.github.io/osv-schema/) and matches them to an SBOM.
//   advisory list | advisory show ID|FILE | advisory check SBOM.json    (--dir DIR to use other advisories)
import fs from "node:fs";
import path from "node:path";

type Event = { introduced?: string; fixed?: string; last_affected?: string };
type Osv = {
  id: string;
  summary?: string;
  details?: string;
  aliases?: string[];
  published?: string;
  modified?: string;
  severity?: { type: string; score: string }[];
  database_specific?: { severity?: string };
  affected?: {
    package: { name: string; ecosystem?: string; purl?: string };
    ranges?: { type: string; events: Event[] }[];
    versions?: string[];
  }[];
  references?: { type: string; url: string }[];
};

const args = process.argv.slice(2);
const dirIdx = args.indexOf("--dir");
const dir = dirIdx >= 0 ? args[dirIdx + 1] : process.env.CYBERWALL_ADVISORIES || "/usr/local/share/cyberwall/advisories";
const [cmd, target] = args.filter((a, i) => !a.startsWith("--") && (dirIdx < 0 || i !== dirIdx + 1));

function load(): Osv[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
  } catch (e) {
    console.error(`advisory: cannot read advisories in ${dir}: ${(e as Error).message}`);
    process.exit(4);
  }
}
const severity = (a: Osv) => a.database_specific?.severity ?? a.severity?.[0]?.score ?? "UNKNOWN";

/** "9.3p2" vs "9.8p1": compares digit runs numerically and letter runs lexically. */
function compareLoose(a: string, b: string): number {
  const ta = a.match(/\d+|[a-z]+/gi) ?? [];
  const tb = b.match(/\d+|[a-z]+/gi) ?? [];
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i] ?? "";
    const y = tb[i] ?? "";
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return 0;
}
function affects(events: Event[], version: string): boolean {
  let hit = false;
  for (const e of events) {
    if (e.introduced !== undefined && (e.introduced === "0" || compareLoose(version, e.introduced) >= 0)) hit = true;
    if (e.fixed !== undefined && compareLoose(version, e.fixed) >= 0) hit = false;
    if (e.last_affected !== undefined && compareLoose(version, e.last_affected) > 0) hit = false;
  }
  return hit;
}
const fixedIn = (events: Event[]) => events.find((e) => e.fixed)?.fixed;

function show(a: Osv) {
  console.log(`${a.id}${a.aliases?.length ? ` (${a.aliases.join(", ")})` : ""}  severity ${severity(a)}`);
  if (a.summary) console.log(`  ${a.summary}`);
  if (a.details) console.log(a.details.replace(/^/gm, "  "));
  for (const af of a.affected ?? [])
    for (const r of af.ranges ?? [])
      console.log(
        `  affects ${af.package.name}: ${r.events
          .map((e) =>
            Object.entries(e)
              .map(([k, v]) => `${k} ${v}`)
              .join(""),
          )
          .join(", ")}`,
      );
  for (const ref of a.references ?? []) console.log(`  ${ref.type.toLowerCase()}: ${ref.url}`);
}

if (cmd === "list" || !cmd) {
  for (const a of load())
    console.log(
      `${a.id.padEnd(16)} ${severity(a).padEnd(9)} ${(a.affected ?? [])
        .map((x) => x.package.name)
        .join(",")
        .padEnd(18)} ${a.summary ?? ""}`,
    );
} else if (cmd === "show") {
  const a =
    target && fs.existsSync(target)
      ? (JSON.parse(fs.readFileSync(target, "utf8")) as Osv)
      : load().find((x) => x.id === target || x.aliases?.includes(target ?? ""));
  if (!a) {
    console.error(`advisory: no advisory ${target}`);
    process.exit(4);
  }
  show(a);
} else if (cmd === "check") {
  let sbom: { packages?: { name: string; versionInfo?: string }[] };
  try {
    sbom = JSON.parse(fs.readFileSync(target ?? "", "utf8"));
  } catch {
    console.error("usage: advisory check SBOM.json   (SPDX 2.3 JSON, e.g. from /axis-cgi/sbom.cgi)");
    process.exit(4);
  }
  let hits = 0;
  for (const a of load()) {
    for (const af of a.affected ?? []) {
      const pkg = sbom.packages?.find((p) => p.name === af.package.name);
      if (!pkg?.versionInfo) continue;
      const range = (af.ranges ?? []).find((r) => affects(r.events, pkg.versionInfo!));
      if (range || af.versions?.includes(pkg.versionInfo)) {
        hits++;
        console.log(
          `AFFECTED  ${a.id}  ${af.package.name} ${pkg.versionInfo}${range && fixedIn(range.events) ? ` (fixed in ${fixedIn(range.events)})` : ""}  severity ${severity(a)}  ${a.summary ?? ""}`,
        );
      }
    }
  }
  console.log(hits ? `${hits} affected package(s)` : "no known advisory affects this SBOM");
  process.exit(hits ? 1 : 0);
} else {
  console.error("usage: advisory list | advisory show ID|FILE | advisory check SBOM.json  [--dir DIR]");
  process.exit(4);
}
