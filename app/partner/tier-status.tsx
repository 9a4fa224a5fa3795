import type { TierEvaluation } from "@/src/modules/partners/evaluate-tier";

type Props = { tierTitle: string; now: TierEvaluation; later: TierEvaluation; horizonDays: number };

export function TierStatus({ tierTitle, now, later, horizonDays }: Props) {
  const verdict = (e: TierEvaluation) => (e.meets ? "Meets" : "Does not meet");
  return (
    <section className="card space-y-3">
      <h2>{tierTitle} tier requirements</h2>
      <p data-testid="tier-now" className={now.meets ? "text-green-800" : "text-red-800"}>
        <strong>Now:</strong> {verdict(now)} the {tierTitle} requirements.
      </p>
      <p data-testid="tier-later" className={later.meets ? "text-green-800" : "text-red-800"}>
        <strong>In {horizonDays} days:</strong> {verdict(later)} the {tierTitle} requirements.
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th className="py-1">Requirement</th>
            <th>Required</th>
            <th>Now</th>
            <th>In {horizonDays} days</th>
          </tr>
        </thead>
        <tbody>
          {now.checks.map((c, i) => (
            <tr key={c.key} className="border-t border-slate-100" data-testid={`requirement-${c.key}`}>
              <td className="py-1">{c.label}</td>
              <td>{c.required}</td>
              <td>
                {c.actual} {c.met ? "✓" : "✗"}
              </td>
              <td>
                {later.checks[i].actual} {later.checks[i].met ? "✓" : "✗"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
