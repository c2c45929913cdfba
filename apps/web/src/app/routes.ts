/**
 * Hash routes: the screen is in the URL, so a reload (or a bookmark) opens the same screen,
 * and the built app works from any static file server with no rewrite rules.
 * To add a screen: add a variant here, its case in `parseRoute` / `routeHref`, and in `App.tsx`.
 */
export type WorkspaceSection = "structure";

export type Route =
  | { screen: "home" }
  | { screen: "workspace"; workspaceId: string; section: WorkspaceSection }
  | { screen: "notFound" };

const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = ["structure"];

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, "")
    .split("/")
    .filter((part) => part.length > 0)
    .map(safeDecode);
  if (parts.length === 0) return { screen: "home" };
  const [first, workspaceId, section, ...rest] = parts;
  if (first === "w" && workspaceId && rest.length === 0) {
    const chosen = section ?? "structure";
    if ((WORKSPACE_SECTIONS as readonly string[]).includes(chosen)) {
      return { screen: "workspace", workspaceId, section: chosen as WorkspaceSection };
    }
  }
  return { screen: "notFound" };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case "home":
      return "#/";
    case "workspace":
      return `#/w/${encodeURIComponent(route.workspaceId)}/${route.section}`;
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
