import { authorizeRequest } from "@/src/server/auth/guards";
import { resolvePartnerOrg } from "@/src/modules/partners/resolve-partner-org";
import { loadPartnerOverview } from "@/src/modules/partners/load-partner-overview";
import { buildStaffCsv } from "@/src/modules/partners/build-staff-csv";

export const dynamic = "force-dynamic";

// A partner manager downloads their own organisation's staff; admins may pass ?org=<id>.
export async function GET(request: Request) {
  const { user, error } = await authorizeRequest("PARTNER_MANAGER");
  if (error) return error;
  const orgId = resolvePartnerOrg(user, new URL(request.url).searchParams.get("org"));
  if (!orgId) return Response.json({ error: "No organisation." }, { status: 404 });
  const overview = await loadPartnerOverview(orgId);
  if (!overview) return Response.json({ error: "No organisation." }, { status: 404 });
  const date = new Date().toISOString().slice(0, 10);
  const name = `${overview.org.code.toLowerCase().replace(/[^a-z0-9-]/gu, "")}-staff-${date}.csv`;
  return new Response(buildStaffCsv(overview), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
