import {
  applyWorkspaceEdit,
  type Language,
  type Workspace,
  type WorkspaceEdit,
  type WorkspaceEditResult,
} from "@coeval/core";
import { newId } from "./ids.ts";
import type { WorkspaceStore } from "./workspaceStore.ts";

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

/**
 * Applies an edit to the open workspace: memory changes at once and the write follows; a
 * refused edit changes nothing. Undefined when no workspace is open.
 */
export function dispatchToStore(
  store: WorkspaceStore,
  edit: WorkspaceEdit,
  lang: Language,
): WorkspaceEditResult | undefined {
  const current = store.getState().record?.workspace;
  if (current === undefined) return undefined;
  const now = new Date().toISOString();
  const drawn: string[] = [];
  const result = dispatchEdit(current, edit, {
    now,
    lang,
    newId: () => {
      const id = newId();
      drawn.push(id);
      return id;
    },
  });
  if (result.ok && result.workspace !== current) {
    void store.getState().update((workspace) => {
      if (workspace === current) return result.workspace;
      // Another change landed in between: the same edit, with the same ids and clock, on it.
      const replayed = drawn.slice();
      const again = dispatchEdit(workspace, edit, {
        now,
        lang,
        newId: () => replayed.shift() ?? newId(),
      });
      return again.ok ? again.workspace : workspace;
    });
  }
  return result;
}
