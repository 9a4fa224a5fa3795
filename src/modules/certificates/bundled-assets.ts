import fs from "node:fs/promises";
import path from "node:path";

// Fonts and the SVG renderer come from npm packages, read from disk at run time: nothing is fetched.
const root = () => path.join(process.cwd(), "node_modules");
const cache = new Map<string, Promise<Buffer>>();
function read(rel: string): Promise<Buffer> {
  let pending = cache.get(rel);
  if (!pending) cache.set(rel, (pending = fs.readFile(path.join(root(), rel))));
  return pending;
}

export const fontRegular = () => read("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
export const fontBold = () => read("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
export const resvgWasm = () => read("@resvg/resvg-wasm/index_bg.wasm");
