/**
 * Splits `---\nyaml\n---\nbody`. The body keeps blank lines in place of the frontmatter so that
 * line numbers reported while parsing it are the line numbers of the file.
 */
export function splitFrontmatter(source: string): { frontmatter: string | null; body: string; bodyLineOffset: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(source);
  if (!match) return { frontmatter: null, body: source, bodyLineOffset: 0 };
  const consumed = match[0].split("\n").length - 1;
  return { frontmatter: match[1], body: "\n".repeat(consumed) + source.slice(match[0].length), bodyLineOffset: consumed };
}
