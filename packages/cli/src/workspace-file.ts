import {
  formatIssue,
  safeParseWorkspace,
  type ValidationIssue,
  type Workspace,
} from "@coeval/core";
import { type CommandContext, line } from "./command.ts";
import { readTextFile } from "./files.ts";

/** Prints a heading and every issue as `path : message`, one per line. */
export function printIssues(
  write: (text: string) => void,
  heading: string,
  issues: readonly ValidationIssue[],
  context: CommandContext,
): void {
  line(write, heading);
  for (const issue of issues) line(write, `  ${formatIssue(issue, context.t.language)}`);
}

export type LoadedWorkspace =
  | { ok: true; workspace: Workspace; text: string; migratedFrom?: number }
  | { ok: false; issues?: readonly ValidationIssue[] };

/** Parses workspace text; never throws, whatever the bytes. */
export function parseWorkspaceText(text: string): LoadedWorkspace {
  const parsed = safeParseWorkspace(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  return parsed.migratedFrom === undefined
    ? { ok: true, workspace: parsed.workspace, text }
    : { ok: true, workspace: parsed.workspace, text, migratedFrom: parsed.migratedFrom };
}

/**
 * Reads and parses a workspace file named on the command line. On failure the
 * reason is already printed (to `errors`) and `ok` is false.
 */
export async function loadWorkspaceFile(
  context: CommandContext,
  path: string,
  errors: (text: string) => void = context.io.stderr,
): Promise<LoadedWorkspace> {
  const text = await readTextFile(context, path);
  if (text === undefined) return { ok: false };
  const loaded = parseWorkspaceText(text);
  if (!loaded.ok && loaded.issues) {
    printIssues(
      errors,
      context.m.workspace.invalidHeading(path, loaded.issues.length, context.f),
      loaded.issues,
      context,
    );
  }
  return loaded;
}
