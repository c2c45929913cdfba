import {
  type Criterion,
  currentRatings,
  type OrdinalIndicator,
  type Participant,
  type Rating,
  type RatingValue,
  recordGroupCounts,
  recordRating,
  type ValidationIssue,
  withdrawRating,
} from "@coeval/core";
import { useCallback, useMemo, useState } from "react";
import { Refusal } from "../cycle/Refusal.tsx";
import { editDeps, useCycleContext, type useCycleEditor } from "../cycle/useCycle.ts";
import { answerOptions, ordinalIndicators } from "./answers.ts";
import { CountEntry } from "./CountEntry.tsx";
import { HandOverForm } from "./HandOverForm.tsx";
import { type EntryMode, rememberEntryMode, rememberedEntryMode } from "./lastPlace.ts";
import { useSessionMessages } from "./messages.ts";
import { PassTheDevice } from "./PassTheDevice.tsx";
import { markRecordStart } from "./performanceMarks.ts";
import { QuickTable } from "./QuickTable.tsx";
import { RevealView } from "./RevealStep.tsx";

export interface RatingActions {
  record(participantId: string, value: RatingValue, comment?: string): void;
  clear(participantId: string): void;
  counts(participantIds: readonly string[], counts: { value: RatingValue; count: number }[]): void;
}

/** Records answers on one indicator and round through the core; its refusals go to `onIssues`. */
export function ratingActions(
  apply: ReturnType<typeof useCycleEditor>,
  at: { sessionId: string; criterionId: string; indicatorId: string; round: 1 | 2 },
  onIssues: (issues: ValidationIssue[]) => void,
): RatingActions {
  return {
    record(participantId, value, comment) {
      markRecordStart();
      onIssues(
        apply(({ cycle, grid, organisation }) =>
          recordRating(
            cycle,
            { ...at, participantId, value, ...(comment ? { comment } : {}) },
            { ...editDeps(), grid, organisation },
          ),
        ),
      );
    },
    clear(participantId) {
      onIssues(
        apply(({ cycle }) =>
          withdrawRating(cycle, {
            participantId,
            indicatorId: at.indicatorId,
            round: at.round,
          }),
        ),
      );
    },
    counts(participantIds, counts) {
      markRecordStart();
      onIssues(
        apply(({ cycle, grid, organisation }) =>
          recordGroupCounts(
            cycle,
            { ...at, participantIds, counts },
            { ...editDeps(), grid, organisation },
          ),
        ),
      );
    },
  };
}

/** One round of rating on one criterion: one person at a time, a quick table, or counts. */
export function RatingStep({
  workspaceId,
  cycleId,
  sessionId,
  criterion,
  round,
  presentIds,
  apply,
  revealHref,
}: {
  workspaceId: string;
  cycleId: string;
  sessionId: string;
  criterion: Criterion;
  round: 1 | 2;
  presentIds: readonly string[];
  apply: ReturnType<typeof useCycleEditor>;
  revealHref: string;
}) {
  const t = useSessionMessages();
  const context = useCycleContext(cycleId);
  const indicators = ordinalIndicators(criterion);
  const [indicatorId, setIndicatorId] = useState(indicators[0]?.id ?? "");
  const indicator: OrdinalIndicator | undefined =
    indicators.find((i) => i.id === indicatorId) ?? indicators[0];
  const [mode, setMode] = useState<EntryMode>(rememberedEntryMode);
  const [live, setLive] = useState(false);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const cycle = context?.cycle;
  const current = useMemo<Map<string, Rating>>(
    () =>
      cycle && indicator ? currentRatings(cycle, { indicatorId: indicator.id, round }) : new Map(),
    [cycle, indicator, round],
  );
  const options = useMemo(() => (indicator ? answerOptions(indicator, t) : []), [indicator, t]);

  const actions = useMemo(
    () =>
      ratingActions(
        apply,
        { sessionId, criterionId: criterion.id, indicatorId: indicator?.id ?? "", round },
        setIssues,
      ),
    [apply, sessionId, criterion.id, indicator?.id, round],
  );

  const chooseMode = useCallback((next: EntryMode) => {
    setMode(next);
    rememberEntryMode(next);
  }, []);

  if (!context || !indicator) return null;
  const byId = new Map(context.cycle.participants.map((p) => [p.id, p]));
  const present = presentIds.flatMap((id) => {
    const participant = byId.get(id);
    return participant ? [participant] : [];
  });
  const answered = present.filter((p) => current.has(p.id)).length;

  return (
    <div className="rating-step">
      <p className="round-intro">{t.roundIntro[round]}</p>
      {indicators.length > 1 && (
        <div className="field">
          <label htmlFor="rated-indicator">{t.indicator}</label>
          <select
            id="rated-indicator"
            value={indicator.id}
            onChange={(event) => setIndicatorId(event.target.value)}
          >
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset className="segmented">
        <legend>{t.entryMode}</legend>
        {(["passDevice", "quickTable", "counts"] as const).map((option) => (
          <label key={option} className={mode === option ? "selected" : undefined}>
            <input
              type="radio"
              name="entry-mode"
              value={option}
              checked={mode === option}
              onChange={() => chooseMode(option)}
            />
            {t[option]}
          </label>
        ))}
      </fieldset>
      <p className="answered-count" aria-live="polite">
        {t.answered(answered, present.length)}
      </p>
      {present.length === 0 ? (
        <p>{t.noParticipants}</p>
      ) : mode === "passDevice" ? (
        <>
          <HandOverForm
            workspaceId={workspaceId}
            cycleId={cycleId}
            sessionId={sessionId}
            criterion={criterion}
            indicatorId={indicator.id}
            round={round}
          />
          <PassTheDevice
            participants={present}
            answeredIds={new Set(present.filter((p) => current.has(p.id)).map((p) => p.id))}
            options={options}
            actions={actions}
            revealHref={revealHref}
          />
        </>
      ) : mode === "quickTable" ? (
        <QuickTable
          participants={present}
          groups={context.organisation.stakeholderGroups}
          current={current}
          options={options}
          actions={actions}
          round={round}
        />
      ) : (
        <CountEntry
          participants={present as Participant[]}
          groups={context.organisation.stakeholderGroups}
          current={current}
          options={options}
          actions={actions}
        />
      )}
      <Refusal issues={issues} />
      {mode !== "passDevice" && (
        <>
          <div className="field checkbox">
            <input
              id="live-distribution"
              type="checkbox"
              checked={live}
              aria-describedby="live-distribution-hint"
              onChange={(event) => setLive(event.target.checked)}
            />
            <label htmlFor="live-distribution">{t.liveDistribution}</label>
          </div>
          <p className="field-hint" id="live-distribution-hint">
            {t.liveDistributionHint}
          </p>
          {live && (
            <RevealView
              cycleId={cycleId}
              criterion={criterion}
              indicatorId={indicator.id}
              round={round}
            />
          )}
        </>
      )}
      <p className="step-actions">
        <a className="button button-primary" href={revealHref}>
          {t.goReveal}
        </a>
      </p>
    </div>
  );
}
