type Props = {
  name: string;
  label: string;
  type?: string;
  error?: string;
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  maxLength?: number;
};

/** Label, input, hint and error wired together for screen readers. */
export function FormField({ name, label, type = "text", error, defaultValue, hint, required, autoComplete, maxLength }: Props) {
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
