import { loadIssuerKey } from "@/src/modules/certificates/issuer-key";
import { verificationMethodId } from "@/src/modules/certificates/issuer-identity";

export const dynamic = "force-dynamic";

/** The issuer key as a JWK Set; `kid` is the DID URL that credentials name in their JWT header. */
export async function GET() {
  const key = await loadIssuerKey();
  return Response.json({ keys: [{ ...key.publicJwk, kid: verificationMethodId(key.kid) }] }, { headers: { "cache-control": "public, max-age=300" } });
}
