import type { ComponentProps } from "react";
import { ActionForm } from "./action-form";

type Props = Pick<ComponentProps<typeof ActionForm>, "action" | "fields"> & {
  name: string;
  value: string;
  what: string; // "role": the button says "Save role", the select is labelled "Role for <subject>"
  subject: string;
  options: { value: string; label: string }[];
};

/** A one-select ActionForm: the admin tables' way of changing one field of one row. */
export function SelectActionForm({ action, fields, name, value, what, subject, options }: Props) {
  return (
    <ActionForm action={action} fields={fields} label={`Save ${what}`} ariaLabel={`Save ${what} for ${subject}`}>
      <select
        name={name}
        defaultValue={value}
        aria-label={`${what[0].toUpperCase()}${what.slice(1)} for ${subject}`}
        className="mt-0 w-auto"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </ActionForm>
  );
}
