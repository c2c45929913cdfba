/**
 * Hash routes: the screen is in the URL, so a reload (or a bookmark) opens the same screen,
 * and the built app works from any static file server with no rewrite rules.
 * To add a screen: add a variant here, its case in `parseRoute` / `routeHref`, and in `App.tsx`.
 */
export type WorkspaceSection = "structure" | "grids" | "coconstruction" | "cycles" | "results";

export type Route =
  | { screen: "home" }
  | {
      screen: "workspace";
      workspaceId: string;
      section: WorkspaceSection;
      /** What the section shows inside itself (a grid id, a workshop id…); each section reads its own. */
      path?: string[];
    }
  | { screen: "notFound" };

const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [
  "structure",
  "grids",
  "coconstruction",
  "cycles",
  "results",
];
/** Sections whose screens read a `path` after the section name. */
const SECTIONS_WITH_PATH: readonly WorkspaceSection[] = [
  "grids",
  "coconstruction",
  "cycles",
  "results",
];

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, "")
    .split("/")
    .filter((part) => part.length > 0)
    .map(safeDecode);
  if (parts.length === 0) return { screen: "home" };
  const [first, workspaceId, section, ...rest] = parts;
  if (first === "w" && workspaceId) {
    const chosen = (section ?? "structure") as WorkspaceSection;
    if (WORKSPACE_SECTIONS.includes(chosen)) {
      if (rest.length === 0) return { screen: "workspace", workspaceId, section: chosen };
      if (SECTIONS_WITH_PATH.includes(chosen)) {
        return { screen: "workspace", workspaceId, section: chosen, path: rest };
      }
    }
  }
  return { screen: "notFound" };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case "home":
      return "#/";
    case "workspace":
      return [`#/w/${encodeURIComponent(route.workspaceId)}/${route.section}`]
        .concat((route.path ?? []).map(encodeURIComponent))
        .join("/");
    case "notFound":
      return "#/404";
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
