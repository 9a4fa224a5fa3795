import { verifyJwt } from "@/src/modules/certificates/check-certificate";
import { verifyInputSchema } from "@/src/modules/certificates/schema";

export const dynamic = "force-dynamic";

/** POST a VC-JWT (raw body, or JSON {"jwt": "..."}) and get its status. Public. */
export async function POST(req: Request) {
  if (Number(req.headers.get("content-length") ?? 0) > 40_000) return Response.json({ error: "Credential too large." }, { status: 413 });
  const text = (await req.text()).slice(0, 20_001);
  let jwt = text;
  if ((req.headers.get("content-type") ?? "").includes("json")) {
    try {
      jwt = String((JSON.parse(text) as { jwt?: unknown }).jwt ?? "");
    } catch {
      return Response.json({ error: "Body is not valid JSON." }, { status: 400 });
    }
  }
  const parsed = verifyInputSchema.safeParse({ jwt });
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0].message }, { status: 400 });
  return Response.json(await verifyJwt(parsed.data.jwt), { headers: { "cache-control": "no-store" } });
}
