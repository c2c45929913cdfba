import type { Participant, Rating, RatingValue, StakeholderGroup } from "@coeval/core";
import { type KeyboardEvent, memo, useId, useRef } from "react";
import { type AnswerOption, answerLabel } from "./answers.ts";
import { type SessionMessages, useSessionMessages } from "./messages.ts";
import type { RatingActions } from "./RatingStep.tsx";

/**
 * The facilitator's quick entry (paper, show of hands): one row per person, one radio per
 * answer. Every click saves. Native radios give the keyboard for free (Tab to the next
 * person, arrows to change the answer); a digit, N, ? or Delete answer at once.
 */
export function QuickTable({
  participants,
  groups,
  current,
  options,
  actions,
  round,
}: {
  participants: readonly Participant[];
  groups: readonly StakeholderGroup[];
  current: ReadonlyMap<string, Rating>;
  options: readonly AnswerOption[];
  actions: RatingActions;
  round: 1 | 2;
}) {
  const t = useSessionMessages();
  const id = useId();
  const groupLabels = new Map(groups.map((g) => [g.id, g.label]));
  return (
    <div className="quick-table">
      <p className="field-hint" id={`${id}-hint`}>
        {t.tableHint}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="table-scroll" aria-label={t.tableCaption(round)} tabIndex={0}>
        <table aria-describedby={`${id}-hint`}>
          <caption className="visually-hidden">{t.tableCaption(round)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.participant}</th>
              {options.map((option) => (
                <th scope="col" key={String(option.value)} className="answer-col">
                  <span className="answer-key">
                    {typeof option.value === "number" ? option.value : option.key.toUpperCase()}
                  </span>
                  <span className="answer-col-label" dir="auto">
                    {option.label}
                  </span>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t.clear}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <QuickRow
                key={participant.id}
                participant={participant}
                groupLabel={groupLabels.get(participant.groupId) ?? ""}
                value={current.get(participant.id)?.value}
                options={options}
                actions={actions}
                t={t}
              />
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

const QuickRow = memo(function QuickRow({
  participant,
  groupLabel,
  value,
  options,
  actions,
  t,
}: {
  participant: Participant;
  groupLabel: string;
  value: RatingValue | undefined;
  options: readonly AnswerOption[];
  actions: RatingActions;
  t: SessionMessages;
}) {
  const row = useRef<HTMLTableRowElement>(null);
  const name = `answer-${participant.id}`;

  function focusAnswer(answer: RatingValue) {
    row.current?.querySelector<HTMLInputElement>(`input[value="${String(answer)}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== "radio") return;
    if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      if (value !== undefined) actions.clear(participant.id);
      return;
    }
    const typed = event.key.toLowerCase();
    const option = options.find((candidate) => candidate.key === typed);
    if (!option) return;
    event.preventDefault();
    if (option.value !== value) actions.record(participant.id, option.value);
    focusAnswer(option.value);
  }

  return (
    <tr ref={row} onKeyDown={onKeyDown}>
      <th scope="row">
        <span className="row-name" dir="auto">
          {participant.pseudonym}
        </span>
        {groupLabel && (
          <span className="row-group" dir="auto">
            {groupLabel}
          </span>
        )}
      </th>
      {options.map((option) => (
        <td key={String(option.value)} className="answer-cell">
          <input
            type="radio"
            name={name}
            value={String(option.value)}
            checked={value === option.value}
            aria-label={t.cellLabel(participant.pseudonym, option.label)}
            onChange={() => actions.record(participant.id, option.value)}
          />
        </td>
      ))}
      <td>
        <button
          type="button"
          className="button-quiet clear-button"
          tabIndex={-1}
          disabled={value === undefined}
          aria-label={t.clearFor(participant.pseudonym)}
          title={value === undefined ? undefined : answerLabel(options, value)}
          onClick={() => actions.clear(participant.id)}
        >
          {t.clear}
        </button>
      </td>
    </tr>
  );
});
