import { type Cycle, minGroupSizeOf } from "@coeval/core";
import { useEffect, useId, useState } from "react";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import type { CycleMessages } from "./messages.ts";

const THRESHOLD = /^\d{1,3}$/;

export interface ThresholdChange {
  minGroupSize: number;
  individualAnswersVisible?: boolean;
}

/** Says that anonymity is off, wherever the threshold of a cycle is shown. */
export function AnonymityOffNotice({ cycle, t }: { cycle: Cycle; t: CycleMessages }) {
  if (minGroupSizeOf(cycle) !== 1) return null;
  return <p className="anonymity-off">{t.anonymityOff}</p>;
}

/**
 * The anonymity threshold k. Any value from 2 to 100 is saved as typed; 1 shows every
 * answer, so it is saved only once confirmed in a dialog, asked when the person leaves
 * the field or presses Enter (not while typing "10"). Cancelling puts the saved value back.
 */
export function ThresholdField({
  cycle,
  t,
  onChange,
}: {
  cycle: Cycle;
  t: CycleMessages;
  onChange(change: ThresholdChange): void;
}) {
  const id = useId();
  const saved = minGroupSizeOf(cycle);
  const confirmed = cycle.anonymity.individualAnswersVisible === true;
  const [draft, setDraft] = useState(String(saved));
  const [asking, setAsking] = useState(false);
  useEffect(() => setDraft(String(saved)), [saved]);

  const value = THRESHOLD.test(draft.trim()) ? Number(draft) : Number.NaN;
  const valid = value >= 1 && value <= 100;
  const pending = value === 1 && !confirmed;

  function change(text: string) {
    setDraft(text);
    const next = THRESHOLD.test(text.trim()) ? Number(text) : Number.NaN;
    if (next >= 2 && next <= 100) onChange({ minGroupSize: next });
    else if (next === 1 && confirmed) onChange({ minGroupSize: 1 });
  }

  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  return (
    <div className="field">
      <label htmlFor={id}>{t.threshold}</label>
      <p className="field-hint" id={hintId}>
        {t.thresholdHint}
      </p>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        required
        value={draft}
        aria-invalid={valid ? undefined : true}
        aria-describedby={valid && !pending ? hintId : `${hintId} ${messageId}`}
        onChange={(event) => change(event.target.value)}
        onBlur={() => pending && setAsking(true)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && pending) {
            event.preventDefault();
            setAsking(true);
          }
        }}
      />
      {!valid && (
        <p className="field-error" id={messageId}>
          {t.thresholdInvalid}
        </p>
      )}
      {valid && pending && (
        <p className="field-hint" id={messageId}>
          {t.singleThresholdPending}
        </p>
      )}
      <AnonymityOffNotice cycle={cycle} t={t} />
      {asking && (
        <ConfirmDialog
          title={t.singleThresholdTitle}
          confirmLabel={t.singleThresholdConfirm}
          destructive
          onCancel={() => {
            setAsking(false);
            setDraft(String(saved));
          }}
          onConfirm={() => {
            setAsking(false);
            onChange({ minGroupSize: 1, individualAnswersVisible: true });
          }}
        >
          <p>{t.singleThresholdBody}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
