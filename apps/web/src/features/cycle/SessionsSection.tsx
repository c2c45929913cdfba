import {
  type Grid,
  type Session,
  SessionKind,
  sessionCriteria,
  sessionParticipants,
  type WorkspaceEditOf,
} from "@coeval/core";
import { useState } from "react";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import { useI18n } from "../../i18n/index.tsx";
import type { CycleContext } from "../../store/cycleEdits.ts";
import { newId } from "../../store/ids.ts";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { DateField } from "./CycleSetup.tsx";
import { cycleHref } from "./cyclePaths.ts";
import { type CycleMessages, useCycleMessages } from "./messages.ts";

type SessionFields = WorkspaceEditOf<"session.update">["fields"];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The sessions of a cycle: when, where, who is present, which criteria in which order. */
export function SessionsSection({
  context,
  workspaceId,
}: {
  context: CycleContext;
  workspaceId: string;
}) {
  const t = useCycleMessages();
  const { format } = useI18n();
  const { cycle, grid } = context;
  const { dispatch, refusal } = useWorkspaceEdit();
  const [editing, setEditing] = useState<string | null>(null);

  function add() {
    const id = newId();
    if (dispatch({ type: "session.create", cycleId: cycle.id, id, date: today() })) setEditing(id);
  }

  return (
    <section className="card" aria-labelledby="cycle-sessions-title">
      <h2 id="cycle-sessions-title">{t.sessions}</h2>
      <p className="muted">{t.sessionsIntro}</p>
      {cycle.sessions.length === 0 && <p>{t.noSessions}</p>}
      <ul className="session-list">
        {cycle.sessions.map((session) => {
          const heading = t.sessionHeading(t.sessionKinds[session.kind], format.date(session.date));
          const started = cycle.ratings.some((r) => r.sessionId === session.id);
          return (
            <li key={session.id} className="session-card">
              <h3 dir="auto">{session.title ? `${session.title} — ${heading}` : heading}</h3>
              <p className="muted" dir="auto">
                {[session.place, session.facilitator].filter(Boolean).join(" · ")}
              </p>
              <p>
                {t.sessionSummary(
                  sessionParticipants(cycle, session).length,
                  sessionCriteria(session, grid).length,
                )}
              </p>
              <div className="actions">
                <a
                  className="button button-primary"
                  href={cycleHref(workspaceId, {
                    page: "session",
                    cycleId: cycle.id,
                    sessionId: session.id,
                  })}
                >
                  {started ? t.resume : t.run}
                </a>
                <button
                  type="button"
                  aria-expanded={editing === session.id}
                  onClick={() => setEditing(editing === session.id ? null : session.id)}
                >
                  {editing === session.id ? t.done : t.edit}
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() =>
                    dispatch({ type: "session.remove", cycleId: cycle.id, sessionId: session.id })
                  }
                >
                  {t.removeSession}
                </button>
              </div>
              {editing === session.id && (
                <SessionEditor
                  context={context}
                  session={session}
                  t={t}
                  onChange={(fields) =>
                    dispatch({
                      type: "session.update",
                      cycleId: cycle.id,
                      sessionId: session.id,
                      fields,
                    })
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={add}>
        {t.newSession}
      </button>
      <RefusalNotice refusal={refusal} />
    </section>
  );
}

function SessionEditor({
  context,
  session,
  t,
  onChange,
}: {
  context: CycleContext;
  session: Session;
  t: CycleMessages;
  onChange(fields: SessionFields): void;
}) {
  const { cycle, organisation, grid } = context;
  const prefix = `session-${session.id}`;
  const present = new Set(session.participantIds);
  return (
    <div className="session-editor">
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${prefix}-kind`}>{t.sessionKind}</label>
          <select
            id={`${prefix}-kind`}
            value={session.kind}
            onChange={(event) => onChange({ kind: SessionKind.parse(event.target.value) })}
          >
            {SessionKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t.sessionKinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <DateField
          id={`${prefix}-date`}
          label={t.date}
          value={session.date}
          required
          onCommit={(date) => onChange({ date })}
        />
        <TextField
          label={t.sessionTitle}
          value={session.title ?? ""}
          maxLength={500}
          onCommit={(title) => onChange({ title })}
        />
        <TextField
          label={t.place}
          value={session.place ?? ""}
          maxLength={500}
          onCommit={(place) => onChange({ place })}
        />
        <TextField
          label={t.facilitator}
          value={session.facilitator ?? ""}
          maxLength={300}
          onCommit={(facilitator) => onChange({ facilitator })}
        />
      </div>
      <fieldset className="checklist">
        <legend>{t.present}</legend>
        <p className="field-hint">{t.presentHint}</p>
        {organisation.stakeholderGroups.map((group) => {
          const members = cycle.participants.filter((p) => p.groupId === group.id);
          if (members.length === 0) return null;
          return (
            <div key={group.id} className="checklist-group">
              <p className="checklist-title" dir="auto">
                {group.label}
              </p>
              {members.map((participant) => (
                <div key={participant.id} className="field checkbox">
                  <input
                    id={`${prefix}-present-${participant.id}`}
                    type="checkbox"
                    checked={present.has(participant.id)}
                    onChange={(event) =>
                      onChange({
                        participantIds: event.target.checked
                          ? [...session.participantIds, participant.id]
                          : session.participantIds.filter((id) => id !== participant.id),
                      })
                    }
                  />
                  <label htmlFor={`${prefix}-present-${participant.id}`} dir="auto">
                    {participant.pseudonym}
                  </label>
                </div>
              ))}
            </div>
          );
        })}
      </fieldset>
      <CriteriaPicker grid={grid} session={session} prefix={prefix} t={t} onChange={onChange} />
    </div>
  );
}

/** Which criteria the session covers: ticked in the grid, then put in order with up / down. */
function CriteriaPicker({
  grid,
  session,
  prefix,
  t,
  onChange,
}: {
  grid: Grid;
  session: Session;
  prefix: string;
  t: CycleMessages;
  onChange(fields: SessionFields): void;
}) {
  const chosen = session.criterionIds;
  const labels = new Map(grid.dimensions.flatMap((d) => d.criteria.map((c) => [c.id, c.label])));
  const move = (index: number, by: -1 | 1) => {
    const next = [...chosen];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    onChange({ criterionIds: next });
  };
  return (
    <fieldset className="checklist">
      <legend>{t.criteria}</legend>
      <p className="field-hint">{t.criteriaHint}</p>
      {grid.dimensions.map((dimension) => (
        <div key={dimension.id} className="checklist-group">
          <p className="checklist-title" dir="auto">
            {dimension.label}
          </p>
          {dimension.criteria.map((criterion) => (
            <div key={criterion.id} className="field checkbox">
              <input
                id={`${prefix}-criterion-${criterion.id}`}
                type="checkbox"
                checked={chosen.includes(criterion.id)}
                onChange={(event) =>
                  onChange({
                    criterionIds: event.target.checked
                      ? [...chosen, criterion.id]
                      : chosen.filter((id) => id !== criterion.id),
                  })
                }
              />
              <label htmlFor={`${prefix}-criterion-${criterion.id}`} dir="auto">
                {criterion.label}
              </label>
            </div>
          ))}
        </div>
      ))}
      {chosen.length > 1 && (
        <ol className="criteria-order">
          {chosen.map((id, index) => {
            const label = labels.get(id) ?? id;
            return (
              <li key={id}>
                <span dir="auto">{label}</span>
                <button
                  type="button"
                  disabled={index === 0}
                  aria-label={t.moveUp(label)}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={index === chosen.length - 1}
                  aria-label={t.moveDown(label)}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </fieldset>
  );
}
