"use client";
import { useActionState } from "react";
import { changePasswordAction } from "@/src/modules/accounts/actions";
import { FormField } from "@/src/components/form-field";
import { SubmitButton } from "@/src/components/submit-button";
import { PASSWORD_POLICY_TEXT } from "@/src/modules/accounts/check-password";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p className={state.ok ? "notice" : "form-error"} role="status">
          {state.message}
        </p>
      )}
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        error={state.errors?.currentPassword}
        autoComplete="current-password"
        required
      />
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        error={state.errors?.newPassword}
        hint={PASSWORD_POLICY_TEXT}
        autoComplete="new-password"
        required
      />
      <FormField
        name="confirmPassword"
        label="Repeat new password"
        type="password"
        error={state.errors?.confirmPassword}
        autoComplete="new-password"
        required
      />
      <SubmitButton pendingText="Saving…">Change password</SubmitButton>
    </form>
  );
}
