import { randomUUID } from "node:crypto";
import {
  applyWorkspaceEdit,
  formatIssue,
  parseWorkspaceEdits,
  safeParseWorkspace,
  serialiseWorkspace,
} from "@coeval/core";
import { type CommandDefinition, EXIT_FAILURE, EXIT_OK, line } from "../command.ts";
import { readTextFile, refuseWithIssues, writeTextFile } from "../files.ts";
import { loadWorkspaceFile } from "../workspace-file.ts";

/**
 * Applies a list of workspace edits, in order, with the engine's rules: the CLI changes a
 * workspace only by dispatching the edits core defines, as the app does. All or nothing.
 */
export const applyCommand: CommandDefinition = {
  options: { output: { type: "string", short: "o" } },
  positionals: (m) => [m.arguments.workspaceFile, m.arguments.editsFile],
  execute: async (context) => {
    const [workspacePath = "", editsPath = ""] = context.positionals;
    const output =
      typeof context.options.output === "string" ? context.options.output : workspacePath;
    const { apply: messages, files } = context.m;
    const stderr = context.io.stderr;

    const loaded = await loadWorkspaceFile(context, workspacePath);
    if (!loaded.ok) return EXIT_FAILURE;
    const editsFile = await readTextFile(context, editsPath);
    if (editsFile === undefined) return EXIT_FAILURE;
    const read = parseWorkspaceEdits(editsFile.text);
    if (!read.ok) {
      return refuseWithIssues(
        context,
        messages.invalidHeading(editsPath, read.issues.length, context.f),
        read.issues,
      );
    }

    const now = context.io.now();
    let workspace = loaded.workspace;
    for (const [index, edit] of read.edits.entries()) {
      const result = applyWorkspaceEdit(workspace, edit, {
        newId: randomUUID,
        now,
        lang: context.t.language,
      });
      if (!result.ok) {
        line(stderr, messages.refused(index + 1, edit.type, result.refusal.message));
        for (const found of result.refusal.issues ?? []) {
          line(stderr, `  ${formatIssue(found, context.t.language)}`);
        }
        line(stderr, files.nothingWritten);
        return EXIT_FAILURE;
      }
      workspace = result.workspace;
    }

    // Checked as it will be read back: never write a file that would not open.
    const checked = safeParseWorkspace(workspace, { now });
    if (!checked.ok) return refuseWithIssues(context, messages.resultInvalid, checked.issues);
    if (!(await writeTextFile(context, output, serialiseWorkspace(checked.workspace)))) {
      return EXIT_FAILURE;
    }
    line(context.io.stdout, messages.applied(read.edits.length, output, context.f));
    return EXIT_OK;
  },
};
