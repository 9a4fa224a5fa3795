// Every action the audit log records: a typo in a new recordAudit call fails the type check, and the
// admin page filters by this list.
export const AUDIT_ACTIONS = [
  "action.denied",
  "auth.password_changed",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_in_unlocked",
  "auth.signed_out_everywhere",
  "certificate.revoked",
  "classroom.attendance_marked",
  "classroom.lab_planned",
  "classroom.lab_unplanned",
  "classroom.session_cancelled",
  "exam.allowance_set",
  "lab.access_denied",
  "lab.session_terminated",
  "lab.terminal_denied",
  "organization.created",
  "organization.tier_changed",
  "partner.invite_accepted",
  "partner.invite_created",
  "partner.join_approved",
  "partner.join_declined",
  "partner.join_requested",
  "partner.member_removed",
  "user.organization_changed",
  "user.role_changed",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
