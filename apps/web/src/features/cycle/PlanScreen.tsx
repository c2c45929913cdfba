import {
  type Action,
  ActionStatus,
  type Grid,
  type WorkspaceEdit,
  type WorkspaceEditOf,
} from "@coeval/core";
import { type FormEvent, useId, useState } from "react";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import { useI18n } from "../../i18n/index.tsx";
import type { CycleContext } from "../../store/cycleEdits.ts";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { DateField } from "./CycleSetup.tsx";
import { cycleHref } from "./cyclePaths.ts";
import { type CycleMessages, useCycleMessages } from "./messages.ts";
import { useCycleContext } from "./useCycle.ts";

type Dispatch = (edit: WorkspaceEdit) => boolean;

/** At the end of a session: recommendations, then the action plan with its follow-ups. */
export default function PlanScreen({
  workspaceId,
  cycleId,
}: {
  workspaceId: string;
  cycleId: string;
}) {
  const t = useCycleMessages();
  const context = useCycleContext(cycleId);
  if (!context) {
    return (
      <NotFoundPage
        title={t.notFound}
        backHref={cycleHref(workspaceId, { page: "list" })}
        backLabel={t.backToList}
      />
    );
  }
  return (
    <div className="page plan">
      <p>
        <a href={cycleHref(workspaceId, { page: "setup", cycleId })} dir="auto">
          {context.cycle.name}
        </a>
      </p>
      <h1>{t.planTitle}</h1>
      <p className="lead">{t.planIntro}</p>
      <Recommendations context={context} t={t} />
      <Actions context={context} t={t} />
    </div>
  );
}

/** Checkboxes of the grid's criteria, by dimension. */
function CriteriaChecks({
  grid,
  idPrefix,
  legend,
  chosen,
  onChange,
}: {
  grid: Grid;
  idPrefix: string;
  legend: string;
  chosen: readonly string[];
  onChange(ids: string[]): void;
}) {
  return (
    <details className="criteria-checks">
      <summary>
        {legend}
        {chosen.length > 0 ? ` (${chosen.length})` : ""}
      </summary>
      <fieldset className="checklist">
        <legend className="visually-hidden">{legend}</legend>
        {grid.dimensions.map((dimension) => (
          <div key={dimension.id} className="checklist-group">
            <p className="checklist-title" dir="auto">
              {dimension.label}
            </p>
            {dimension.criteria.map((criterion) => {
              const inputId = `${idPrefix}-${criterion.id}`;
              return (
                <div key={criterion.id} className="field checkbox">
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={chosen.includes(criterion.id)}
                    onChange={(event) =>
                      onChange(
                        event.target.checked
                          ? [...chosen, criterion.id]
                          : chosen.filter((id) => id !== criterion.id),
                      )
                    }
                  />
                  <label htmlFor={inputId} dir="auto">
                    {criterion.label}
                  </label>
                </div>
              );
            })}
          </div>
        ))}
      </fieldset>
    </details>
  );
}

