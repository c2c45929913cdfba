import type { Workspace } from "@coeval/core";
import type { I18n } from "../i18n/index.tsx";

/** How a workspace is named to people: its own name, else its organisations', else "untitled". */
export function workspaceTitle(workspace: Workspace, { t, format }: I18n): string {
  if (workspace.name) return workspace.name;
  const names = workspace.organisations.map((organisation) => organisation.name);
  return names.length > 0 ? format.list(names) : t.home.untitled;
}
