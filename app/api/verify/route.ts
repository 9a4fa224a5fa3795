import { verifyJwt } from "@/src/modules/certificates/check-certificate";
import { ExtractError, extractCredential } from "@/src/modules/certificates/extract-credential";
import { verifyInputSchema } from "@/src/modules/certificates/schema";

export const dynamic = "force-dynamic";
const MAX_BYTES = 3_000_000; // a certificate PDF is ~100 KB; a badge ~40 KB

/**
 * POST a credential and get its status. Public. The body is the VC-JWT (raw, or JSON {"jwt": "..."}), or
 * a file that carries one: a baked badge (PNG/SVG), the certificate PDF, the wallet JSON.
 */
export async function POST(req: Request) {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BYTES) return Response.json({ error: "File too large." }, { status: 413 });
  const bytes = Buffer.from(await req.arrayBuffer());
  if (bytes.length > MAX_BYTES) return Response.json({ error: "File too large." }, { status: 413 });
  let extracted;
  try {
    extracted = await extractCredential(bytes);
  } catch (e) {
    if (e instanceof ExtractError) return Response.json({ error: e.message }, { status: 400 });
    throw e;
  }
  const parsed = verifyInputSchema.safeParse({ jwt: extracted.jwt });
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0].message }, { status: 400 });
  return Response.json({ ...(await verifyJwt(parsed.data.jwt)), from: extracted.from }, { headers: { "cache-control": "no-store" } });
}
