"use client";
import { useActionState } from "react";
import { createOrgAction } from "@/src/modules/admin/actions";
import { FormField } from "@/src/components/form-field";
import { SubmitButton } from "@/src/components/submit-button";

export function CreateOrgForm({ tiers }: { tiers: { id: string; title: string }[] }) {
  const [state, action] = useActionState(createOrgAction, {});
  const v = state.values ?? {};
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      {state.message && (
        <p role="status" className="text-sm">
          {state.message}
        </p>
      )}
      <FormField name="name" label="Organisation name" defaultValue={v.name} error={state.errors?.name} required maxLength={120} />
      <FormField
        name="code"
        label="Organisation code"
        defaultValue={v.code}
        error={state.errors?.code}
        hint="Staff type it when signing up."
        required
        maxLength={32}
      />
      <div>
        <label htmlFor="tier">Tier</label>
        <select id="tier" name="tier" defaultValue={v.tier ?? "AUTHORIZED"}>
          {tiers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pendingText="Creating…">Create organisation</SubmitButton>
    </form>
  );
}
