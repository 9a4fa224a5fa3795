"use client";
import { useActionState } from "react";
import { signInAction } from "@/src/modules/accounts/actions";
import { FormField } from "@/src/components/form-field";
import { SubmitButton } from "@/src/components/submit-button";

export function SignInForm() {
  const [state, action] = useActionState(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <FormField
        name="email"
        label="Email"
        type="email"
        defaultValue={state.values?.email}
        error={state.errors?.email}
        autoComplete="email"
        required
      />
      <FormField name="password" label="Password" type="password" error={state.errors?.password} autoComplete="current-password" required />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
