"use client";
import { useActionState } from "react";
import { startAttemptAction } from "@/src/modules/exams/actions";
import { SubmitButton } from "@/src/components/submit-button";

export function StartForm({ examSlug, label }: { examSlug: string; label: string }) {
  const [state, action] = useActionState(startAttemptAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="examSlug" value={examSlug} />
      {state.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <SubmitButton pendingText="Preparing your paper…">{label}</SubmitButton>
    </form>
  );
}
