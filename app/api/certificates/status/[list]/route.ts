import { signedStatusList } from "@/src/modules/certificates/check-certificate";
import { STATUS_LIST_ID } from "@/src/modules/certificates/issuer-identity";

export const dynamic = "force-dynamic";

/** The revocation BitstringStatusListCredential, as a VC-JWT (signed fresh: revocations show at once). */
export async function GET(_req: Request, { params }: { params: Promise<{ list: string }> }) {
  if ((await params).list !== STATUS_LIST_ID) return Response.json({ error: "No such status list." }, { status: 404 });
  return new Response(await signedStatusList(), { headers: { "content-type": "application/vc+jwt", "cache-control": "no-store" } });
}
