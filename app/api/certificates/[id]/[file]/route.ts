import { authorizeRequest } from "@/src/server/auth/guards";
import { findCertificate } from "@/src/modules/certificates/queries";
import { CERTIFICATE_FILES, certificateFile, type CertificateFile } from "@/src/modules/certificates/certificate-files";

export const dynamic = "force-dynamic";

/** The holder's downloads (baked badge SVG/PNG, PDF, VC-JWT, wallet JSON, transcript); holder or admin only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { user, error } = await authorizeRequest();
  if (error) return error;
  const { id, file } = await params;
  if (!(CERTIFICATE_FILES as readonly string[]).includes(file)) return Response.json({ error: "Not found." }, { status: 404 });
  const cert = await findCertificate(id);
  if (!cert || (cert.userId !== user.id && user.role !== "ADMIN")) return Response.json({ error: "Not found." }, { status: 404 });
  const out = await certificateFile(cert, file as CertificateFile);
  if (!out) return Response.json({ error: "This certificate has no such file." }, { status: 404 });
  const [stem, ext] = file.split(".");
  return new Response(typeof out.body === "string" ? out.body : new Uint8Array(out.body), {
    headers: {
      "content-type": out.type,
      "content-disposition": `attachment; filename="cyberwall-${stem}-${cert.id.slice(0, 8)}.${ext}"`,
      "cache-control": "private, no-store",
    },
  });
}
