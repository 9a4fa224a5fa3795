import { authorizeRequest } from "@/src/server/auth/guards";
import { findCertificate } from "@/src/modules/certificates/queries";

export const dynamic = "force-dynamic";

/** The holder's signed credential (VC-JWT) to download and share; holder or admin only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user, error } = await authorizeRequest();
  if (error) return error;
  const cert = await findCertificate((await params).id);
  if (!cert || (cert.userId !== user.id && user.role !== "ADMIN")) return Response.json({ error: "Not found." }, { status: 404 });
  return new Response(cert.jwt, {
    headers: {
      "content-type": "application/vc+jwt",
      "content-disposition": `attachment; filename="certificate-${cert.id}.jwt"`,
      "cache-control": "no-store",
    },
  });
}
