import { loadIssuerKey } from "@/src/modules/certificates/issuer-key";
import { didDocument } from "@/src/modules/certificates/issuer-identity";

export const dynamic = "force-dynamic";

/** did:web resolution: the issuer's DID document with its Ed25519 public key. */
export async function GET() {
  const key = await loadIssuerKey();
  return Response.json(didDocument(key.publicJwk), { headers: { "content-type": "application/did+json", "cache-control": "public, max-age=300" } });
}
