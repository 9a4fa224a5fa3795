"use client";
import { useActionState } from "react";
import type { FormState } from "@/src/server/action";
import { useFormStatus } from "react-dom";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  ariaLabel?: string;
  className?: string;
  confirm?: string;
  children?: React.ReactNode; // extra visible inputs (e.g. a select or reason field)
};

/** A one-button form for a server action, with hidden inputs and the action's message beside it. */
export function ActionForm({ action, fields, label, ariaLabel, className = "btn-secondary", confirm, children }: Props) {
  const [state, formAction] = useActionState(action, {});
  const error = state.message ?? Object.values(state.errors ?? {})[0];
  return (
    <form
      action={formAction}
      className="inline-flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Submit className={className} ariaLabel={ariaLabel}>
        {label}
      </Submit>
      {error && (
        <span role={state.ok === false ? "alert" : "status"} className={state.ok === false ? "form-error" : "text-sm text-slate-600"}>
          {error}
        </span>
      )}
    </form>
  );
}

function Submit({ children, className, ariaLabel }: { children: React.ReactNode; className: string; ariaLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} aria-label={ariaLabel} disabled={pending} aria-busy={pending}>
      {children}
    </button>
  );
}
