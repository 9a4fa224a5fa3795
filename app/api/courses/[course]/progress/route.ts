import { authorizeRequest } from "@/src/server/auth/guards";
import { getLearnerCourseProgress } from "@/src/modules/courses/queries";

export const dynamic = "force-dynamic";

// Per-learner state for the statically rendered course and lesson pages, fetched after load.
export async function GET(_request: Request, { params }: { params: Promise<{ course: string }> }) {
  const { user, error } = await authorizeRequest();
  if (error) return error;
  const { course } = await params;
  const progress = await getLearnerCourseProgress(user.id, course);
  if (!progress) return Response.json({ error: "Unknown course." }, { status: 404 });
  return Response.json(progress, { headers: { "Cache-Control": "private, no-store" } });
}
