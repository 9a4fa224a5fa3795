/** A numbered procedure: the ordered list inside gets step badges. */
export function Steps({ children }: { children?: React.ReactNode }) {
  return (
    <div className="steps my-5 rounded-md border border-slate-200 bg-white p-4 [&_ol]:list-none [&_ol]:space-y-3 [&_ol]:pl-0 [&_ol]:[counter-reset:step] [&_ol>li]:relative [&_ol>li]:pl-10 [&_ol>li]:[counter-increment:step] [&_ol>li]:before:absolute [&_ol>li]:before:left-0 [&_ol>li]:before:top-0 [&_ol>li]:before:flex [&_ol>li]:before:h-7 [&_ol>li]:before:w-7 [&_ol>li]:before:items-center [&_ol>li]:before:justify-center [&_ol>li]:before:rounded-full [&_ol>li]:before:bg-sky-800 [&_ol>li]:before:text-sm [&_ol>li]:before:font-semibold [&_ol>li]:before:text-white [&_ol>li]:before:content-[counter(step)]">
      {children}
    </div>
  );
}
