import type { Participant, Rating, StakeholderGroup } from "@coeval/core";
import { useId } from "react";
import type { AnswerOption } from "./answers.ts";
import { useSessionMessages } from "./messages.ts";
import type { RatingActions } from "./RatingStep.tsx";

/**
 * After a show of hands: how many chose each answer, group by group. The core spreads the
 * counts over the group's members present, since the figures only read counts.
 */
export function CountEntry({
  participants,
  groups,
  current,
  options,
  actions,
}: {
  participants: readonly Participant[];
  groups: readonly StakeholderGroup[];
  current: ReadonlyMap<string, Rating>;
  options: readonly AnswerOption[];
  actions: RatingActions;
}) {
  const t = useSessionMessages();
  const id = useId();
  return (
    <div className="count-entry">
      <p className="field-hint">{t.countsIntro}</p>
      {groups.map((group) => {
        const members = participants.filter((p) => p.groupId === group.id);
        if (members.length === 0) return null;
        const memberIds = members.map((p) => p.id);
        const counts = options.map((option) => ({
          value: option.value,
          count: members.filter((p) => current.get(p.id)?.value === option.value).length,
        }));
        const total = counts.reduce((sum, c) => sum + c.count, 0);
        return (
          <fieldset key={group.id} className="count-group">
            <legend dir="auto">{group.label}</legend>
            <div className="count-inputs">
              {options.map((option, index) => {
                const inputId = `${id}-${group.id}-${index}`;
                return (
                  <div key={String(option.value)} className="field count-field">
                    <label htmlFor={inputId} dir="auto">
                      {option.label}
                    </label>
                    <input
                      id={inputId}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={members.length}
                      value={counts[index]?.count ?? 0}
                      aria-label={t.countFor(group.label, option.label)}
                      onChange={(event) => {
                        const count = Number(event.target.value);
                        if (event.target.value === "" || !Number.isInteger(count)) return;
                        actions.counts(
                          memberIds,
                          counts.map((c, k) => (k === index ? { ...c, count } : c)),
                        );
                      }}
                    />
                  </div>
                );
              })}
            </div>
            <p className="muted">{t.countTotal(total, members.length)}</p>
          </fieldset>
        );
      })}
    </div>
  );
}
