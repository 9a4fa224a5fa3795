// The shared front of sv-verify and fw-inspect: `[--json] [--root vendor-root.pem] FILE...`.
// Usage and I/O problems exit 4, so scripts can tell them from a verdict.
import fs from "node:fs";

export function readVerifierArgs(name: string, usage: string) {
  const args = process.argv.slice(2);
  const rootIdx = args.indexOf("--root");
  const rootFile = rootIdx >= 0 ? args[rootIdx + 1] : process.env.CYBERWALL_VENDOR_ROOT || "/usr/local/share/cyberwall/vendor-root.pem";
  const files = args.filter((a, i) => !a.startsWith("--") && (rootIdx < 0 || i !== rootIdx + 1));
  if (!files.length || args.includes("--help")) {
    console.log(usage);
    process.exit(files.length ? 0 : 4);
  }
  try {
    return { json: args.includes("--json"), files, rootPem: fs.readFileSync(rootFile, "utf8") };
  } catch {
    console.error(`${name}: cannot read vendor root ${rootFile}`);
    process.exit(4);
  }
}