function Recommendations({ context, t }: { context: CycleContext; t: CycleMessages }) {
  const id = useId();
  const { cycle, grid } = context;
  const { dispatch, refusal } = useWorkspaceEdit();
  const update = (
    recommendationId: string,
    fields: WorkspaceEditOf<"recommendation.update">["fields"],
  ) => dispatch({ type: "recommendation.update", cycleId: cycle.id, recommendationId, fields });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.recommendations}</h2>
      {cycle.recommendations.length === 0 && <p>{t.noRecommendations}</p>}
      <ul className="plan-list">
        {cycle.recommendations.map((recommendation, index) => (
          <li key={recommendation.id} className="plan-item">
            <TextField
              label={`${t.recommendationText} ${index + 1}`}
              value={recommendation.text}
              required
              multiline
              maxLength={20_000}
              onCommit={(text) => update(recommendation.id, { text })}
            />
            <CriteriaChecks
              grid={grid}
              idPrefix={`${id}-${recommendation.id}`}
              legend={t.linkedCriteria}
              chosen={recommendation.criterionIds}
              onChange={(criterionIds) => update(recommendation.id, { criterionIds })}
            />
            <button
              type="button"
              className="button-quiet"
              onClick={() =>
                dispatch({
                  type: "recommendation.remove",
                  cycleId: cycle.id,
                  recommendationId: recommendation.id,
                })
              }
            >
              {t.removeRecommendation}
            </button>
          </li>
        ))}
      </ul>
      <NewPlanItemForm
        id={`${id}-new`}
        grid={grid}
        t={t}
        heading={t.newRecommendation}
        fieldLabel={t.recommendationText}
        multiline
        maxLength={20_000}
        submitLabel={t.addRecommendation}
        add={(text, criterionIds) =>
          dispatch({ type: "recommendation.add", cycleId: cycle.id, text, criterionIds })
        }
      />
      <RefusalNotice refusal={refusal} />
    </section>
  );
}

function Actions({ context, t }: { context: CycleContext; t: CycleMessages }) {
  const id = useId();
  const { cycle, grid } = context;
  const { dispatch, refusal } = useWorkspaceEdit();

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.actions}</h2>
      {cycle.actions.length === 0 && <p>{t.noActions}</p>}
      <ul className="plan-list">
        {cycle.actions.map((action) => (
          <ActionCard key={action.id} context={context} action={action} dispatch={dispatch} t={t} />
        ))}
      </ul>
      <NewPlanItemForm
        id={`${id}-new`}
        grid={grid}
        t={t}
        heading={t.newAction}
        fieldLabel={t.actionTitle}
        maxLength={500}
        submitLabel={t.addAction}
        add={(title, criterionIds) =>
          dispatch({ type: "action.add", cycleId: cycle.id, title, criterionIds })
        }
      />
      <RefusalNotice refusal={refusal} />
    </section>
  );
}

/** Adds a recommendation or an action: its wording and the criteria it answers; empties once added. */
function NewPlanItemForm({
  id,
  grid,
  t,
  heading,
  fieldLabel,
  multiline = false,
  maxLength,
  submitLabel,
  add,
}: {
  id: string;
  grid: Grid;
  t: CycleMessages;
  heading: string;
  fieldLabel: string;
  multiline?: boolean;
  maxLength: number;
  submitLabel: string;
  /** True when it was added; the section shows why when it was refused. */
  add(text: string, criterionIds: string[]): boolean;
}) {
  const [text, setText] = useState("");
  const [criterionIds, setCriterionIds] = useState<string[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add(text, criterionIds)) {
      setText("");
      setCriterionIds([]);
    }
  }

  const field = {
    id: `${id}-text`,
    dir: "auto",
    required: true,
    maxLength,
    value: text,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
  } as const;
  return (
    <form onSubmit={submit} className="plan-form" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <div className="field">
        <label htmlFor={field.id}>{fieldLabel}</label>
        {multiline ? <textarea rows={3} {...field} /> : <input type="text" {...field} />}
      </div>
      <CriteriaChecks
        grid={grid}
        idPrefix={id}
        legend={t.linkedCriteria}
        chosen={criterionIds}
        onChange={setCriterionIds}
      />
      <button type="submit">{submitLabel}</button>
    </form>
  );
}

