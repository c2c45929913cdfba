import { type Ref, useId } from "react";

/**
 * Plain labelled fields whose value the caller holds (a form's draft before it is submitted),
 * unlike `TextField`, which keeps its own draft and saves as the person types.
 */
interface FieldProps {
  /** Only where something outside finds the field by it; a fresh one otherwise. */
  id?: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Added to the wrapper's `field` class. */
  className?: string;
}

/** A labelled one-line text input; user text, so `dir="auto"`. */
export function InputField({
  id: givenId,
  label,
  value,
  onChange,
  className,
  maxLength,
  required,
  autoFocus,
  placeholder,
  inputRef,
}: FieldProps & {
  maxLength?: number | undefined;
  placeholder?: string;
  required?: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const freshId = useId();
  const id = givenId ?? freshId;
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        dir="auto"
        required={required}
        placeholder={placeholder}
        maxLength={maxLength}
        // biome-ignore lint/a11y/noAutofocus: only forms opened on request ask for it, to type at once
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** A labelled select; `emptyOption` adds a first choice with the value "". */
export function SelectField({
  id: givenId,
  label,
  value,
  onChange,
  className,
  options,
  emptyOption,
}: FieldProps & {
  options: readonly { value: string; label: string }[];
  emptyOption?: string;
}) {
  const freshId = useId();
  const id = givenId ?? freshId;
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Items with an id and a label (groups, dimensions) as select options. */
export function labelledOptions(
  items: readonly { id: string; label: string }[],
): { value: string; label: string }[] {
  return items.map((item) => ({ value: item.id, label: item.label }));
}

/** An enumeration's values as select options, each with its label. */
export function enumOptions<Value extends string>(
  values: readonly Value[],
  labels: Record<Value, string>,
): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
