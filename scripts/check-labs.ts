// `npm run labs:check`: validates every lab's files, then proves each lab in real containers — every
// check fails on the fresh lab, each step's solve script makes its check pass — and destroys it.
// Usage: npm run labs:check [-- --lab <slug>] [--no-fixtures] [--validate-only]
import { parseArgs } from "node:util";
import { checkLabContent } from "../src/modules/labs/check-lab-content";
import { checkLabSolvable, type LabReport } from "../src/modules/labs/check-lab-solvable";
import { listLabs } from "../src/modules/labs/catalog";
import { FIXTURE_LABS_DIR } from "../src/modules/labs/lab-config";
import { formatIssue } from "../src/modules/content/content-issue";
import { createDockerLabRuntime } from "../src/modules/labs/runtime/docker-lab-runtime";
import { ensureFixtureImage } from "../src/modules/labs/runtime/build-fixture-image";
import { pingEngine } from "../src/modules/labs/runtime/ping-engine";

const { values } = parseArgs({
  options: { lab: { type: "string" }, "no-fixtures": { type: "boolean" }, "validate-only": { type: "boolean" } },
});
const roots = [process.env.LABS_DIR ?? "labs", ...(values["no-fixtures"] ? [] : [FIXTURE_LABS_DIR])];

const issues = (await Promise.all(roots.map((r) => checkLabContent(r)))).flat();
for (const issue of issues) console.error(formatIssue(issue));
const labs = (await listLabs(roots)).filter((l) => !values.lab || l.slug === values.lab);
console.log(`Validated ${labs.length} lab(s)${issues.length ? `; ${issues.length} problem(s) above` : ""}.`);
if (values["validate-only"]) process.exit(issues.length ? 1 : 0);

const engine = await pingEngine();
if (!engine.ok) {
  console.error(`Docker Engine unreachable (${engine.error}): run scripts/setup-lab-engine.sh first.`);
  process.exit(1);
}
if (labs.some((l) => l.dir.startsWith(FIXTURE_LABS_DIR))) await ensureFixtureImage();

// Its own owner label: the checker never touches an academy's sessions, and its leftovers are recognisable.
const runtime = createDockerLabRuntime(`labs-check-${process.pid}`);
const concurrency = Number(process.env.LABS_CHECK_CONCURRENCY ?? 2);
const reports: LabReport[] = [];
const queue = [...labs];
await Promise.all(
  Array.from({ length: Math.max(1, concurrency) }, async () => {
    for (let lab = queue.shift(); lab; lab = queue.shift()) {
      const report = await checkLabSolvable(runtime, lab, process.env.LAB_SUBNET_POOL || undefined);
      reports.push(report);
      print(report);
    }
  }),
);

function print(r: LabReport) {
  console.log(`\n${r.ok ? "PASS" : "FAIL"} ${r.slug} (${r.seconds.toFixed(1)} s)`);
  if (r.error) console.log(`  error: ${r.error}`);
  for (const s of r.steps) {
    const fresh = s.fresh.passed ? `FAIL passes on a fresh lab ("${s.fresh.feedback}")` : "ok fails fresh";
    const solved = !s.solved
      ? "not reached"
      : s.solved.passed
        ? "ok passes after solve"
        : `FAIL still fails after solve (exit ${s.solved.solveExit}): "${s.solved.feedback}"${s.solved.solveOutput ? `\n      solve output: ${s.solved.solveOutput}` : ""}`;
    console.log(`  ${s.stepId}: ${fresh}; ${solved}`);
  }
}

const failed = reports.filter((r) => !r.ok).length;
console.log(`\n${reports.length - failed}/${reports.length} lab(s) solvable and unsolved-failing; ${issues.length} content problem(s).`);
process.exit(failed || issues.length ? 1 : 0);
