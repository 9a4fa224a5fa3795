export function Figure({ src, alt, caption }: { src: string; alt: string; caption?: string }) {
  return (
    <figure className="my-6">
      {/* Plain <img>: lesson figures are small static SVGs from public/, nothing to optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} loading="lazy" className="mx-auto max-h-[28rem] max-w-full rounded-md border border-slate-200 bg-white" />
      {caption ? <figcaption className="mt-2 text-center text-sm text-slate-600">{caption}</figcaption> : null}
    </figure>
  );
}
