import {
  type Criterion,
  type CriterionProgress,
  resumeCriterionId,
  sessionCriteria,
  sessionParticipants,
  sessionProgress,
} from "@coeval/core";
import { memo, type RefObject, useEffect, useMemo, useRef, useState } from "react";
import { useI18n } from "../../i18n/index.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { cycleHref, SESSION_STEPS, type SessionStep } from "../cycle/cyclePaths.ts";
import { useCycleMessages } from "../cycle/messages.ts";
import { useCycleContext, useCycleEditor } from "../cycle/useCycle.ts";
import { ordinalIndicators } from "./answers.ts";
import { CriterionHeader } from "./CriterionHeader.tsx";
import { dismissUnlockedWithoutCode, useUnlockedWithoutCode } from "./deviceLock.ts";
import { EvidenceStep } from "./EvidenceStep.tsx";
import { rememberedPlace, rememberPlace } from "./lastPlace.ts";
import { type SessionMessages, useSessionMessages } from "./messages.ts";
import { PositionStep } from "./PositionStep.tsx";
import { RatingStep } from "./RatingStep.tsx";
import { RevealStep } from "./RevealStep.tsx";
import "./session.css";

export interface SessionScreenProps {
  workspaceId: string;
  cycleId: string;
  sessionId: string;
  criterionId?: string | undefined;
  step?: SessionStep | undefined;
}

/**
 * Running a session, criterion by criterion: silent rating, reveal, optional second round,
 * collective position, evidence. The place is in the URL (a reload stays there) and is
 * remembered on the device, so the session resumes where it was left.
 */
export default function SessionScreen({
  workspaceId,
  cycleId,
  sessionId,
  criterionId,
  step = "rate-1",
}: SessionScreenProps) {
  const t = useSessionMessages();
  const c = useCycleMessages();
  const { format } = useI18n();
  const context = useCycleContext(cycleId);
  const apply = useCycleEditor(cycleId);
  const session = context?.cycle.sessions.find((s) => s.id === sessionId);
  const grid = context?.grid;
  const criteria = useMemo(
    () => (session && grid ? sessionCriteria(session, grid) : []),
    [session, grid],
  );
  const cycle = context?.cycle;
  const progress = useMemo(
    () => (cycle && session && grid ? sessionProgress(cycle, session, grid) : []),
    [cycle, session, grid],
  );
  const criterion = criteria.find((candidate) => candidate.id === criterionId);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const shownPlace = useRef<string | null>(null);

  // No criterion in the URL: go where the session was left, or to the first one not positioned.
  const resumeTo = useMemo(() => {
    if (criterionId !== undefined || criteria.length === 0) return undefined;
    const remembered = rememberedPlace(sessionId);
    if (remembered && criteria.some((candidate) => candidate.id === remembered.criterionId)) {
      return remembered;
    }
    const first = resumeCriterionId(progress);
    return first === undefined ? undefined : { criterionId: first, step: "rate-1" as const };
  }, [criterionId, criteria, progress, sessionId]);

  useEffect(() => {
    if (resumeTo) {
      window.location.replace(
        cycleHref(workspaceId, { page: "session", cycleId, sessionId, ...resumeTo }),
      );
    }
  }, [resumeTo, workspaceId, cycleId, sessionId]);

  useEffect(() => {
    if (criterionId === undefined || !criterion) return;
    rememberPlace(sessionId, { criterionId, step });
    const place = `${criterionId}/${step}`;
    if (shownPlace.current !== null && shownPlace.current !== place) {
      // After the app has put the keyboard on <main>, bring it to the step just opened.
      const timer = setTimeout(() => stepHeading.current?.focus(), 0);
      shownPlace.current = place;
      return () => clearTimeout(timer);
    }
    shownPlace.current = place;
    return undefined;
  }, [criterionId, criterion, step, sessionId]);

  if (!context || !session) {
    return (
      <NotFoundPage
        title={t.notFound}
        backHref={cycleHref(workspaceId, { page: "setup", cycleId })}
        backLabel={t.backToCycle}
      />
    );
  }

  const place = `${workspaceId}\n${cycleId}\n${sessionId}`;
  const heading = c.sessionHeading(c.sessionKinds[session.kind], format.date(session.date));
  const href = (target: { criterionId: string; step: SessionStep }) =>
    cycleHref(workspaceId, { page: "session", cycleId, sessionId, ...target });
  const index = criterion ? criteria.indexOf(criterion) : -1;
  const previous = criteria[index - 1];
  const next = criteria[index + 1];
  const present = sessionParticipants(context.cycle, session);

  return (
    <div className="page session-run" ref={root}>
      <div className="session-top">
        <p className="session-title" dir="auto">
          <a href={cycleHref(workspaceId, { page: "setup", cycleId })}>{context.cycle.name}</a>
          {" · "}
          {session.title ? `${session.title} — ${heading}` : heading}
        </p>
        <FullScreenButton target={root} t={t} />
      </div>
      <UnlockedWithoutCodeNotice sessionId={sessionId} t={t} />
      {criteria.length === 0 ? (
        <p>{t.noCriteria}</p>
      ) : (
        <div className="session-layout">
          <CriterionStepper
            criteria={criteria}
            progress={progress}
            progressKey={progressKey(progress)}
            currentId={criterion?.id}
            place={place}
            t={t}
          />
          {criterion ? (
            <div className="session-main">
              <p className="muted criterion-position">
                {t.criterionOf(index + 1, criteria.length)}
              </p>
              <CriterionHeader
                grid={context.grid}
                criterion={criterion}
                compact={step !== "rate-1"}
              />
              <StepNav criterion={criterion} step={step} place={place} t={t} />
              <section className="step" aria-labelledby="step-heading">
                <h2 id="step-heading" ref={stepHeading} tabIndex={-1}>
                  {t.steps[step]}
                </h2>
                <StepContent
                  key={`${criterion.id}/${step}`}
                  workspaceId={workspaceId}
                  step={step}
                  criterion={criterion}
                  sessionId={sessionId}
                  cycleId={cycleId}
                  present={present.map((p) => p.id)}
                  apply={apply}
                  href={(target) => href({ criterionId: criterion.id, step: target })}
                />
              </section>
              <nav className="criterion-pager" aria-label={t.pagerNav}>
                {previous && (
                  <a className="button" href={href({ criterionId: previous.id, step: "rate-1" })}>
                    ← {t.previous}
                  </a>
                )}
                {next ? (
                  <a
                    className="button button-primary"
                    href={href({ criterionId: next.id, step: "rate-1" })}
                  >
                    {t.next} →
                  </a>
                ) : (
                  <a
                    className="button button-primary"
                    href={cycleHref(workspaceId, { page: "plan", cycleId })}
                  >
                    {t.endOfSession}
                  </a>
                )}
              </nav>
            </div>
          ) : (
            <p className="loading">{t.criterionOf(1, criteria.length)}</p>
          )}
        </div>
      )}
    </div>
  );
}

