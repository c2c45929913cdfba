import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../i18n/index.tsx";
import { useDebouncedCommit } from "../store/pendingEdits.ts";

export interface TextFieldProps {
  label: string;
  hint?: string;
  /** The value in the store; the field keeps its own draft while the person types. */
  value: string;
  /**
   * Receives valid values only (present when required, not too long), after a short pause in
   * typing or at once on blur; an invalid draft is shown with its error and not committed.
   */
  onCommit(value: string): void;
  maxLength?: number;
  /** An extra check of the draft: returns the message to show, or null when it is fine. */
  validate?: (text: string) => string | null;
  multiline?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  className?: string;
  /** Extra content after the input (e.g. a button). */
  children?: ReactNode;
}

/** A labelled text input that saves as the person types (debounced) and flushes on blur. */
export function TextField({
  label,
  hint,
  value,
  onCommit,
  maxLength,
  validate: extraCheck,
  multiline = false,
  required = false,
  autoFocus = false,
  className,
  children,
}: TextFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const commit = useDebouncedCommit(onCommit);
  const control = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  // The value changed under the field (another tab wrote it): show it, unless the person is in
  // the field or has a draft waiting, whose commit then merges with it.
  useEffect(() => {
    if (commit.isWaiting() || document.activeElement === control.current) return;
    setDraft(value);
  }, [value, commit]);

  // A field focused on arrival holds a placeholder value: select it so typing replaces it.
  useEffect(() => {
    if (autoFocus) control.current?.select();
  }, [autoFocus]);

  function change(next: string) {
    setDraft(next);
    const problem = check(next);
    setError(problem);
    if (problem === null) commit.schedule(next);
  }

  function check(text: string): string | null {
    if (required && text.trim().length === 0) return t.common.required;
    if (maxLength !== undefined && text.length > maxLength) return t.common.tooLong(maxLength);
    return extraCheck?.(text) ?? null;
  }

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    ref: control,
    value: draft,
    dir: "auto" as const,
    maxLength,
    required,
    autoFocus,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    onBlur: () => commit.flush(),
  };

  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="field-control">
        {multiline ? (
          <textarea {...common} rows={5} onChange={(event) => change(event.target.value)} />
        ) : (
          <input {...common} type="text" onChange={(event) => change(event.target.value)} />
        )}
        {children}
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