function ActionCard({
  context,
  action,
  dispatch,
  t,
}: {
  context: CycleContext;
  action: Action;
  /** Dispatches with the section's refusal notice. */
  dispatch: Dispatch;
  t: CycleMessages;
}) {
  const { format } = useI18n();
  const id = useId();
  const { cycle, grid } = context;
  const [note, setNote] = useState("");
  const [followStatus, setFollowStatus] = useState<"" | ActionStatus>("");
  const update = (fields: WorkspaceEditOf<"action.update">["fields"]) =>
    dispatch({ type: "action.update", cycleId: cycle.id, actionId: action.id, fields });

  return (
    <li className="plan-item action-card">
      <fieldset>
        <legend dir="auto">{action.title}</legend>
        <div className="field-grid">
          <TextField
            label={t.actionTitle}
            value={action.title}
            required
            maxLength={500}
            onCommit={(value) => update({ title: value })}
          />
          <TextField
            label={t.owner}
            value={action.owner ?? ""}
            maxLength={300}
            onCommit={(owner) => update({ owner })}
          />
          <DateField
            id={`${id}-due`}
            label={t.dueDate}
            value={action.dueDate}
            onCommit={(dueDate) => update({ dueDate })}
          />
          <div className="field">
            <label htmlFor={`${id}-status`}>{t.actionStatus}</label>
            <select
              id={`${id}-status`}
              value={action.status}
              onChange={(event) => update({ status: ActionStatus.parse(event.target.value) })}
            >
              {ActionStatus.options.map((status) => (
                <option key={status} value={status}>
                  {t.actionStatuses[status]}
                </option>
              ))}
            </select>
          </div>
          {cycle.recommendations.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-recommendation`}>{t.fromRecommendation}</label>
              <select
                id={`${id}-recommendation`}
                value={action.recommendationId ?? ""}
                onChange={(event) => update({ recommendationId: event.target.value })}
              >
                <option value="">{t.noRecommendation}</option>
                {cycle.recommendations.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.text.length > 80 ? `${r.text.slice(0, 79)}…` : r.text}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <TextField
          label={t.successSignal}
          value={action.successSignal ?? ""}
          multiline
          maxLength={20_000}
          onCommit={(successSignal) => update({ successSignal })}
        />
        <TextField
          label={t.description}
          value={action.description ?? ""}
          multiline
          maxLength={20_000}
          onCommit={(description) => update({ description })}
        />
        <CriteriaChecks
          grid={grid}
          idPrefix={`${id}-criteria`}
          legend={t.linkedCriteria}
          chosen={action.criterionIds}
          onChange={(ids) => update({ criterionIds: ids })}
        />
        <div className="follow-ups">
          <h4>{t.followUps}</h4>
          {action.followUps.length === 0 ? (
            <p className="muted">{t.noFollowUps}</p>
          ) : (
            <ul>
              {action.followUps.map((followUp, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: follow-ups are only appended
                <li key={index} dir="auto">
                  {t.followUpLine(format.date(followUp.date), followUp.note)}
                  {followUp.status ? ` (${t.actionStatuses[followUp.status]})` : ""}
                </li>
              ))}
            </ul>
          )}
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const noted = dispatch({
                type: "action.addFollowUp",
                cycleId: cycle.id,
                actionId: action.id,
                date: new Date().toISOString().slice(0, 10),
                note,
                ...(followStatus ? { status: followStatus } : {}),
              });
              if (noted) {
                setNote("");
                setFollowStatus("");
              }
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-note`}>{t.followUpNote}</label>
              <input
                id={`${id}-note`}
                type="text"
                dir="auto"
                maxLength={20_000}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-follow-status`}>{t.followUpStatus}</label>
              <select
                id={`${id}-follow-status`}
                value={followStatus}
                onChange={(event) =>
                  setFollowStatus(
                    event.target.value === "" ? "" : ActionStatus.parse(event.target.value),
                  )
                }
              >
                <option value="">{t.unchanged}</option>
                {ActionStatus.options.map((status) => (
                  <option key={status} value={status}>
                    {t.actionStatuses[status]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{t.addFollowUp}</button>
          </form>
        </div>
        <button
          type="button"
          className="button-quiet"
          onClick={() =>
            dispatch({ type: "action.remove", cycleId: cycle.id, actionId: action.id })
          }
        >
          {t.removeAction(action.title)}
        </button>
      </fieldset>
    </li>
  );
}
