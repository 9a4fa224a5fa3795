import Link from "next/link";

/**
 * A glossary term: the definition shows on hover and on keyboard focus (CSS only, so it works on a
 * static page without JavaScript); the link leads to the glossary entry.
 */
export function Term({
  href,
  definition,
  tooltipId,
  children,
}: {
  href: string;
  definition?: string;
  tooltipId: string;
  children?: React.ReactNode;
}) {
  return (
    <span className="group relative inline-block">
      <Link
        href={href}
        aria-describedby={definition ? tooltipId : undefined}
        className="border-b border-dotted border-sky-700 text-inherit no-underline hover:no-underline"
      >
        {children}
      </Link>
      {definition ? (
        <span
          role="tooltip"
          id={tooltipId}
          className="invisible absolute bottom-full left-0 z-20 mb-2 w-72 rounded-md bg-slate-900 p-3 text-left text-xs font-normal leading-snug text-white opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100"
        >
          {definition}
        </span>
      ) : null}
    </span>
  );
}
