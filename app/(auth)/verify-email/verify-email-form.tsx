"use client";
import { useActionState } from "react";
import { verifyEmailAction } from "@/src/modules/accounts/actions";
import { SubmitButton } from "@/src/components/submit-button";

// A button, not the GET of the link, confirms: mail scanners open links but do not submit forms.
export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action] = useActionState(verifyEmailAction, {});
  return (
    <form action={action} className="mt-4 space-y-4">
      {(state.message || state.errors?.token) && (
        <p className="notice" role="alert">
          {state.message ?? state.errors?.token}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText="Confirming…">Confirm my address</SubmitButton>
    </form>
  );
}
