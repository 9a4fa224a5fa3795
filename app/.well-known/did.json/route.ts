import { loadIssuerKeys } from "@/src/modules/certificates/issuer-key";
import { didDocument } from "@/src/modules/certificates/issuer-identity";

export const dynamic = "force-dynamic";

/** did:web resolution: the issuer's DID document with its RSA (credentials) and Ed25519 (status list, older credentials) keys. */
export async function GET() {
  const keys = await loadIssuerKeys();
  return Response.json(didDocument([keys.rs256.publicJwk, keys.eddsa.publicJwk]), {
    headers: { "content-type": "application/did+json", "cache-control": "public, max-age=300" },
  });
}
