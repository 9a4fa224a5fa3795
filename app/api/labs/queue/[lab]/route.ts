import { authorizeRequest } from "@/src/server/auth/guards";
import { crossSite } from "@/src/modules/labs/authorize-session";
import { describeQueue } from "@/src/modules/labs/admission/describe-queue";
import { leaveQueue } from "@/src/modules/labs/admission/leave-queue";
import { startLabSchema } from "@/src/modules/labs/schema";

export const dynamic = "force-dynamic";

const labOf = async (params: Promise<{ lab: string }>) => startLabSchema.shape.lab.safeParse((await params).lab);

/** The signed-in learner's own place in a lab's queue (never anyone else's). */
export async function GET(_request: Request, { params }: { params: Promise<{ lab: string }> }) {
  const { user, error } = await authorizeRequest();
  if (error) return error;
  const lab = await labOf(params);
  if (!lab.success) return Response.json({ error: "No such lab." }, { status: 404 });
  return Response.json(await describeQueue(user.id, lab.data));
}

/** Leave the queue. */
export async function DELETE(request: Request, { params }: { params: Promise<{ lab: string }> }) {
  if (crossSite(request)) return Response.json({ error: "Cross-site request refused." }, { status: 403 });
  const { user, error } = await authorizeRequest();
  if (error) return error;
  const lab = await labOf(params);
  if (!lab.success) return Response.json({ error: "No such lab." }, { status: 404 });
  return Response.json({ left: await leaveQueue(user.id, lab.data) });
}
