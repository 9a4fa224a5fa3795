"use client";
import { useActionState } from "react";
import { revokeCertificateAction } from "@/src/modules/certificates/actions";
import { SubmitButton } from "@/src/components/submit-button";

export function RevokeForm({ certificateId }: { certificateId: string }) {
  const [state, action] = useActionState(revokeCertificateAction, {});
  if (state.ok)
    return (
      <p role="status" className="text-sm text-emerald-800">
        {state.message}
      </p>
    );
  return (
    <form action={action} className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="certificateId" value={certificateId} />
      <div className="min-w-48 flex-1">
        <label htmlFor={`reason-${certificateId}`} className="sr-only">
          Reason for revoking
        </label>
        <input
          id={`reason-${certificateId}`}
          name="reason"
          placeholder="Reason for revoking"
          className="mt-0"
          defaultValue={state.values?.reason}
        />
        {(state.errors?.reason || state.message) && (
          <p className="form-error" role="alert">
            {state.errors?.reason ?? state.message}
          </p>
        )}
      </div>
      <SubmitButton className="btn-secondary" pendingText="Revoking…">
        Revoke
      </SubmitButton>
    </form>
  );
}
