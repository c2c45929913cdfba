import type { Ref } from "react";

interface CodeInputProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  invalid: boolean;
  describedBy: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/** A digits-only unlock code, masked, that no password manager offers to remember. */
export function CodeInput({ id, value, onChange, invalid, describedBy, ref }: CodeInputProps) {
  return (
    <input
      ref={ref}
      id={id}
      className="code-input"
      type="password"
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      value={value}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value.trim())}
    />
  );
}
