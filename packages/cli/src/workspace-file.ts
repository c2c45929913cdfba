import { safeParseWorkspace, type ValidationIssue, type Workspace } from "@coeval/core";
import type { CommandContext } from "./command.ts";
import { printIssues, printWarnings, readTextFile } from "./files.ts";

export type LoadedWorkspace =
  | {
      ok: true;
      workspace: Workspace;
      text: string;
      /** How the file was read and what its records say: already printed by `loadWorkspaceFile`. */
      warnings: ValidationIssue[];
      migratedFrom?: number;
    }
  | { ok: false; issues?: readonly ValidationIssue[] };

/** Parses workspace text, with dates checked against `now`; never throws, whatever the bytes. */
export function parseWorkspaceText(text: string, now: string): LoadedWorkspace {
  const parsed = safeParseWorkspace(text, { now });
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const loaded = {
    ok: true as const,
    workspace: parsed.workspace,
    text,
    warnings: parsed.warnings,
  };
  return parsed.migratedFrom === undefined
    ? loaded
    : { ...loaded, migratedFrom: parsed.migratedFrom };
}

/**
 * Reads and parses a workspace file named on the command line. Its warnings (how it
 * was decoded, records that deserve a look) go to standard error. On failure the
 * reason is already printed (to `errors`) and `ok` is false.
 */
export async function loadWorkspaceFile(
  context: CommandContext,
  path: string,
  errors: (text: string) => void = context.io.stderr,
): Promise<LoadedWorkspace> {
  const file = await readTextFile(context, path);
  if (file === undefined) return { ok: false };
  const loaded = parseWorkspaceText(file.text, context.io.now());
  printWarnings(context, path, [...file.warnings, ...(loaded.ok ? loaded.warnings : [])]);
  if (!loaded.ok && loaded.issues) {
    printIssues(
      errors,
      context.m.workspace.invalidHeading(path, loaded.issues.length, context.f),
      loaded.issues,
      context,
    );
  }
  return loaded.ok ? { ...loaded, warnings: [...file.warnings, ...loaded.warnings] } : loaded;
}
