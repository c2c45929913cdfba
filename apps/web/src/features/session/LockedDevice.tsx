import {
  type Criterion,
  currentRatings,
  type Grid,
  type OrdinalIndicator,
  type Participant,
  type Rating,
  type RatingValue,
  type Session,
  sessionCriteria,
  sessionParticipants,
  type ValidationIssue,
} from "@coeval/core";
import { type FormEvent, type RefObject, useEffect, useId, useMemo, useRef, useState } from "react";
import { LanguageSwitch } from "../../app/Header.tsx";
import { useServices, useWorkspace } from "../../app/services.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { type CycleContext, cycleContext } from "../../store/cycleEdits.ts";
import { SaveStatus } from "../../ui/SaveStatus.tsx";
import { cycleHref } from "../cycle/cyclePaths.ts";
import { Refusal } from "../cycle/Refusal.tsx";
import { useCycleEditor } from "../cycle/useCycle.ts";
import { SaveFailureAlert } from "../workspace/SaveFailureAlert.tsx";
import { AnswerButtons } from "./AnswerButtons.tsx";
import { type AnswerOption, answerOptions, ordinalIndicators } from "./answers.ts";
import { CodeInput } from "./CodeInput.tsx";
import {
  type DeviceLock,
  FORCED_UNLOCK_WAIT_MS,
  type LockedItem,
  unlockDevice,
  unlockWithoutCode,
} from "./deviceLock.ts";
import { LockIcon } from "./LockIcon.tsx";
import { type SessionMessages, useSessionMessages } from "./messages.ts";
import { type RatingActions, ratingActions } from "./RatingStep.tsx";
import "./session.css";

/**
 * The whole app while the device is passed from hand to hand: who is next, their rating, and
 * the facilitator's unlock. Nothing else is rendered (no header links, tabs, entry modes or
 * reveal), so no address, link or key can reach the other screens or anyone's answers.
 */
export default function LockedDevice({ lock }: { lock: DeviceLock }) {
  const t = useSessionMessages();
  const { workspaceStore } = useServices();
  const [unlocking, setUnlocking] = useState(false);
  const record = useWorkspace((state) =>
    state.record?.id === lock.workspaceId ? state.record : null,
  );
  const loadState = useWorkspace((state) => state.loadState);

  useEffect(() => {
    void workspaceStore.getState().open(lock.workspaceId);
  }, [workspaceStore, lock.workspaceId]);
  usePinnedAddress(lock);

  const context = useMemo(
    () => (record ? cycleContext(record.workspace, lock.cycleId) : undefined),
    [record, lock.cycleId],
  );
  const session = context?.cycle.sessions.find((s) => s.id === lock.sessionId);
  const loading = record === null && (loadState === "idle" || loadState === "loading");
  const openUnlock = () => setUnlocking(true);

  return (
    <div className="locked-device">
      <header className="app-header locked-bar">
        <div className="app-header-inner">
          <p className="locked-label">
            <LockIcon />
            {t.lock.locked}
          </p>
          {record && <SaveStatus />}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="locked-main">
        <SaveFailureAlert allowExport={false} />
        {unlocking ? (
          <UnlockPanel lock={lock} onCancel={() => setUnlocking(false)} />
        ) : loading ? (
          <p className="loading">{t.lock.loading}</p>
        ) : context && session ? (
          <Turns lock={lock} context={context} session={session} onUnlock={openUnlock} />
        ) : (
          <SessionGone onUnlock={openUnlock} />
        )}
      </main>
    </div>
  );
}

/**
 * Keeps the address on the locked rating step: a typed address, a link or the back button
 * changes nothing on screen, and unlocking lands on that step, never on the reveal.
 */
function usePinnedAddress(lock: DeviceLock): void {
  const href = cycleHref(lock.workspaceId, {
    page: "session",
    cycleId: lock.cycleId,
    sessionId: lock.sessionId,
    criterionId: lock.items[0]?.criterionId ?? "",
    step: lock.round === 1 ? "rate-1" : "rate-2",
  });
  useEffect(() => {
    const pin = () => {
      if (window.location.hash !== href) window.location.replace(href);
    };
    pin();
    window.addEventListener("hashchange", pin);
    return () => window.removeEventListener("hashchange", pin);
  }, [href]);
}

function UnlockButton({ onUnlock }: { onUnlock(): void }) {
  const t = useSessionMessages();
  return (
    <p className="unlock-open">
      <button type="button" className="button-quiet" onClick={onUnlock}>
        <LockIcon />
        {t.lock.unlockOpen}
      </button>
    </p>
  );
}

