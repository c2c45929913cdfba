import {
  applyWorkspaceEdit,
  type Language,
  type Workspace,
  type WorkspaceEdit,
  type WorkspaceEditResult,
} from "@coeval/core";
import { newId } from "./ids.ts";

/** The app's clock and id source for an edit: the rules themselves live in core. */
export function dispatchEdit(
  workspace: Workspace,
  edit: WorkspaceEdit,
  options: { newId?: () => string; now?: string; lang?: Language } = {},
): WorkspaceEditResult {
  return applyWorkspaceEdit(workspace, edit, {
    newId: options.newId ?? newId,
    now: options.now ?? new Date().toISOString(),
    ...(options.lang ? { lang: options.lang } : {}),
  });
}

/** The workspace after the edit, or as it was when core refused it. */
export function afterEdit(workspace: Workspace, edit: WorkspaceEdit): Workspace {
  const result = dispatchEdit(workspace, edit);
  return result.ok ? result.workspace : workspace;
}
