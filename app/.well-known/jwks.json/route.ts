import { loadIssuerKeys } from "@/src/modules/certificates/issuer-key";
import { jwkSet } from "@/src/modules/certificates/issuer-identity";

export const dynamic = "force-dynamic";

/** The issuer keys as a JWK Set; each `kid` is the DID URL that credentials name in their JOSE header. */
export async function GET() {
  const keys = await loadIssuerKeys();
  return Response.json(jwkSet([keys.rs256.publicJwk, keys.eddsa.publicJwk]), { headers: { "cache-control": "public, max-age=300" } });
}