/** Tells the facilitator, until they acknowledge it, that the device was unlocked without the code. */
function UnlockedWithoutCodeNotice({ sessionId, t }: { sessionId: string; t: SessionMessages }) {
  const { format } = useI18n();
  const notice = useUnlockedWithoutCode(sessionId);
  if (!notice) return null;
  return (
    <aside className="reminder unlocked-notice" aria-labelledby="unlocked-without-code">
      <p id="unlocked-without-code">
        <strong>{t.lock.unlockedWithoutCode(format.dateTime(notice.at))}</strong>
      </p>
      <p>{t.lock.unlockedWithoutCodeHint}</p>
      <button type="button" onClick={dismissUnlockedWithoutCode}>
        {t.lock.dismiss}
      </button>
    </aside>
  );
}

/** Shows the session alone on the whole screen (a projector), when the browser allows it. */
function FullScreenButton({
  target,
  t,
}: {
  target: RefObject<HTMLDivElement | null>;
  t: SessionMessages;
}) {
  const [full, setFull] = useState(false);
  useEffect(() => {
    const changed = () => setFull(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", changed);
    return () => document.removeEventListener("fullscreenchange", changed);
  }, []);
  if (typeof document === "undefined" || !document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      onClick={() => {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void target.current?.requestFullscreen();
      }}
    >
      {full ? t.leaveFullScreen : t.fullScreen}
    </button>
  );
}

/** What the stepper shows of the progress: it re-renders only when this changes. */
function progressKey(progress: readonly CriterionProgress[]): string {
  return progress.map((p) => `${p.answered[1]}/${p.answered[2]}/${p.position}`).join("|");
}

/** A session's place in the URL, as one string so that memoised parts compare it cheaply. */
function sessionHref(place: string, criterionId: string, step: SessionStep): string {
  const [workspaceId = "", cycleId = "", sessionId = ""] = place.split("\n");
  return cycleHref(workspaceId, { page: "session", cycleId, sessionId, criterionId, step });
}

const CriterionStepper = memo(
  function CriterionStepper({
    criteria,
    progress,
    currentId,
    place,
    t,
  }: {
    criteria: readonly Criterion[];
    progress: readonly CriterionProgress[];
    progressKey: string;
    currentId: string | undefined;
    place: string;
    t: SessionMessages;
  }) {
    const byId = new Map(progress.map((p) => [p.criterionId, p]));
    const currentIndex = criteria.findIndex((c) => c.id === currentId);
    const current = criteria[currentIndex];
    const [open, setOpen] = useState(false);
    return (
      <nav className="criterion-stepper" aria-label={t.criteriaNav}>
        <button
          type="button"
          className="stepper-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {t.criteriaNav}
          {current ? ` · ${t.criterionOf(currentIndex + 1, criteria.length)}` : ""}
        </button>
        <ol className={open ? "open" : undefined}>
          {criteria.map((criterion) => {
            const state = byId.get(criterion.id);
            const status = state?.position
              ? `✓ ${t.positioned}`
              : state && state.answered[1] > 0
                ? t.answeredOf(Math.max(state.answered[1], state.answered[2]), state.present)
                : t.notStarted;
            return (
              <li key={criterion.id}>
                <a
                  href={sessionHref(place, criterion.id, "rate-1")}
                  aria-current={criterion.id === currentId ? "step" : undefined}
                  className={state?.position ? "done" : undefined}
                >
                  <span className="stepper-label" dir="auto">
                    {criterion.label}
                  </span>
                  <span className="stepper-status">{status}</span>
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
    );
  },
  (before, after) =>
    before.criteria === after.criteria &&
    before.progressKey === after.progressKey &&
    before.currentId === after.currentId &&
    before.place === after.place &&
    before.t === after.t,
);

const StepNav = memo(function StepNav({
  criterion,
  step,
  place,
  t,
}: {
  criterion: Criterion;
  step: SessionStep;
  place: string;
  t: SessionMessages;
}) {
  const rated = ordinalIndicators(criterion).length > 0;
  const steps = SESSION_STEPS.filter((s) => rated || s === "position" || s === "evidence");
  return (
    <nav className="step-nav" aria-label={t.stepsNav}>
      <ol>
        {steps.map((s) => (
          <li key={s}>
            <a
              href={sessionHref(place, criterion.id, s)}
              aria-current={s === step ? "step" : undefined}
            >
              {t.steps[s]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
});

function StepContent({
  workspaceId,
  step,
  criterion,
  sessionId,
  cycleId,
  present,
  apply,
  href,
}: {
  workspaceId: string;
  step: SessionStep;
  criterion: Criterion;
  sessionId: string;
  cycleId: string;
  present: string[];
  apply: ReturnType<typeof useCycleEditor>;
  href: (step: SessionStep) => string;
}) {
  const t = useSessionMessages();
  const rated = ordinalIndicators(criterion).length > 0;
  if (!rated && step !== "position" && step !== "evidence") return <p>{t.noScale}</p>;
  switch (step) {
    case "rate-1":
    case "rate-2":
      return (
        <RatingStep
          workspaceId={workspaceId}
          cycleId={cycleId}
          sessionId={sessionId}
          criterion={criterion}
          round={step === "rate-1" ? 1 : 2}
          presentIds={present}
          apply={apply}
          revealHref={href(step === "rate-1" ? "reveal-1" : "reveal-2")}
        />
      );
    case "reveal-1":
    case "reveal-2":
      return (
        <RevealStep
          cycleId={cycleId}
          criterion={criterion}
          round={step === "reveal-1" ? 1 : 2}
          round2Href={href("rate-2")}
          positionHref={href("position")}
        />
      );
    case "position":
      return <PositionStep cycleId={cycleId} sessionId={sessionId} criterion={criterion} />;
    case "evidence":
      return <EvidenceStep cycleId={cycleId} criterion={criterion} />;
  }
}
