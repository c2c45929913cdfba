import { useId, useState } from "react";
import { useDebouncedCommit } from "../../store/pendingEdits.ts";

/** "12,5" and "12.5" are both read as 12.5; an empty field is `undefined`; anything else is `null`. */
export function readNumber(text: string): number | undefined | null {
  const trimmed = text.trim().replace(/\s/g, "").replace(",", ".");
  if (trimmed === "") return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** A labelled number that saves as typed; an empty field clears the value when it is optional. */
export function NumberField({
  label,
  value,
  onCommit,
  invalidMessage,
  required = false,
  integer = false,
  className,
}: {
  label: string;
  value: number | undefined;
  onCommit(value: number | undefined): void;
  invalidMessage: string;
  required?: boolean;
  integer?: boolean;
  className?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value === undefined ? "" : String(value));
  const [invalid, setInvalid] = useState(false);
  const commit = useDebouncedCommit(onCommit);

  function change(text: string) {
    setDraft(text);
    const read = readNumber(text);
    const bad =
      read === null ||
      (read === undefined && required) ||
      (integer && read !== undefined && !Number.isInteger(read));
    setInvalid(bad);
    if (!bad) commit.schedule(read ?? undefined);
  }

  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={integer ? "numeric" : "decimal"}
        value={draft}
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={() => commit.flush()}
      />
      {invalid && (
        <p className="field-error" id={`${id}-error`}>
          {invalidMessage}
        </p>
      )}
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
