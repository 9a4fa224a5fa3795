/** LinkedIn's "Add to profile" link for a certification (its documented add-certification parameters). */
export function linkedInAddUrl(c: {
  name: string;
  organization: string;
  issuedAt: Date;
  validUntil: Date;
  id: string;
  url: string;
}): string {
  const q = new URLSearchParams({
    startTask: "CERTIFICATION_NAME",
    name: c.name,
    organizationName: c.organization,
    issueYear: String(c.issuedAt.getUTCFullYear()),
    issueMonth: String(c.issuedAt.getUTCMonth() + 1),
    expirationYear: String(c.validUntil.getUTCFullYear()),
    expirationMonth: String(c.validUntil.getUTCMonth() + 1),
    certId: c.id,
    certUrl: c.url,
  });
  return `https://www.linkedin.com/profile/add?${q}`;
}
