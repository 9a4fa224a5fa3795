const STYLES = {
  note: { box: "border-sky-300 bg-sky-50", label: "Note" },
  tip: { box: "border-emerald-300 bg-emerald-50", label: "Tip" },
  warning: { box: "border-amber-400 bg-amber-50", label: "Warning" },
} as const;

export function Callout({ type = "note", title, children }: { type?: keyof typeof STYLES; title?: string; children?: React.ReactNode }) {
  const style = STYLES[type] ?? STYLES.note;
  return (
    <aside role="note" aria-label={title ?? style.label} className={`my-5 rounded-md border-l-4 p-4 ${style.box} [&>p:first-of-type]:mt-1`}>
      <p className="m-0 font-semibold">{title ?? style.label}</p>
      {children}
    </aside>
  );
}
