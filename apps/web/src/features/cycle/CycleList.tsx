import { adoptedGrids, EvaluationMode, findGrid, type Workspace } from "@coeval/core";
import { type FormEvent, useId, useState } from "react";
import { navigate, routeHref } from "../../app/routes.ts";
import { useWorkspace } from "../../app/services.tsx";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import { useI18n } from "../../i18n/index.tsx";
import { newId } from "../../store/ids.ts";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import { cycleHref } from "./cyclePaths.ts";
import { type CycleMessages, useCycleMessages } from "./messages.ts";

/** Every cycle of the workspace, and the form that starts a new one on an adopted grid. */
export function CycleList({ workspaceId }: { workspaceId: string }) {
  const t = useCycleMessages();
  const { format } = useI18n();
  const workspace = useWorkspace((state) => state.record?.workspace);
  if (!workspace) return null;

  return (
    <div className="page cycles">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <section className="card" aria-labelledby="cycle-list-title">
        <h2 id="cycle-list-title">{t.title}</h2>
        {workspace.cycles.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul className="cycle-cards">
            {workspace.cycles.map((cycle) => {
              const grid = findGrid(workspace, cycle.grid);
              return (
                <li key={cycle.id} className="cycle-card">
                  <h3 dir="auto">
                    <a
                      href={cycleHref(workspaceId, { page: "setup", cycleId: cycle.id })}
                      aria-label={t.open(cycle.name)}
                    >
                      {cycle.name}
                    </a>
                  </h3>
                  <p>
                    {t.modes[cycle.mode]} · {t.statuses[cycle.status]}
                    {cycle.startDate ? ` · ${format.date(cycle.startDate)}` : ""}
                  </p>
                  {grid && (
                    <p className="muted" dir="auto">
                      {t.pinnedGrid(grid.name, grid.version)}
                    </p>
                  )}
                  <p className="muted">
                    {t.summary(cycle.participants.length, cycle.sessions.length)}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <NewCycleForm workspace={workspace} workspaceId={workspaceId} t={t} />
    </div>
  );
}

function NewCycleForm({
  workspace,
  workspaceId,
  t,
}: {
  workspace: Workspace;
  workspaceId: string;
  t: CycleMessages;
}) {
  const { dispatch, refusal } = useWorkspaceEdit();
  const id = useId();
  const grids = adoptedGrids(workspace);
  const organisations = workspace.organisations;
  const [gridKey, setGridKey] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [name, setName] = useState("");
  const [mode, setMode] = useState<EvaluationMode>("selfEvaluation");
  const defaultName = t.defaultName(new Date().getFullYear());

  const chosenGrid = grids.find((g) => `${g.id}@${g.version}` === gridKey) ?? grids[0];
  const organisation = organisations.find((o) => o.id === organisationId) ?? organisations[0];

  if (grids.length === 0 || !organisation) {
    return (
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t.newTitle}</h2>
        <p>{t.noAdoptedGrid}</p>
        <p>
          <a href={routeHref({ screen: "workspace", workspaceId, section: "grids" })}>
            {t.gridsLink}
          </a>
        </p>
      </section>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosenGrid || !organisation) return;
    const cycleId = newId();
    const created = dispatch({
      type: "cycle.create",
      id: cycleId,
      organisationId: organisation.id,
      grid: { gridId: chosenGrid.id, version: chosenGrid.version },
      name: name.trim() || defaultName,
      mode,
    });
    if (created) navigate({ screen: "workspace", workspaceId, section: "cycles", path: [cycleId] });
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.newTitle}</h2>
      {organisation.stakeholderGroups.length === 0 && (
        <p className="notice">
          {t.noGroups}{" "}
          <a href={routeHref({ screen: "workspace", workspaceId, section: "structure" })}>
            {t.structureLink}
          </a>
        </p>
      )}
      <form onSubmit={submit} className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t.name}</label>
          <input
            id={`${id}-name`}
            type="text"
            dir="auto"
            maxLength={500}
            placeholder={defaultName}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-grid`}>{t.grid}</label>
          <select
            id={`${id}-grid`}
            value={chosenGrid ? `${chosenGrid.id}@${chosenGrid.version}` : ""}
            onChange={(event) => setGridKey(event.target.value)}
          >
            {grids.map((grid) => (
              <option key={`${grid.id}@${grid.version}`} value={`${grid.id}@${grid.version}`}>
                {t.gridOption(grid.name, grid.version)}
              </option>
            ))}
          </select>
        </div>
        {organisations.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-organisation`}>{t.organisation}</label>
            <select
              id={`${id}-organisation`}
              value={organisation.id}
              onChange={(event) => setOrganisationId(event.target.value)}
            >
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-mode`}>{t.mode}</label>
          <select
            id={`${id}-mode`}
            value={mode}
            onChange={(event) => setMode(EvaluationMode.parse(event.target.value))}
          >
            {EvaluationMode.options.map((option) => (
              <option key={option} value={option}>
                {t.modes[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-submit">
          <button type="submit" className="button-primary">
            {t.create}
          </button>
        </div>
      </form>
      <RefusalNotice refusal={refusal} />
    </section>
  );
}
