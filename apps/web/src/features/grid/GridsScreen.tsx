import "./grid.css";
import { routeHref } from "../../app/routes.ts";
import { useWorkspace } from "../../app/services.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { gridFamilies } from "../../store/gridEdits.ts";
import { GridEditor } from "./GridEditor.tsx";
import { useGridMessages } from "./messages.ts";
import { NewGridPanel } from "./NewGridPanel.tsx";

/** The grids of the workspace (`path` empty) or one grid (`path` = [gridId, version?]). */
export default function GridsScreen({
  workspaceId,
  path,
}: {
  workspaceId: string;
  path: string[];
}) {
  const [gridId, version] = path;
  if (gridId !== undefined) {
    const parsed = version === undefined ? undefined : Number.parseInt(version, 10);
    return (
      <GridEditor
        key={path.join("/")}
        workspaceId={workspaceId}
        gridId={gridId}
        routeVersion={Number.isInteger(parsed) ? parsed : undefined}
      />
    );
  }
  return <GridList workspaceId={workspaceId} />;
}

function GridList({ workspaceId }: { workspaceId: string }) {
  const m = useGridMessages();
  const { format } = useI18n();
  const workspace = useWorkspace((state) => state.record?.workspace);
  if (!workspace) return null;
  const families = gridFamilies(workspace);

  return (
    <div className="page grids">
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <section aria-labelledby="grid-list-title">
        <h2 id="grid-list-title">{m.listTitle}</h2>
        {families.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <ul className="grid-cards">
            {families.map(({ gridId, versions }) => {
              const latest = versions.at(-1);
              if (!latest) return null;
              const criteria = latest.dimensions.reduce((sum, d) => sum + d.criteria.length, 0);
              return (
                <li key={gridId} className="workspace-card">
                  <h3 dir="auto">
                    <a
                      href={routeHref({
                        screen: "workspace",
                        workspaceId,
                        section: "grids",
                        path: [gridId],
                      })}
                    >
                      {latest.name}
                    </a>
                  </h3>
                  <p className="muted">{m.counts(latest.dimensions.length, criteria)}</p>
                  <ul className="version-list">
                    {versions.map((grid) => (
                      <li key={grid.version}>
                        <span className={`status status-${grid.status}`}>
                          {m.status[grid.status]}
                        </span>{" "}
                        <a
                          href={routeHref({
                            screen: "workspace",
                            workspaceId,
                            section: "grids",
                            path: [gridId, String(grid.version)],
                          })}
                          aria-label={m.openGrid(grid.name, grid.version)}
                        >
                          {m.version(grid.version)}
                        </a>{" "}
                        <span className="muted">
                          · {m.createdOn(format.date(grid.createdAt))}
                          {grid.adoptedAt && ` · ${m.adoptedOn(format.date(grid.adoptedAt))}`}
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <NewGridPanel workspaceId={workspaceId} />
    </div>
  );
}
