import { issue, jsonTypeOf, type ValidationIssue } from "../format/issues.ts";
import { parseJsonText } from "../format/json-text.ts";
import { fromZodIssues } from "../format/zod-issues.ts";
import { WorkspaceEdit } from "./schema.ts";

export type ParseEditsResult =
  | { ok: true; edits: WorkspaceEdit[] }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Reads a list of workspace edits from JSON text (an array of edits, or one edit), each
 * checked against the `WorkspaceEdit` schema: what a script or another tool hands the CLI.
 * Issues are located by the edit's place in the list. Never throws.
 */
export function parseWorkspaceEdits(text: string): ParseEditsResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const list: unknown[] = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  const edits: WorkspaceEdit[] = [];
  const issues: ValidationIssue[] = [];
  list.forEach((value, index) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      issues.push(issue([index], "document.notObject", { received: jsonTypeOf(value) }));
      return;
    }
    const edit = WorkspaceEdit.safeParse(value, { reportInput: true });
    if (edit.success) edits.push(edit.data);
    else {
      for (const found of fromZodIssues(edit.error.issues)) {
        issues.push({ ...found, path: [index, ...found.path] });
      }
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, edits };
}
