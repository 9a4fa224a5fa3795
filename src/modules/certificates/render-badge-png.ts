import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { fontBold, fontRegular, resvgWasm } from "./bundled-assets";

let ready: Promise<void> | undefined;
const rendered = new Map<string, Promise<Buffer>>();

/** Rasterises a badge SVG (same picture, 512 px) with the bundled DejaVu fonts; cached per SVG text. */
export function renderBadgePng(svg: string): Promise<Buffer> {
  let pending = rendered.get(svg);
  if (!pending) {
    pending = (async () => {
      ready ??= resvgWasm().then((wasm) => initWasm(wasm));
      await ready;
      const fontBuffers = [new Uint8Array(await fontBold()), new Uint8Array(await fontRegular())];
      const png = new Resvg(svg, { font: { fontBuffers, defaultFontFamily: "DejaVu Sans", loadSystemFonts: false } }).render().asPng();
      return Buffer.from(png);
    })();
    pending.catch(() => rendered.delete(svg));
    rendered.set(svg, pending);
  }
  return pending;
}