/** What was locked is no longer on this device (deleted meanwhile): only the unlock is left. */
function SessionGone({ onUnlock }: { onUnlock(): void }) {
  const t = useSessionMessages();
  return (
    <>
      <h1>{t.lock.sessionGone}</h1>
      <UnlockButton onUnlock={onUnlock} />
    </>
  );
}

/** One criterion of a turn: what is rated, how, and the controls that record it. */
interface TurnItem {
  criterion: Criterion;
  indicator: OrdinalIndicator;
  options: AnswerOption[];
  actions: RatingActions;
}

interface Answer {
  value: RatingValue | null;
  comment: string;
  /** The comment the stored rating carries, so leaving the criterion saves only a change. */
  savedComment: string;
}

type Phase =
  | { kind: "choose" }
  | {
      kind: "rate";
      participant: Participant;
      /** Which of the locked criteria this person had not answered yet when the turn began. */
      itemIndexes: number[];
      index: number;
      answers: Answer[];
      problem: string;
    }
  | { kind: "hidden" };

function resolveItems(
  grid: Grid,
  session: Session,
  locked: readonly LockedItem[],
  t: SessionMessages,
  actionsFor: (item: LockedItem) => RatingActions,
): TurnItem[] {
  const criteria = new Map(sessionCriteria(session, grid).map((c) => [c.id, c]));
  return locked.flatMap((item) => {
    const criterion = criteria.get(item.criterionId);
    const indicator = criterion
      ? ordinalIndicators(criterion).find((i) => i.id === item.indicatorId)
      : undefined;
    if (!criterion || !indicator) return [];
    return [
      { criterion, indicator, options: answerOptions(indicator, t), actions: actionsFor(item) },
    ];
  });
}

