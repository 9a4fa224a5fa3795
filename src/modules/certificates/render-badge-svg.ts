// The achievement's badge in the academy's design: a navy shield with a camera lens and the title.
const esc = (s: string) => s.replace(/[<>&"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** Greedy word wrap into at most `lines` lines of about `width` characters. */
function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/u)) {
    const last = out.at(-1);
    if (last !== undefined && (last + " " + word).length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length > lines
    ? [
        ...out.slice(0, lines - 1),
        `${out
          .slice(lines - 1)
          .join(" ")
          .slice(0, width - 1)}…`,
      ]
    : out;
}

export function renderBadgeSvg(achievement: { title: string; programme: string }): string {
  const lines = wrap(achievement.title, 21, 3);
  const title = lines
    .map(
      (l, i) =>
        `<text x="256" y="${356 + (i - (lines.length - 1) / 2) * 34}" font-family="DejaVu Sans, sans-serif" font-size="27" font-weight="bold" fill="#ffffff" text-anchor="middle">${esc(l)}</text>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512" role="img" aria-label="${esc(achievement.title)} badge">
<title>${esc(achievement.title)}</title>
<path d="M256 16 L464 88 V250 C464 370 372 452 256 496 C140 452 48 370 48 250 V88 Z" fill="#0c4a6e" stroke="#38bdf8" stroke-width="10"/>
<path d="M256 44 L436 106 V250 C436 352 358 424 256 464 C154 424 76 352 76 250 V106 Z" fill="none" stroke="#0369a1" stroke-width="3"/>
<text x="256" y="118" font-family="DejaVu Sans, sans-serif" font-size="17" font-weight="bold" fill="#bae6fd" text-anchor="middle" letter-spacing="3">CYBERWALL ACADEMY</text>
<circle cx="256" cy="210" r="66" fill="#082f49" stroke="#e0f2fe" stroke-width="8"/>
<circle cx="256" cy="210" r="36" fill="#0ea5e9"/><circle cx="256" cy="210" r="16" fill="#082f49"/><circle cx="270" cy="196" r="7" fill="#e0f2fe"/>
<path d="M226 150 h60 l10 -14 h-80 z" fill="#e0f2fe"/>
${title}
<text x="256" y="424" font-family="DejaVu Sans, sans-serif" font-size="13" font-weight="bold" fill="#bae6fd" text-anchor="middle" letter-spacing="2">${esc(achievement.programme.toUpperCase().slice(0, 30))}</text>
</svg>
`;
}
