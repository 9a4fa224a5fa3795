// `npm run content:check`: every problem in trainer-authored content as `file:line: message`.
// Each domain contributes one checker; the exit code is non-zero when any of them found a problem.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue, type ContentIssue } from "../src/modules/content/content-issue";
import { checkCourses } from "../src/modules/courses/check-courses";
import { checkExamContent } from "../src/modules/exams/check-exam-content";
import { checkLabContent } from "../src/modules/labs/check-lab-content";
import { checkPartnerContent } from "../src/modules/partners/load-partner-config";

type Checker = { name: string; run: (root: string) => Promise<ContentIssue[]> };

const CHECKERS: Checker[] = [
  { name: "courses", run: checkCourses },
  { name: "exams", run: (root) => checkExamContent(path.join(root, "content/exams")) },
  { name: "labs", run: (root) => checkLabContent(path.join(root, "labs")) },
  { name: "partners", run: async (root) => checkPartnerContent(root) },
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let total = 0;
for (const checker of CHECKERS) {
  const issues = await checker.run(root);
  for (const issue of issues) console.error(formatIssue(issue));
  console.log(`${checker.name}: ${issues.length === 0 ? "ok" : `${issues.length} problem(s)`}`);
  total += issues.length;
}
if (total > 0) {
  console.error(`\nContent check failed: ${total} problem(s).`);
  process.exit(1);
}
