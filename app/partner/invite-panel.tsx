"use client";
import { useActionState } from "react";
import { createInviteAction } from "@/src/modules/partners/actions";
import { SubmitButton } from "@/src/components/submit-button";

/** Creates an invite link and shows it once (only a hash is stored). */
export function InvitePanel() {
  const [state, action] = useActionState(createInviteAction, {});
  const link = state.ok && state.message ? `${typeof window === "undefined" ? "" : window.location.origin}${state.message}` : null;
  return (
    <form action={action} className="space-y-2">
      <SubmitButton pendingText="Creating…">Create invite link</SubmitButton>
      {state.ok === false && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {link && (
        <div>
          <label htmlFor="invite-link">Invite link (valid 14 days; copy it now, it is not shown again)</label>
          <input id="invite-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </form>
  );
}
