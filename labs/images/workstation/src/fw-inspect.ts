// fw-inspect: shows a firmware image's version, model, track, signer and whether the signature is valid
// and chained to the vendor root. Exit 0 when signed and trusted, 1 otherwise, 4 on usage/IO errors.
import fs from "node:fs";
import { checkFirmware, parseFirmware } from "../../shared/firmware-format";
import { readVerifierArgs } from "./cli-args";

const { json, files, rootPem } = readVerifierArgs("fw-inspect", "usage: fw-inspect [--json] [--root vendor-root.pem] FIRMWARE.cwfw...");
let status = 0;
for (const file of files) {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    console.error(`fw-inspect: cannot read ${file}`);
    process.exit(4);
  }
  const check = checkFirmware(buf, rootPem);
  const header = "header" in check ? check.header : undefined;
  const signer = "signer" in check ? check.signer : undefined;
  let signed: boolean;
  try {
    signed = parseFirmware(buf).signature !== null;
  } catch {
    signed = false;
  }
  const verdict = {
    ok: "VALID (signed by the vendor)",
    corrupt: "CORRUPT",
    unsigned: "NOT SIGNED",
    "bad-signature": "INVALID SIGNATURE",
    "untrusted-signer": "UNTRUSTED SIGNER",
  }[check.status];
  if (check.status !== "ok") status = 1;
  if (json) {
    console.log(
      JSON.stringify({
        file,
        status: check.status,
        reason: "reason" in check ? check.reason : undefined,
        signed,
        signer,
        header: header && { ...header, components: undefined },
      }),
    );
    continue;
  }
  console.log(file);
  if (header) {
    console.log(`  product:   ${header.product} ${header.version} (${header.track}, end of support ${header.endOfSupport})`);
    console.log(`  model:     ${header.model}`);
    console.log(`  built:     ${header.buildDate}`);
    console.log(`  payload:   ${header.payloadSize} bytes, sha256 ${header.payloadSha256}`);
  }
  console.log(`  signer:    ${signer ?? (signed ? "(unreadable)" : "none")}`);
  console.log(`  signature: ${verdict}${"reason" in check ? ` - ${check.reason}` : ""}`);
}
process.exit(status);
