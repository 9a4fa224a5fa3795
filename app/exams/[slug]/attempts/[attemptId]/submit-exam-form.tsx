"use client";
import { useActionState } from "react";
import { submitAttemptAction } from "@/src/modules/exams/actions";
import { SubmitButton } from "@/src/components/submit-button";

export function SubmitExamForm({ attemptId, unanswered }: { attemptId: string; unanswered: number }) {
  const [state, action] = useActionState(submitAttemptAction, {});
  return (
    <form
      action={action}
      className="card space-y-2"
      onSubmit={(e) => {
        if (unanswered > 0 && !window.confirm(`${unanswered} question(s) are unanswered. Submit anyway?`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="attemptId" value={attemptId} />
      <p className="text-sm">{unanswered === 0 ? "All questions answered." : `${unanswered} unanswered.`} Submitting ends the exam.</p>
      {state.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <SubmitButton pendingText="Grading…">Submit exam</SubmitButton>
    </form>
  );
}
