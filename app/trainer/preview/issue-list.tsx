import { formatIssue, type ContentIssue } from "@/src/modules/content/content-issue";

/** Validation messages shown inline in the preview, as the content checker prints them. */
export function IssueList({ issues, empty = "No problems found." }: { issues: ContentIssue[]; empty?: string }) {
  if (issues.length === 0)
    return (
      <p className="text-sm text-green-800" data-testid="preview-ok">
        {empty}
      </p>
    );
  return (
    <ul className="space-y-1 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="preview-issues" role="list">
      {issues.map((issue, i) => (
        <li key={i}>
          <code>{formatIssue(issue)}</code>
        </li>
      ))}
    </ul>
  );
}
