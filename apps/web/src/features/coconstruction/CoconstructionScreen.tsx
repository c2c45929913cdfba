import "../grid/grid.css";
import "./coconstruction.css";
import { type Grid, GridWorkshop, Label } from "@coeval/core";
import { type FormEvent, useId, useState } from "react";
import { navigate, routeHref } from "../../app/routes.ts";
import { useWorkspace } from "../../app/services.tsx";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import { useI18n } from "../../i18n/index.tsx";
import { gridFamilies } from "../../store/gridEdits.ts";
import { newId } from "../../store/ids.ts";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import { useCoconstructionMessages } from "./messages.ts";
import { WorkshopScreen } from "./WorkshopScreen.tsx";

const TITLE_MAX = Label.maxLength ?? undefined;
const POINTS_MAX = GridWorkshop.shape.pointsPerVoter.unwrap().maxValue ?? 100;

/** The workshops of the workspace (`path` empty) or one workshop (`path` = [workshopId]). */
export default function CoconstructionScreen({
  workspaceId,
  path,
}: {
  workspaceId: string;
  path: string[];
}) {
  const [workshopId] = path;
  if (workshopId !== undefined) {
    return <WorkshopScreen key={workshopId} workspaceId={workspaceId} workshopId={workshopId} />;
  }
  return <WorkshopList workspaceId={workspaceId} />;
}

function WorkshopList({ workspaceId }: { workspaceId: string }) {
  const m = useCoconstructionMessages();
  const { format } = useI18n();
  const workspace = useWorkspace((state) => state.record?.workspace);
  if (!workspace) return null;
  return (
    <div className="page coconstruction">
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <section aria-labelledby="workshop-list-title">
        <h2 id="workshop-list-title">{m.listTitle}</h2>
        {workspace.gridWorkshops.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <ul className="grid-cards">
            {workspace.gridWorkshops.map((workshop) => (
              <li key={workshop.id} className="workspace-card">
                <h3 dir="auto">
                  <a
                    href={routeHref({
                      screen: "workspace",
                      workspaceId,
                      section: "coconstruction",
                      path: [workshop.id],
                    })}
                  >
                    {workshop.title}
                  </a>
                </h3>
                {workshop.date && <p>{format.date(workshop.date)}</p>}
                <p className="muted">
                  {m.summary(workshop.proposals.length, workshop.voters.length)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewWorkshopForm workspaceId={workspaceId} />
    </div>
  );
}

function NewWorkshopForm({ workspaceId }: { workspaceId: string }) {
  const m = useCoconstructionMessages();
  const { dispatch, refusal } = useWorkspaceEdit();
  const workspace = useWorkspace((state) => state.record?.workspace);
  const ids = {
    title: useId(),
    date: useId(),
    grid: useId(),
    organisation: useId(),
    points: useId(),
  };
  const drafts = workspace
    ? gridFamilies(workspace)
        .map(({ versions }) => versions.at(-1))
        .filter((grid): grid is Grid => grid?.status === "draft")
    : [];
  const [title, setTitle] = useState(m.defaultTitle);
  const [date, setDate] = useState("");
  const [gridId, setGridId] = useState(drafts[0]?.id ?? "");
  const [organisationId, setOrganisationId] = useState(workspace?.organisations[0]?.id ?? "");
  const [points, setPoints] = useState("5");
  if (!workspace) return null;

  const chosenGrid = drafts.find((g) => g.id === gridId) ?? drafts[0];
  const chosenOrganisation =
    workspace.organisations.find((o) => o.id === organisationId) ?? workspace.organisations[0];

  function submit(event: FormEvent) {
    event.preventDefault();
    const pointsPerVoter = Number.parseInt(points, 10);
    if (!chosenGrid || !chosenOrganisation || !title.trim()) return;
    if (!Number.isInteger(pointsPerVoter) || pointsPerVoter < 1 || pointsPerVoter > POINTS_MAX)
      return;
    const id = newId();
    const created = dispatch({
      type: "workshop.create",
      id,
      organisationId: chosenOrganisation.id,
      gridId: chosenGrid.id,
      title,
      ...(date ? { date } : {}),
      pointsPerVoter,
    });
    if (created) {
      navigate({ screen: "workspace", workspaceId, section: "coconstruction", path: [id] });
    }
  }

  return (
    <section className="card" aria-labelledby="new-workshop-title">
      <h2 id="new-workshop-title">{m.newTitle}</h2>
      {drafts.length === 0 ? (
        <p>
          {m.noDraftGrid}{" "}
          <a href={routeHref({ screen: "workspace", workspaceId, section: "grids" })}>
            {m.toGrids}
          </a>
        </p>
      ) : (
        <form onSubmit={submit}>
          <div className="field-grid">
            <div className="field">
              <label htmlFor={ids.title}>{m.workshopTitle}</label>
              <input
                id={ids.title}
                type="text"
                dir="auto"
                required
                maxLength={TITLE_MAX}
                value={title}
                onChange={(event) => setTitle(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.date}>{m.date}</label>
              <input
                id={ids.date}
                type="date"
                value={date}
                onChange={(event) => setDate(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.grid}>{m.grid}</label>
              <select
                id={ids.grid}
                value={chosenGrid?.id}
                onChange={(event) => setGridId(event.target.value)}
              >
                {drafts.map((grid) => (
                  <option key={grid.id} value={grid.id}>
                    {m.gridOption(grid.name, grid.version)}
                  </option>
                ))}
              </select>
            </div>
            {workspace.organisations.length > 1 && (
              <div className="field">
                <label htmlFor={ids.organisation}>{m.organisation}</label>
                <select
                  id={ids.organisation}
                  value={chosenOrganisation?.id}
                  onChange={(event) => setOrganisationId(event.target.value)}
                >
                  {workspace.organisations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor={ids.points}>{m.pointsPerVoter}</label>
              <input
                id={ids.points}
                type="number"
                min={1}
                max={POINTS_MAX}
                required
                value={points}
                onChange={(event) => setPoints(event.target.value)}
              />
            </div>
          </div>
          <button type="submit" className="button-primary">
            {m.create}
          </button>
          <RefusalNotice refusal={refusal} />
        </form>
      )}
    </section>
  );
}
