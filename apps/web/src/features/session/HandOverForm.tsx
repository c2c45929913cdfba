import { type Criterion, primaryOrdinalIndicator, sessionCriteria } from "@coeval/core";
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { useI18n } from "../../i18n/index.tsx";
import { useCycleContext } from "../cycle/useCycle.ts";
import { CodeInput } from "./CodeInput.tsx";
import { type LockedItem, lockDevice, UNLOCK_CODE } from "./deviceLock.ts";
import { LockIcon } from "./LockIcon.tsx";
import { useSessionMessages } from "./messages.ts";

/**
 * Where the facilitator hands the device to the participants: the device is locked on their
 * rating, for this criterion or for this one and the following ones, until the code is typed.
 */
export function HandOverForm({
  workspaceId,
  cycleId,
  sessionId,
  criterion,
  indicatorId,
  round,
}: {
  workspaceId: string;
  cycleId: string;
  sessionId: string;
  criterion: Criterion;
  /** The indicator rated now; the following criteria are rated on their primary one. */
  indicatorId: string;
  round: 1 | 2;
}) {
  const t = useSessionMessages();
  const { t: app } = useI18n();
  const id = useId();
  const context = useCycleContext(cycleId);
  const [open, setOpen] = useState(false);
  const [withFollowing, setWithFollowing] = useState(false);
  const [code, setCode] = useState("");
  const [again, setAgain] = useState("");
  const [problem, setProblem] = useState<{ text: string; field: "code" | "again" } | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const againInput = useRef<HTMLInputElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  const following = useMemo<LockedItem[]>(() => {
    const session = context?.cycle.sessions.find((s) => s.id === sessionId);
    if (!context || !session) return [];
    const criteria = sessionCriteria(session, context.grid);
    return criteria.slice(criteria.findIndex((c) => c.id === criterion.id) + 1).flatMap((c) => {
      const primary = primaryOrdinalIndicator(c);
      return primary ? [{ criterionId: c.id, indicatorId: primary.id }] : [];
    });
  }, [context, sessionId, criterion.id]);

  // Opening puts the keyboard on the form's title; closing puts it back on the button.
  useEffect(() => {
    if (open) title.current?.focus();
    else if (opened.current) startButton.current?.focus();
    opened.current = open;
  }, [open]);

  if (!open) {
    return (
      <div className="hand-over">
        <button
          ref={startButton}
          type="button"
          className="button-primary big-button"
          aria-describedby={`${id}-start-hint`}
          onClick={() => setOpen(true)}
        >
          <LockIcon />
          {t.lock.start}
        </button>
        <p className="field-hint" id={`${id}-start-hint`}>
          {t.lock.startHint}
        </p>
      </div>
    );
  }

  function close() {
    setCode("");
    setAgain("");
    setProblem(null);
    setOpen(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!UNLOCK_CODE.test(code)) {
      setProblem({ text: t.lock.codeInvalid, field: "code" });
      codeInput.current?.focus();
      return;
    }
    if (again !== code) {
      setProblem({ text: t.lock.codeMismatch, field: "again" });
      againInput.current?.focus();
      return;
    }
    const locked = lockDevice({
      workspaceId,
      cycleId,
      sessionId,
      round,
      items: [{ criterionId: criterion.id, indicatorId }, ...(withFollowing ? following : [])],
      code,
    });
    if (!locked) setProblem({ text: t.lock.cannotLock, field: "code" });
  }

  const problemId = `${id}-problem`;
  const describedBy = (field: "code" | "again", hint?: string) =>
    [hint, problem?.field === field ? problemId : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <form className="hand-over hand-over-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`} ref={title} tabIndex={-1}>
        <LockIcon />
        {t.lock.start}
      </h3>
      <p>{t.lock.formIntro}</p>
      {following.length > 0 && (
        <fieldset className="segmented">
          <legend>{t.lock.scope}</legend>
          {[false, true].map((choice) => (
            <label
              key={String(choice)}
              className={withFollowing === choice ? "selected" : undefined}
            >
              <input
                type="radio"
                name={`${id}-scope`}
                checked={withFollowing === choice}
                onChange={() => setWithFollowing(choice)}
              />
              {choice ? t.lock.scopeFollowing(following.length) : t.lock.scopeCurrent}
            </label>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-code`}>{t.lock.code}</label>
        <CodeInput
          ref={codeInput}
          id={`${id}-code`}
          value={code}
          onChange={setCode}
          invalid={problem?.field === "code"}
          describedBy={describedBy("code", `${id}-code-hint`)}
        />
        <p className="field-hint" id={`${id}-code-hint`}>
          {t.lock.codeHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-again`}>{t.lock.codeAgain}</label>
        <CodeInput
          ref={againInput}
          id={`${id}-again`}
          value={again}
          onChange={setAgain}
          invalid={problem?.field === "again"}
          describedBy={describedBy("again")}
        />
      </div>
      <div role="alert" id={problemId}>
        {problem && <p className="field-error">{problem.text}</p>}
      </div>
      <div className="actions">
        <button type="submit" className="button-primary big-button">
          {t.lock.lockNow}
        </button>
        <button type="button" onClick={close}>
          {app.common.cancel}
        </button>
      </div>
    </form>
  );
}
