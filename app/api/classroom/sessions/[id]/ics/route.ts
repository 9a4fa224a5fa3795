import { authorizeRequest } from "@/src/server/auth/guards";
import { findEnrolment, findSession } from "@/src/modules/classroom/queries";
import { buildSessionIcs } from "@/src/modules/classroom/build-session-ics";
import { courseTitle } from "@/src/modules/classroom/course-titles";
import { canRunSession } from "@/src/modules/classroom/session-permission";

export const dynamic = "force-dynamic";

// The session's calendar for its trainer, admins and learners on the roster or waitlist.
// Only enrolled learners (and staff) get the virtual join link.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user, error } = await authorizeRequest();
  if (error) return error;
  const { id } = await params;
  const session = await findSession(id);
  if (!session) return Response.json({ error: "Not found." }, { status: 404 });
  const staff = canRunSession(user, session);
  const enrolment = staff ? null : await findEnrolment(id, user.id);
  if (!staff && (!enrolment || enrolment.status === "withdrawn")) return Response.json({ error: "Forbidden." }, { status: 403 });
  const seesLink = staff || enrolment?.status === "enrolled";
  const ics = buildSessionIcs({
    ...session,
    meetingUrl: seesLink ? session.meetingUrl : null,
    courseTitle: await courseTitle(session.courseSlug),
    trainerName: session.trainer.name,
    cancelled: session.cancelledAt !== null,
  });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="classroom-${id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
