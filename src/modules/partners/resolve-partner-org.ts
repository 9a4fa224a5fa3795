// Which organisation a partner page may show. A partner manager always gets their own organisation,
// whatever the URL asks for; admins may pick any; everyone else gets none.
export function resolvePartnerOrg(user: { role: string; organizationId: string | null }, requestedOrgId?: string | null): string | null {
  if (user.role === "ADMIN") return requestedOrgId || user.organizationId;
  if (user.role === "PARTNER_MANAGER") return user.organizationId;
  return null;
}
