"use client";
import { useActionState } from "react";
import { signUpAction } from "@/src/modules/accounts/actions";
import { FormField } from "@/src/components/form-field";
import { SubmitButton } from "@/src/components/submit-button";
import { PASSWORD_POLICY_TEXT } from "@/src/modules/accounts/check-password";

// With an invite link's token the account joins that organisation directly; a typed code only asks to join.
export function SignUpForm({ organizationCode, invite }: { organizationCode?: string; invite?: string }) {
  const [state, action] = useActionState(signUpAction, {});
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p className="notice" role="alert">
          {state.message}
        </p>
      )}
      <FormField name="name" label="Full name" defaultValue={v.name} error={state.errors?.name} autoComplete="name" required />
      <FormField name="email" label="Email" type="email" defaultValue={v.email} error={state.errors?.email} autoComplete="email" required />
      <FormField
        name="password"
        label="Password"
        type="password"
        error={state.errors?.password}
        hint={PASSWORD_POLICY_TEXT}
        autoComplete="new-password"
        required
      />
      {invite || v.invite ? (
        <input type="hidden" name="invite" value={v.invite ?? invite} />
      ) : (
        <FormField
          name="organizationCode"
          label="Partner organisation code (optional)"
          defaultValue={v.organizationCode ?? organizationCode}
          error={state.errors?.organizationCode}
          hint="Given to you by your partner manager; they approve your request to join."
        />
      )}
      <SubmitButton pendingText="Creating account…">Create account</SubmitButton>
    </form>
  );
}
