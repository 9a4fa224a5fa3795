import { Fragment } from "react";

/**
 * The small Markdown subset exam stems use: paragraphs, line breaks, `code` and **bold**.
 * Rendered as React text (escaped), never as raw HTML.
 */
export function MarkdownText({ text, className }: { text: string; className?: string }) {
  const paragraphs = text.trim().split(/\n\s*\n/u);
  return (
    <div className={className}>
      {paragraphs.map((p, i) => (
        <p key={i} className="mb-2 last:mb-0">
          {p.split("\n").map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {inline(line)}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}

function inline(line: string) {
  return line.split(/(`[^`]+`|\*\*[^*]+\*\*)/u).map((part, k) =>
    part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
      <code key={k} className="rounded bg-slate-100 px-1 text-[0.95em]">
        {part.slice(1, -1)}
      </code>
    ) : part.startsWith("**") && part.endsWith("**") && part.length > 3 ? (
      <strong key={k}>{part.slice(2, -2)}</strong>
    ) : (
      <Fragment key={k}>{part}</Fragment>
    ),
  );
}
