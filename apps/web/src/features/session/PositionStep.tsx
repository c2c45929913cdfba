import {
  type Criterion,
  currentPosition,
  type Dissent,
  type PositionInput,
  PositionStatus,
  primaryOrdinalIndicator,
  statusHasLevel,
} from "@coeval/core";
import { useId, useRef, useState } from "react";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useCycleContext } from "../cycle/useCycle.ts";
import { shownLevels } from "./answers.ts";
import { type SessionMessages, useSessionMessages } from "./messages.ts";
import { useCriterionResults } from "./RevealStep.tsx";

const NO_LEVEL = "none";

/**
 * The collective position: the agreed level or "no agreement", how it was reached, why,
 * the dissent that remains and by whom, strengths and weaknesses. Every change saves;
 * a combination the core refuses (a status that needs a level, without one) stays on
 * screen with the reason until it is completed.
 */
export function PositionStep({
  cycleId,
  sessionId,
  criterion,
}: {
  cycleId: string;
  sessionId: string;
  criterion: Criterion;
}) {
  const t = useSessionMessages();
  const id = useId();
  const context = useCycleContext(cycleId);
  const results = useCriterionResults(context, criterion.id, "final");
  const saved = context ? currentPosition(context.cycle, criterion.id) : undefined;
  const [draft, setDraftState] = useState<PositionInput>(() => ({
    criterionId: criterion.id,
    sessionId: saved?.sessionId ?? sessionId,
    level: saved?.level ?? null,
    status: saved?.status ?? "notDiscussed",
    rationale: saved?.rationale ?? "",
    dissents: saved?.dissents.map((d) => ({ ...d })) ?? [],
    strengths: saved?.strengths ?? [],
    weaknesses: saved?.weaknesses ?? [],
  }));
  const latest = useRef(draft);
  const { dispatch, refusal } = useWorkspaceEdit();
  const primary = primaryOrdinalIndicator(criterion);
  const levels = primary ? shownLevels(primary, t) : [];

  // Groups that may be named as holding a dissent: those whose figures are shown (core rule).
  const shownGroups = (results?.criteria[0]?.stats?.groups ?? []).map((g) => ({
    id: g.groupId,
    label: g.label,
  }));

  function change(patch: Partial<PositionInput>) {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraftState(next);
    dispatch({ type: "position.set", cycleId, ...next });
  }

  function chooseLevel(value: string) {
    if (value === NO_LEVEL) {
      change({ level: null, status: "noAgreement" });
      return;
    }
    const level = Number(value);
    change({
      level,
      status: statusHasLevel(latest.current.status) ? latest.current.status : "consensus",
    });
  }

  function chooseStatus(status: PositionStatus) {
    change(statusHasLevel(status) ? { status } : { status, level: null });
  }

  const dissents = draft.dissents ?? [];
  const setDissent = (index: number, dissent: Dissent) =>
    change({
      dissents: (latest.current.dissents ?? []).map((d, k) => (k === index ? dissent : d)),
    });

  return (
    <div className="position-step">
      <p>{t.positionIntro}</p>
      {levels.length > 0 && (
        <fieldset className="level-choice">
          <legend>{t.agreedLevel}</legend>
          <div className="level-options">
            {levels.map((level) => (
              <label
                key={level.value}
                className={draft.level === level.value ? "selected" : undefined}
              >
                <input
                  type="radio"
                  name={`${id}-level`}
                  value={level.value}
                  checked={draft.level === level.value}
                  onChange={(event) => chooseLevel(event.target.value)}
                />
                <span dir="auto">
                  {level.value} · {level.label}
                </span>
              </label>
            ))}
            <label
              className={
                draft.level === null && draft.status === "noAgreement" ? "selected" : undefined
              }
            >
              <input
                type="radio"
                name={`${id}-level`}
                value={NO_LEVEL}
                checked={draft.level === null && draft.status === "noAgreement"}
                onChange={(event) => chooseLevel(event.target.value)}
              />
              <span>{t.noLevel}</span>
            </label>
          </div>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-status`}>{t.statusLabel}</label>
        <select
          id={`${id}-status`}
          value={draft.status}
          onChange={(event) => chooseStatus(PositionStatus.parse(event.target.value))}
        >
          {PositionStatus.options
            .filter((status) => levels.length > 0 || !statusHasLevel(status))
            .map((status) => (
              <option key={status} value={status}>
                {t.statuses[status]}
              </option>
            ))}
        </select>
      </div>
      <RefusalNotice refusal={refusal} />
      <TextField
        label={t.rationale}
        value={draft.rationale ?? ""}
        multiline
        maxLength={20_000}
        onCommit={(rationale) => change({ rationale })}
      />

      <fieldset className="list-editor">
        <legend>{t.dissents}</legend>
        {dissents.map((dissent, index) => (
          // Dissents have no id of their own: their place in the list is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: items are only appended or removed with the list re-keyed
          <div key={`${index}-${dissents.length}`} className="dissent">
            <TextField
              label={t.dissentText(index + 1)}
              value={dissent.text}
              multiline
              maxLength={20_000}
              onCommit={(text) =>
                setDissent(index, { ...(latest.current.dissents?.[index] ?? dissent), text })
              }
            />
            {shownGroups.length > 0 && (
              <fieldset className="inline-checks">
                <legend>{t.dissentGroups}</legend>
                {shownGroups.map((group) => {
                  const inputId = `${id}-dissent-${index}-${group.id}`;
                  return (
                    <span key={group.id} className="checkbox">
                      <input
                        id={inputId}
                        type="checkbox"
                        checked={dissent.groupIds.includes(group.id)}
                        onChange={(event) => {
                          const currentDissent = latest.current.dissents?.[index] ?? dissent;
                          setDissent(index, {
                            ...currentDissent,
                            groupIds: event.target.checked
                              ? [...currentDissent.groupIds, group.id]
                              : currentDissent.groupIds.filter((g) => g !== group.id),
                          });
                        }}
                      />
                      <label htmlFor={inputId} dir="auto">
                        {group.label}
                      </label>
                    </span>
                  );
                })}
              </fieldset>
            )}
            <button
              type="button"
              className="button-quiet"
              onClick={() =>
                change({ dissents: (latest.current.dissents ?? []).filter((_, k) => k !== index) })
              }
            >
              {t.removeItem(t.dissentText(index + 1))}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            const next = [...(latest.current.dissents ?? []), { text: "", groupIds: [] }];
            latest.current = { ...latest.current, dissents: next };
            setDraftState(latest.current);
          }}
        >
          {t.addDissent}
        </button>
      </fieldset>

      <TextList
        legend={t.strengths}
        items={draft.strengths ?? []}
        itemLabel={t.strength}
        addLabel={t.addStrength}
        t={t}
        onChange={(strengths) => change({ strengths })}
        onAddBlank={() => {
          latest.current = {
            ...latest.current,
            strengths: [...(latest.current.strengths ?? []), ""],
          };
          setDraftState(latest.current);
        }}
        latest={() => latest.current.strengths ?? []}
      />
      <TextList
        legend={t.weaknesses}
        items={draft.weaknesses ?? []}
        itemLabel={t.weakness}
        addLabel={t.addWeakness}
        t={t}
        onChange={(weaknesses) => change({ weaknesses })}
        onAddBlank={() => {
          latest.current = {
            ...latest.current,
            weaknesses: [...(latest.current.weaknesses ?? []), ""],
          };
          setDraftState(latest.current);
        }}
        latest={() => latest.current.weaknesses ?? []}
      />
    </div>
  );
}

function TextList({
  legend,
  items,
  itemLabel,
  addLabel,
  t,
  onChange,
  onAddBlank,
  latest,
}: {
  legend: string;
  items: readonly string[];
  itemLabel: (index: number) => string;
  addLabel: string;
  t: SessionMessages;
  onChange(items: string[]): void;
  onAddBlank(): void;
  latest(): readonly string[];
}) {
  return (
    <fieldset className="list-editor">
      <legend>{legend}</legend>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: plain texts without ids; the list is re-keyed on removal
        <div key={`${index}-${items.length}`} className="list-item">
          <TextField
            label={itemLabel(index + 1)}
            value={item}
            maxLength={20_000}
            onCommit={(text) => onChange(latest().map((value, k) => (k === index ? text : value)))}
          />
          <button
            type="button"
            className="button-quiet"
            onClick={() => onChange(latest().filter((_, k) => k !== index))}
          >
            {t.removeItem(itemLabel(index + 1))}
          </button>
        </div>
      ))}
      <button type="button" onClick={onAddBlank}>
        {addLabel}
      </button>
    </fieldset>
  );
}