function Turns({
  lock,
  context,
  session,
  onUnlock,
}: {
  lock: DeviceLock;
  context: CycleContext;
  session: Session;
  onUnlock(): void;
}) {
  const t = useSessionMessages();
  const id = useId();
  const apply = useCycleEditor(lock.cycleId);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: "choose" });
  const chooseHeading = useRef<HTMLHeadingElement>(null);
  const firstWaiting = useRef<HTMLButtonElement>(null);
  const turnHeading = useRef<HTMLHeadingElement>(null);
  const criterionHeading = useRef<HTMLHeadingElement>(null);
  const nextPerson = useRef<HTMLButtonElement>(null);
  // Each step puts the keyboard where the next gesture is; set just before the step changes.
  const focusNext = useRef<RefObject<HTMLElement | null>>(chooseHeading);
  const focusKey = phase.kind === "rate" ? `rate-${phase.index}` : phase.kind;

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes, on purpose
  useEffect(() => {
    (focusNext.current.current ?? chooseHeading.current)?.focus();
  }, [focusKey]);

  const { grid, cycle } = context;
  const items = useMemo(
    () =>
      resolveItems(grid, session, lock.items, t, (item) =>
        ratingActions(apply, { sessionId: lock.sessionId, ...item, round: lock.round }, setIssues),
      ),
    [grid, session, lock.items, lock.sessionId, lock.round, t, apply],
  );
  const answered = useMemo<Map<string, Rating>[]>(
    () =>
      items.map((item) =>
        currentRatings(cycle, { indicatorId: item.indicator.id, round: lock.round }),
      ),
    [items, cycle, lock.round],
  );
  const present = sessionParticipants(cycle, session);
  const isDone = (participant: Participant) => answered.every((map) => map.has(participant.id));

  function go(next: Phase, focus: RefObject<HTMLElement | null>) {
    focusNext.current = focus;
    setPhase(next);
  }

  if (items.length === 0) return <SessionGone onUnlock={onUnlock} />;

  if (phase.kind === "hidden") {
    const everyoneDone = present.every(isDone);
    return (
      <section className="locked-step hidden-answer" aria-labelledby={`${id}-hidden`}>
        <h1 id={`${id}-hidden`} className="big-message">
          {t.hidden}
        </h1>
        <p className="locked-lead" id={`${id}-hand-over`}>
          {everyoneDone ? t.lock.everyoneDone : t.handOver}
        </p>
        <button
          ref={nextPerson}
          type="button"
          className="button-primary big-button"
          aria-describedby={`${id}-hidden ${id}-hand-over`}
          onClick={() => go({ kind: "choose" }, firstWaiting)}
        >
          {t.nextPerson}
        </button>
        <UnlockButton onUnlock={onUnlock} />
      </section>
    );
  }

  if (phase.kind === "rate") {
    const { participant, index, answers, itemIndexes } = phase;
    const item = items[itemIndexes[index] ?? -1];
    const answer = answers[index];
    if (!item || !answer) return null;
    const last = index === itemIndexes.length - 1;
    const withAnswer = (change: Partial<Answer>): Answer[] =>
      answers.map((a, i) => (i === index ? { ...a, ...change } : a));
    const choose = (value: RatingValue) => {
      item.actions.record(participant.id, value, answer.comment.trim() || undefined);
      setPhase({
        ...phase,
        answers: withAnswer({ value, savedComment: answer.comment.trim() }),
        problem: "",
      });
    };
    // Leaving a criterion saves its comment when it changed; moving on needs an answer.
    const leave = (to: "previous" | "next") => {
      if (to === "next" && answer.value === null) {
        setPhase({ ...phase, problem: t.chooseFirst });
        return;
      }
      let saved = answers;
      const comment = answer.comment.trim();
      if (answer.value !== null && comment !== answer.savedComment) {
        item.actions.record(participant.id, answer.value, comment || undefined);
        saved = withAnswer({ savedComment: comment });
      }
      if (to === "next" && last) go({ kind: "hidden" }, nextPerson);
      else {
        go(
          { ...phase, answers: saved, index: index + (to === "next" ? 1 : -1), problem: "" },
          criterionHeading,
        );
      }
    };
    const cancelTurn = () => {
      itemIndexes.forEach((itemIndex, i) => {
        if (answers[i]?.value !== null) items[itemIndex]?.actions.clear(participant.id);
      });
      go({ kind: "choose" }, firstWaiting);
    };
    const dimension = grid.dimensions.find((d) => d.criteria.includes(item.criterion));
    return (
      <section className="locked-step locked-turn" aria-labelledby={`${id}-turn`}>
        <h1 id={`${id}-turn`} className="turn-title" tabIndex={-1} ref={turnHeading} dir="auto">
          {t.yourTurn(participant.pseudonym)}
        </h1>
        <p>{t.yourTurnHint}</p>
        <div className="locked-criterion">
          {itemIndexes.length > 1 && (
            <p className="muted criterion-position">
              {t.criterionOf(index + 1, itemIndexes.length)}
            </p>
          )}
          {dimension && (
            <p className="criterion-dimension" dir="auto">
              {grid.levelNames.dimension} · {dimension.label}
            </p>
          )}
          <h2 tabIndex={-1} ref={criterionHeading} dir="auto">
            {item.criterion.label}
          </h2>
          {item.criterion.description && (
            <p className="criterion-description" dir="auto">
              {item.criterion.description}
            </p>
          )}
          {item.criterion.guidingQuestions.length > 0 && (
            <ul className="locked-questions">
              {item.criterion.guidingQuestions.map((question) => (
                <li key={question} dir="auto">
                  {question}
                </li>
              ))}
            </ul>
          )}
          {ordinalIndicators(item.criterion).length > 1 && (
            <p dir="auto">
              {t.indicator} : {item.indicator.label}
            </p>
          )}
        </div>
        <AnswerButtons
          legend={item.criterion.label}
          options={item.options}
          chosen={answer.value}
          onChoose={choose}
        />
        <div className="field">
          <label htmlFor={`${id}-comment`}>{t.comment}</label>
          <textarea
            id={`${id}-comment`}
            dir="auto"
            rows={2}
            maxLength={20_000}
            value={answer.comment}
            onChange={(event) =>
              setPhase({ ...phase, answers: withAnswer({ comment: event.target.value }) })
            }
          />
        </div>
        <p role="status" className="notice">
          {phase.problem}
        </p>
        <Refusal issues={issues} />
        <div className="actions locked-actions">
          {index > 0 && (
            <button type="button" className="big-button" onClick={() => leave("previous")}>
              ← {t.lock.previous}
            </button>
          )}
          <button type="button" className="button-primary big-button" onClick={() => leave("next")}>
            {last ? t.validate : `${t.lock.next} →`}
          </button>
        </div>
        <div className="cancel-turn">
          <button
            type="button"
            className="button-quiet"
            aria-describedby={`${id}-cancel-hint`}
            onClick={cancelTurn}
          >
            {t.lock.cancelTurn}
          </button>
          <p className="field-hint" id={`${id}-cancel-hint`}>
            {t.lock.cancelTurnHint}
          </p>
        </div>
      </section>
    );
  }

  const waiting = present.filter((p) => !isDone(p));
  const startTurn = (participant: Participant) => {
    setIssues([]);
    const itemIndexes = items.flatMap((_, i) => (answered[i]?.has(participant.id) ? [] : [i]));
    go(
      {
        kind: "rate",
        participant,
        itemIndexes,
        index: 0,
        answers: itemIndexes.map(() => ({ value: null, comment: "", savedComment: "" })),
        problem: "",
      },
      turnHeading,
    );
  };
  const first = items[0];
  return (
    <section className="locked-step" aria-labelledby={`${id}-who`}>
      <h1 id={`${id}-who`} tabIndex={-1} ref={chooseHeading}>
        {t.whoIsNext}
      </h1>
      <p className="locked-lead" dir="auto">
        {items.length === 1 && first
          ? t.lock.toRate(first.criterion.label)
          : t.lock.toRateMany(items.length)}
      </p>
      <p>{t.roundIntro[lock.round]}</p>
      <p className="answered-count">
        {t.answered(present.length - waiting.length, present.length)}
      </p>
      {waiting.length === 0 && <p className="big-message">{t.lock.everyoneDone}</p>}
      <ul className="person-buttons" aria-labelledby={`${id}-who`}>
        {present.map((participant) =>
          isDone(participant) ? (
            <li key={participant.id} className="person-answered">
              <span dir="auto">{participant.pseudonym}</span>
              <span className="person-done">✓ {t.lock.alreadyAnswered}</span>
            </li>
          ) : (
            <li key={participant.id}>
              <button
                type="button"
                className="person-button"
                ref={participant.id === waiting[0]?.id ? firstWaiting : undefined}
                onClick={() => startTurn(participant)}
              >
                <span dir="auto">{participant.pseudonym}</span>
              </button>
            </li>
          ),
        )}
      </ul>
      <UnlockButton onUnlock={onUnlock} />
    </section>
  );
}

