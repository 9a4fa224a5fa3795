import { achievementBadgeSvg } from "@/src/modules/certificates/certificate-files";
import { renderBadgePng } from "@/src/modules/certificates/render-badge-png";

export const dynamic = "force-dynamic";

/** The achievement's badge image (public; credentials point to it as achievement.image): <exam>.svg or <exam>.png. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const m = /^([a-z0-9-]+)\.(svg|png)$/u.exec((await params).file);
  const svg = m ? await achievementBadgeSvg(m[1]) : null;
  if (!m || !svg) return Response.json({ error: "No such badge." }, { status: 404 });
  const headers = { "cache-control": "public, max-age=3600" };
  if (m[2] === "svg") return new Response(svg, { headers: { ...headers, "content-type": "image/svg+xml" } });
  return new Response(new Uint8Array(await renderBadgePng(svg)), { headers: { ...headers, "content-type": "image/png" } });
}
