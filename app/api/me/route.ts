import { getCurrentUser } from "@/src/server/auth/guards";

export const dynamic = "force-dynamic";

// Who is signed in, for client-rendered chrome on statically served pages.
export async function GET() {
  const user = await getCurrentUser();
  const body = user ? { id: user.id, name: user.name, role: user.role } : null;
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
