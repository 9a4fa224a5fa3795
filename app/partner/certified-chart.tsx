// Certified staff over time as an inline SVG line chart (no chart library; server-rendered).
type Point = { at: Date; count: number };

const W = 640,
  H = 200,
  PAD = { l: 32, r: 12, t: 12, b: 28 };
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });

export function CertifiedChart({ points }: { points: Point[] }) {
  if (points.length < 2) return null;
  const max = Math.max(1, ...points.map((p) => p.count));
  const x = (i: number) => PAD.l + (i / (points.length - 1)) * (W - PAD.l - PAD.r);
  const y = (v: number) => H - PAD.b - (v / max) * (H - PAD.t - PAD.b);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.count).toFixed(1)}`).join(" ");
  const ticks = Array.from(new Set([0, Math.ceil(max / 2), max]));
  const last = points[points.length - 1];
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        className="w-full max-w-3xl"
        data-testid="certified-chart"
      >
        <title id="chart-title">Certified staff over time</title>
        <desc id="chart-desc">{`Staff holding a valid certificate, monthly over the last ${points.length - 1} months; now ${last.count}.`}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
            <text x={PAD.l - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#475569">
              {t}
            </text>
          </g>
        ))}
        {points.map(
          (p, i) =>
            (i % 6 === 0 || i === points.length - 1) && (
              <text key={i} x={x(i)} y={H - 8} textAnchor="middle" fontSize="11" fill="#475569">
                {i === points.length - 1 ? "now" : monthFormat.format(p.at)}
              </text>
            ),
        )}
        <path d={path} fill="none" stroke="#075985" strokeWidth="2" />
        {points.map((p, i) => (
          <circle key={i} cx={x(i)} cy={y(p.count)} r="2.5" fill="#075985">
            <title>{`${monthFormat.format(p.at)}: ${p.count}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