/** Re-renders every second while `active`, for a countdown; returns the time of the last render. */
function useClock(until: number | undefined): number {
  const [now, setNow] = useState(Date.now);
  const active = until !== undefined && until > now;
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

const secondsLeft = (until: number | undefined, now: number) =>
  until === undefined ? 0 : Math.max(0, Math.ceil((until - now) / 1000));

/** The facilitator's way back: the code, or, when it is forgotten, a wait in full view. */
function UnlockPanel({ lock, onCancel }: { lock: DeviceLock; onCancel(): void }) {
  const t = useSessionMessages();
  const { t: app } = useI18n();
  const id = useId();
  const [code, setCode] = useState("");
  const [message, setMessage] = useState("");
  const [forcedAt, setForcedAt] = useState<number | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const forcedHeading = useRef<HTMLHeadingElement>(null);
  const now = useClock(forcedAt ?? lock.retryAt);
  const forced = forcedAt !== undefined;

  useEffect(() => {
    if (forced) forcedHeading.current?.focus();
    else input.current?.focus();
  }, [forced]);

  if (forced) {
    const left = secondsLeft(forcedAt, now);
    return (
      <section className="locked-step unlock-panel" aria-labelledby={`${id}-forced`}>
        <h1 id={`${id}-forced`} tabIndex={-1} ref={forcedHeading}>
          {t.lock.forcedTitle}
        </h1>
        <p>{t.lock.forcedIntro}</p>
        {left > 0 && (
          <p role="timer" className="big-message">
            {t.lock.forcedWait(left)}
          </p>
        )}
        <p role="status">{left > 0 ? "" : t.lock.forcedReady}</p>
        <div className="actions">
          <button
            type="button"
            className="button-danger big-button"
            disabled={left > 0}
            onClick={() => unlockWithoutCode()}
          >
            {t.lock.forcedUnlock}
          </button>
          <button type="button" onClick={() => setForcedAt(undefined)}>
            {app.common.cancel}
          </button>
        </div>
      </section>
    );
  }

  const wait = secondsLeft(lock.retryAt, now);
  function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = unlockDevice(code);
    // Unlocked: the app leaves this view by itself.
    if (outcome.ok) return;
    setCode("");
    if (outcome.reason === "wrongCode") setMessage(t.lock.wrongCode(outcome.attemptsBeforeWait));
    input.current?.focus();
  }

  return (
    <section className="locked-step unlock-panel" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t.lock.unlockTitle}</h1>
      <p>{t.lock.unlockIntro}</p>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t.lock.unlockCode}</label>
          <CodeInput
            ref={input}
            id={`${id}-code`}
            value={code}
            onChange={setCode}
            invalid={message !== ""}
            describedBy={message ? `${id}-message` : undefined}
          />
        </div>
        <div role="alert" id={`${id}-message`}>
          {message && <p className="field-error">{message}</p>}
        </div>
        {wait > 0 && (
          <p role="timer" className="notice">
            {t.lock.waitBeforeRetry(wait)}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button-primary big-button" disabled={wait > 0}>
            {t.lock.unlock}
          </button>
          <button type="button" className="big-button" onClick={onCancel}>
            {t.lock.backToParticipants}
          </button>
        </div>
      </form>
      <p className="unlock-open">
        <button
          type="button"
          className="button-quiet"
          onClick={() => setForcedAt(Date.now() + FORCED_UNLOCK_WAIT_MS)}
        >
          {t.lock.forgotten}
        </button>
      </p>
    </section>
  );
}
