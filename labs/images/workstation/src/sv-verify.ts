// sv-verify: verifies a Cyberwall signed-video clip. Exit: 0 VALID, 1 VALID WITH MISSING FRAMES, 2 INVALID, 3 NOT SIGNED, 4 usage/IO.
import fs from "node:fs";
import { formatFrameList, verifyClip } from "../../shared/clip-format";
import { readVerifierArgs } from "./cli-args";

const { json, files, rootPem } = readVerifierArgs(
  "sv-verify",
  "usage: sv-verify [--json] [--root vendor-root.pem] CLIP.cwsv...\nVerifies per-GOP signatures, the GOP chain and every frame hash; reports VALID, VALID WITH MISSING FRAMES, INVALID (frames) or NOT SIGNED.",
);
const codes = { VALID: 0, "VALID WITH MISSING FRAMES": 1, INVALID: 2, "NOT SIGNED": 3 } as const;
let worst = 0;
for (const file of files) {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    console.error(`sv-verify: cannot read ${file}`);
    process.exit(4);
  }
  const r = verifyClip(text, rootPem);
  worst = Math.max(worst, codes[r.verdict]);
  if (json) {
    console.log(JSON.stringify({ file, ...r }));
    continue;
  }
  console.log(`${file}: ${r.verdict}`);
  console.log(`  clip ${r.clipId ?? "?"}, ${r.frames} frames, ${r.gops} signed GOPs`);
  if (r.invalidFrames.length) console.log(`  invalid frames: ${formatFrameList(r.invalidFrames)}`);
  if (r.missingFrames.length) console.log(`  missing frames: ${formatFrameList(r.missingFrames)}`);
  for (const n of r.notes) console.log(`  note: ${n}`);
  if (r.verdict !== "NOT SIGNED" && r.signer) {
    console.log(`  signed by: ${r.signer}`);
    console.log(`  key chains to vendor root: ${r.chainsToVendorRoot ? "yes" : `NO (${r.chainReason})`}`);
  }
}
process.exit(worst);
