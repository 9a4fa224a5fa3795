import { z } from "zod";
import { authorizeRequest } from "@/src/server/auth/guards";
import { summariseLabStatus } from "@/src/modules/courses/summarise-lab-status";
import { getLabProgressForUsers } from "@/src/modules/labs/queries/report-progress";

export const dynamic = "force-dynamic";

const query = z.object({ lab: z.string().regex(/^[a-z0-9-]{1,80}$/u) });

// The learner's status in one lab, for the LabLink cards on static lesson pages.
export async function GET(request: Request) {
  const { user, error } = await authorizeRequest();
  if (error) return error;
  const parsed = query.safeParse({ lab: new URL(request.url).searchParams.get("lab") });
  if (!parsed.success) return Response.json({ error: "Bad lab slug." }, { status: 400 });
  const latest = (await getLabProgressForUsers([user.id])).find((p) => p.labSlug === parsed.data.lab);
  return Response.json(summariseLabStatus(latest), { headers: { "Cache-Control": "private, no-store" } });
}
