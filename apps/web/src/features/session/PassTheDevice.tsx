import type { Participant, RatingValue } from "@coeval/core";
import { useEffect, useId, useRef, useState } from "react";
import { AnswerButtons } from "./AnswerButtons.tsx";
import type { AnswerOption } from "./answers.ts";
import { useSessionMessages } from "./messages.ts";
import type { RatingActions } from "./RatingStep.tsx";

type Phase =
  | { kind: "choose" }
  | { kind: "rate"; participant: Participant; chosen: RatingValue | null; comment: string }
  | { kind: "hidden" };

/**
 * "Pass the device": one person at a time picks an answer with big buttons, then the
 * screen hides it before the next person. Nobody's answer is ever shown here: the list
 * only says who has already answered.
 */
export function PassTheDevice({
  participants,
  answeredIds,
  options,
  actions,
  revealHref,
}: {
  participants: readonly Participant[];
  answeredIds: ReadonlySet<string>;
  options: readonly AnswerOption[];
  actions: RatingActions;
  revealHref: string;
}) {
  const t = useSessionMessages();
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ kind: "choose" });
  const [problem, setProblem] = useState("");
  const focusTarget = useRef<HTMLElement | null>(null);
  const shownPhase = useRef(phase.kind);

  // Each phase puts the keyboard where the next gesture is; the first one leaves it alone.
  // Compared with the phase shown, not "first run": React runs effects twice in development.
  useEffect(() => {
    if (shownPhase.current === phase.kind) return;
    shownPhase.current = phase.kind;
    focusTarget.current?.focus();
  }, [phase.kind]);

  if (phase.kind === "hidden") {
    return (
      <div className="pass-device hidden-answer">
        <p className="big-message" role="status">
          {t.hidden}
        </p>
        <p>{t.handOver}</p>
        <button
          type="button"
          className="button-primary big-button"
          ref={(element) => {
            focusTarget.current = element;
          }}
          onClick={() => setPhase({ kind: "choose" })}
        >
          {t.nextPerson}
        </button>
      </div>
    );
  }

  if (phase.kind === "rate") {
    const { participant, chosen, comment } = phase;
    return (
      <div className="pass-device">
        <h3
          className="turn-title"
          tabIndex={-1}
          dir="auto"
          ref={(element) => {
            focusTarget.current = element;
          }}
        >
          {t.yourTurn(participant.pseudonym)}
        </h3>
        <p>{t.yourTurnHint}</p>
        {answeredIds.has(participant.id) && <p className="muted">{t.replaces}</p>}
        <AnswerButtons
          legend={t.yourTurn(participant.pseudonym)}
          options={options}
          chosen={chosen}
          onChoose={(value) => {
            setProblem("");
            actions.record(participant.id, value);
            setPhase({ ...phase, chosen: value });
          }}
        />
        <div className="field">
          <label htmlFor={`${id}-comment`}>{t.comment}</label>
          <textarea
            id={`${id}-comment`}
            dir="auto"
            rows={2}
            maxLength={20_000}
            value={comment}
            onChange={(event) => setPhase({ ...phase, comment: event.target.value })}
          />
        </div>
        <div className="actions">
          <button
            type="button"
            className="button-primary big-button"
            onClick={() => {
              if (chosen === null) {
                setProblem(t.chooseFirst);
                return;
              }
              if (comment.trim() !== "") actions.record(participant.id, chosen, comment);
              setPhase({ kind: "hidden" });
            }}
          >
            {t.validate}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => setPhase({ kind: "choose" })}
          >
            {t.cancel}
          </button>
        </div>
        <p role="status" className="notice">
          {problem}
        </p>
      </div>
    );
  }

  const waiting = participants.filter((p) => !answeredIds.has(p.id));
  const firstWaiting = waiting[0]?.id;
  return (
    <div className="pass-device">
      <h3 className="small-heading" id={`${id}-who`}>
        {t.whoIsNext}
      </h3>
      {waiting.length === 0 && (
        <p className="big-message">
          {t.everyoneAnswered} <a href={revealHref}>{t.goReveal}</a>
        </p>
      )}
      <ul className="person-buttons" aria-labelledby={`${id}-who`}>
        {participants.map((participant) => {
          const done = answeredIds.has(participant.id);
          return (
            <li key={participant.id}>
              <button
                type="button"
                className={done ? "person-button done" : "person-button"}
                ref={
                  participant.id === firstWaiting
                    ? (element) => {
                        focusTarget.current = element;
                      }
                    : undefined
                }
                onClick={() => setPhase({ kind: "rate", participant, chosen: null, comment: "" })}
              >
                <span dir="auto">{participant.pseudonym}</span>
                {done && <span className="person-done"> ✓ {t.alreadyAnswered}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
