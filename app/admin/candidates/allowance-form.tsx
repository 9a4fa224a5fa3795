"use client";
import { useActionState } from "react";
import { setAllowanceAction } from "@/src/modules/exams/actions";
import { FormField } from "@/src/components/form-field";
import { SubmitButton } from "@/src/components/submit-button";

export function AllowanceForm() {
  const [state, action] = useActionState(setAllowanceAction, {});
  return (
    <form action={action} className="grid gap-3 md:grid-cols-4 md:items-end" noValidate>
      <FormField
        name="email"
        label="Candidate email"
        type="email"
        error={state.errors?.email}
        defaultValue={state.values?.email}
        required
      />
      <FormField
        name="extraMinutes"
        label="Extra minutes"
        type="number"
        error={state.errors?.extraMinutes}
        defaultValue={state.values?.extraMinutes ?? "15"}
        required
      />
      <FormField name="reason" label="Reason (optional)" error={state.errors?.reason} defaultValue={state.values?.reason} maxLength={200} />
      <SubmitButton pendingText="Saving…">Set extra time</SubmitButton>
      {state.message && (
        <p className={`md:col-span-4 ${state.ok ? "notice" : "form-error"}`} role="status">
          {state.message}
        </p>
      )}
    </form>
  );
}
