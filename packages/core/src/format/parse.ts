import { Workspace } from "../model/workspace.ts";
import { CoevalError } from "./coeval-error.ts";
import { issue, jsonTypeOf, type ValidationIssue } from "./issues.ts";
import { parseJsonText } from "./json-text.ts";
import { type JsonObject, MIGRATIONS, type Migration, migrateDocument } from "./migrations.ts";
import { inspectWorkspace, type ValidateWorkspaceOptions } from "./validate.ts";
import { fromZodIssues } from "./zod-issues.ts";

export type ParseWorkspaceResult =
  /** `warnings`: what was read as it is but deserves the reader's attention. */
  | { ok: true; workspace: Workspace; warnings: ValidationIssue[]; migratedFrom?: number }
  | { ok: false; issues: ValidationIssue[] };

/** How to read: the caller's clock (see `ValidateWorkspaceOptions`). */
export type ParseWorkspaceOptions = ValidateWorkspaceOptions;

/** More issues than this are summed up in one last issue: a broken file must not flood the screen. */
export const MAX_ISSUES = 100;

/** At most MAX_ISSUES issues, then one that counts the others. */
function capped(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const shown = issues.slice(0, MAX_ISSUES);
  shown.push(issue([], "issues.truncated", { count: issues.length - MAX_ISSUES }));
  return shown;
}

function failure(issues: ValidationIssue[]): ParseWorkspaceResult {
  return { ok: false, issues: capped(issues) };
}

/**
 * Reading with an explicit list of migrations: what `safeParseWorkspace` does with the
 * engine's own list. Exposed to the format's tests, which exercise migrations that the
 * published format does not need yet.
 */
export function safeParseWorkspaceWith(
  input: unknown,
  migrations: readonly Migration[],
  options: ParseWorkspaceOptions = {},
): ParseWorkspaceResult {
  try {
    let value = input;
    if (typeof input === "string") {
      const parsed = parseJsonText(input);
      if (!parsed.ok) return failure(parsed.issues);
      value = parsed.value;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return failure([issue([], "document.notObject", { received: jsonTypeOf(value) })]);
    }
    const document = value as JsonObject;
    const migrated = migrateDocument(document, migrations);
    if (!migrated.ok) return failure(migrated.issues);

    const shaped = Workspace.safeParse(migrated.document, { reportInput: true });
    if (!shaped.success) return failure(fromZodIssues(shaped.error.issues));
    const { errors, warnings } = inspectWorkspace(shaped.data, options);
    if (errors.length > 0) return failure(errors);
    const read = {
      ok: true as const,
      workspace: shaped.data,
      warnings: capped(warnings),
    };
    return migrated.migratedFrom === undefined
      ? read
      : { ...read, migratedFrom: migrated.migratedFrom };
  } catch {
    // Input can be anything (proxies, getters that throw, cyclic objects): reading never throws.
    return failure([issue([], "internal.unexpected")]);
  }
}

/**
 * Reads a workspace from `*.coeval.json` text or from an already parsed value: JSON
 * syntax, format version (older versions are migrated), shape, then the rules between
 * records. Give `now` (the caller's clock) so that dates in the future are refused.
 * Never throws.
 */
export function safeParseWorkspace(
  input: unknown,
  options: ParseWorkspaceOptions = {},
): ParseWorkspaceResult {
  return safeParseWorkspaceWith(input, MIGRATIONS, options);
}

/** Like `safeParseWorkspace`, but returns the workspace or throws a `CoevalError`. */
export function parseWorkspace(input: unknown, options: ParseWorkspaceOptions = {}): Workspace {
  const result = safeParseWorkspace(input, options);
  if (!result.ok) throw new CoevalError(result.issues);
  return result.workspace;
}

/**
 * The canonical text of a workspace: keys in the order of the schema, two-space
 * indentation, a final newline, so that saved files diff well. Throws a `CoevalError`
 * if the value does not have the shape of a workspace, rather than write a file that
 * could not be read back.
 */
export function serialiseWorkspace(workspace: Workspace): string {
  const shaped = Workspace.safeParse(workspace, { reportInput: true });
  if (!shaped.success) throw new CoevalError(fromZodIssues(shaped.error.issues));
  return `${JSON.stringify(shaped.data, null, 2)}\n`;
}
