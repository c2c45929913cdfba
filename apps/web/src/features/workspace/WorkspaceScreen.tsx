import { formatIssue } from "@coeval/core";
import { useEffect, useState } from "react";
import { routeHref, type WorkspaceSection } from "../../app/routes.ts";
import { SectionScreens } from "../../app/screens.ts";
import { useServices, useWorkspace } from "../../app/services.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { flushPendingEdits } from "../../store/pendingEdits.ts";
import { hasUnexportedWork } from "../../store/workspaceStore.ts";
import { ProblemList } from "../../ui/ProblemList.tsx";
import { SaveStatus } from "../../ui/SaveStatus.tsx";
import { workspaceTitle } from "../../ui/workspaceTitle.ts";
import { exportedWorkspaceText, exportFileName } from "./exportFile.ts";

const {
  structure: StructureScreen,
  grids: GridsScreen,
  coconstruction: CoconstructionScreen,
  cycles: CyclesScreen,
  results: ResultsScreen,
} = SectionScreens;

/** The sections of an open workspace, in the order of the evaluation. Later screens add theirs. */
const SECTIONS: readonly WorkspaceSection[] = [
  "structure",
  "grids",
  "coconstruction",
  "cycles",
  "results",
];

export default function WorkspaceScreen({
  workspaceId,
  section,
  path = [],
}: {
  workspaceId: string;
  section: WorkspaceSection;
  path?: string[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { workspaceStore, download } = useServices();
  const loadState = useWorkspace((state) => state.loadState);
  const loadIssues = useWorkspace((state) => state.loadIssues);
  const record = useWorkspace((state) => (state.record?.id === workspaceId ? state.record : null));
  const [reminderDismissed, setReminderDismissed] = useState(false);
  const [notice, setNotice] = useState("");

  useEffect(() => {
    void workspaceStore.getState().open(workspaceId);
    return () => flushPendingEdits();
  }, [workspaceStore, workspaceId]);

  if (!record) {
    if (loadState === "notFound" || loadState === "failed") {
      return (
        <div className="page">
          <h1>{t.workspace.notFound}</h1>
          <p>
            <a href={routeHref({ screen: "home" })}>{t.app.backHome}</a>
          </p>
        </div>
      );
    }
    if (loadState === "unreadable") {
      return (
        <div className="page">
          <ProblemList
            title={t.workspace.unreadable}
            problems={loadIssues.map((stored) =>
              // The core's checks word their issues in the reader's language.
              stored.issue
                ? formatIssue(stored.issue, i18n.language)
                : `${stored.path.join(".")} : ${stored.message}`,
            )}
          />
          <p>
            <a href={routeHref({ screen: "home" })}>{t.app.backHome}</a>
          </p>
        </div>
      );
    }
    return <p className="loading">{t.app.loading}</p>;
  }

  async function exportNow() {
    flushPendingEdits();
    const current = workspaceStore.getState().record;
    if (!current) return;
    const fileName = exportFileName(workspaceTitle(current.workspace, i18n));
    const text = exportedWorkspaceText(current.workspace, new Date().toISOString());
    download(fileName, text, "application/json");
    await workspaceStore.getState().markExported();
    setNotice(t.workspace.exported(fileName));
  }

  const sectionLabels: Record<WorkspaceSection, string> = {
    structure: t.workspace.structure,
    grids: t.workspace.grids,
    coconstruction: t.workspace.coconstruction,
    cycles: t.workspace.cycles,
    results: t.workspace.results,
  };

  return (
    <div className="workspace">
      <div className="workspace-bar">
        <p className="workspace-title" dir="auto">
          {workspaceTitle(record.workspace, i18n)}
        </p>
        <nav aria-label={t.workspace.nav}>
          <ul>
            {SECTIONS.map((item) => (
              <li key={item}>
                <a
                  href={routeHref({ screen: "workspace", workspaceId, section: item })}
                  aria-current={item === section ? "page" : undefined}
                >
                  {sectionLabels[item]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SaveStatus />
        <button type="button" onClick={() => void exportNow()} title={t.workspace.exportHint}>
          {t.workspace.export}
        </button>
      </div>
      <p role="status" className="notice" dir="auto">
        {notice}
      </p>
      {hasUnexportedWork(record) && !reminderDismissed && (
        <aside className="reminder" aria-label={t.workspace.reminderAction}>
          <p>{t.workspace.reminder}</p>
          <div className="actions">
            <button type="button" onClick={() => void exportNow()}>
              {t.workspace.reminderAction}
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() => setReminderDismissed(true)}
            >
              {t.workspace.reminderDismiss}
            </button>
          </div>
        </aside>
      )}
      {section === "structure" && <StructureScreen />}
      {section === "grids" && <GridsScreen workspaceId={workspaceId} path={path} />}
      {section === "coconstruction" && (
        <CoconstructionScreen workspaceId={workspaceId} path={path} />
      )}
      {section === "cycles" && <CyclesScreen workspaceId={workspaceId} path={path} />}
      {section === "results" && <ResultsScreen workspaceId={workspaceId} path={path} />}
    </div>
  );
}
