// One problem in a trainer-authored file, printed as `file:line: message` by the content checkers.
export type ContentIssue = { file: string; line: number; message: string };

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}
