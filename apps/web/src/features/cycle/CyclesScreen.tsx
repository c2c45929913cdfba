import { CyclePageScreens } from "../../app/screens.ts";
import { useI18n } from "../../i18n/index.tsx";
import { CycleList } from "./CycleList.tsx";
import { parseCyclePath } from "./cyclePaths.ts";
import "./cycle.css";

const { setup: CycleSetup, plan: PlanScreen, session: SessionScreen } = CyclePageScreens;

/** The cycles section: the list, a cycle's set-up, its plan, or a session being run. */
export default function CyclesScreen({
  workspaceId,
  path,
}: {
  workspaceId: string;
  path: readonly string[];
}) {
  const { t } = useI18n();
  const page = parseCyclePath(path);
  switch (page.page) {
    case "list":
      return <CycleList workspaceId={workspaceId} />;
    case "setup":
      return <CycleSetup workspaceId={workspaceId} cycleId={page.cycleId} />;
    case "plan":
      return <PlanScreen workspaceId={workspaceId} cycleId={page.cycleId} />;
    case "session":
      return (
        <SessionScreen
          key={page.sessionId}
          workspaceId={workspaceId}
          cycleId={page.cycleId}
          sessionId={page.sessionId}
          criterionId={page.criterionId}
          step={page.step}
        />
      );
    case "notFound":
      return (
        <div className="page">
          <h1>{t.app.notFound}</h1>
        </div>
      );
  }
}
