// Shared by this folder's tests only: applying an edit and checking what came of it.
import { expect } from "vitest";
import { safeParseWorkspace, serialiseWorkspace } from "../format/parse.ts";
import type { Workspace } from "../model/workspace.ts";
import { applyWorkspaceEdit, type Refusal, type WorkspaceEditDeps } from "./apply.ts";
import type { WorkspaceEdit } from "./schema.ts";

export const NOW = "2026-06-01T10:00:00.000Z";

/** Ids new-1, new-2… and the clock NOW: what a replay gives again. */
export function deps(lang?: "fr" | "en"): WorkspaceEditDeps {
  let counter = 0;
  const newId = () => `new-${++counter}`;
  return lang === undefined ? { newId, now: NOW } : { newId, now: NOW, lang };
}

/**
 * Applies an edit core must accept. The workspace it gives passes the validation of a file
 * import at the edit's time, and reads back identical once written to a file.
 */
export function applied(workspace: Workspace, edit: WorkspaceEdit) {
  const result = applyWorkspaceEdit(workspace, edit, deps());
  if (!result.ok) throw new Error(result.refusal.message);
  const parsed = safeParseWorkspace(serialiseWorkspace(result.workspace), { now: NOW });
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  if (parsed.ok) expect(parsed.workspace).toEqual(result.workspace);
  return result;
}

/** Applies an edit core must refuse, and checks the workspace given was left as it was. */
export function refusal(workspace: Workspace, edit: WorkspaceEdit, lang?: "fr" | "en"): Refusal {
  const before = JSON.parse(JSON.stringify(workspace)) as typeof workspace;
  const result = applyWorkspaceEdit(workspace, edit, deps(lang));
  if (result.ok) throw new Error(`accepted: ${edit.type}`);
  expect(workspace).toEqual(before);
  return result.refusal;
}

/** The refusal in French (the default) and in English, with the same code. */
export function refusals(workspace: Workspace, edit: WorkspaceEdit): { fr: string; en: string } {
  const fr = refusal(workspace, edit);
  const en = refusal(workspace, edit, "en");
  expect(en.code).toBe(fr.code);
  return { fr: fr.message, en: en.message };
}
