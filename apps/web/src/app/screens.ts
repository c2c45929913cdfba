import { parseCyclePath } from "../features/cycle/cyclePaths.ts";
import { lazyScreen } from "./lazyScreen.tsx";
import type { Route, WorkspaceSection } from "./routes.ts";

// Each screen is its own chunk: the first screen loads only what it shows.
export const HomeScreen = lazyScreen(() => import("../features/home/HomeScreen.tsx"));
export const WorkspaceScreen = lazyScreen(
  () => import("../features/workspace/WorkspaceScreen.tsx"),
);
export const LockedDevice = lazyScreen(() => import("../features/session/LockedDevice.tsx"));

export const SectionScreens = {
  structure: lazyScreen(() => import("../features/structure/StructureScreen.tsx")),
  grids: lazyScreen(() => import("../features/grid/GridsScreen.tsx")),
  coconstruction: lazyScreen(() => import("../features/coconstruction/CoconstructionScreen.tsx")),
  cycles: lazyScreen(() => import("../features/cycle/CyclesScreen.tsx")),
  results: lazyScreen(() => import("../features/results/ResultsScreen.tsx")),
} as const satisfies Record<WorkspaceSection, unknown>;

export const CyclePageScreens = {
  setup: lazyScreen(() => import("../features/cycle/CycleSetup.tsx")),
  plan: lazyScreen(() => import("../features/cycle/PlanScreen.tsx")),
  session: lazyScreen(() => import("../features/session/SessionScreen.tsx")),
} as const;

/** Fetches, side by side, every chunk the screen of a route shows. */
export async function preloadRoute(route: Route): Promise<void> {
  const chunks: Promise<void>[] = [];
  if (route.screen === "home") chunks.push(HomeScreen.preload());
  if (route.screen === "workspace") {
    chunks.push(WorkspaceScreen.preload(), SectionScreens[route.section].preload());
    if (route.section === "cycles") {
      const page = parseCyclePath(route.path ?? []);
      if (page.page === "setup" || page.page === "plan" || page.page === "session") {
        chunks.push(CyclePageScreens[page.page].preload());
        // A session may hand the device round: its locked view is fetched ahead, unwaited.
        if (page.page === "session") LockedDevice.preload().catch(() => undefined);
      }
    }
  }
  await Promise.all(chunks);
}
