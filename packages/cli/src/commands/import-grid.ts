import { randomUUID } from "node:crypto";
import { basename } from "node:path";
import {
  applyWorkspaceEdit,
  FORMAT_VERSION,
  type Grid,
  importGridCsv,
  safeParseWorkspace,
  serialiseWorkspace,
  type Workspace,
} from "@coeval/core";
import { type CommandDefinition, EXIT_FAILURE, EXIT_OK, line } from "../command.ts";
import {
  printWarnings,
  readOptionalTextFile,
  readTextFile,
  refuseWithIssues,
  writeTextFile,
} from "../files.ts";
import { parseWorkspaceText } from "../workspace-file.ts";

/** A workspace id from the output file's name: "Notre grille.coeval.json" → "notre-grille". */
export function workspaceIdFromPath(path: string): string {
  const stem = basename(path)
    .replace(/\.coeval\.json$/i, "")
    .replace(/\.json$/i, "");
  const slug = stem
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|-+$/g, "");
  return slug === "" ? "espace-de-travail" : slug.slice(0, 200);
}

function criterionCount(grid: Grid): number {
  return grid.dimensions.reduce((sum, dimension) => sum + dimension.criteria.length, 0);
}

export const importGridCommand: CommandDefinition = {
  options: { output: { type: "string", short: "o" }, name: { type: "string" } },
  positionals: (m) => [m.arguments.gridCsv],
  required: ["output"],
  execute: async (context) => {
    const [csvPath = ""] = context.positionals;
    const output = String(context.options.output);
    const { grids: messages, files } = context.m;
    const stderr = context.io.stderr;

    const csv = await readTextFile(context, csvPath);
    if (csv === undefined) return EXIT_FAILURE;
    const name =
      typeof context.options.name === "string"
        ? context.options.name
        : basename(csvPath).replace(/\.(csv|txt)$/i, "");
    const imported = importGridCsv(csv.text, { name });
    printWarnings(context, csvPath, [...csv.warnings, ...(imported.ok ? imported.warnings : [])]);
    if (!imported.ok) {
      return refuseWithIssues(
        context,
        messages.csvInvalidHeading(csvPath, imported.issues.length, context.f),
        imported.issues,
      );
    }
    const grid = imported.grid;

    const existing = await readOptionalTextFile(context, output);
    if (existing === undefined) return EXIT_FAILURE;
    let workspace: Workspace;
    if (existing.exists) {
      const loaded = parseWorkspaceText(existing.text, context.io.now());
      printWarnings(context, output, [...existing.warnings, ...(loaded.ok ? loaded.warnings : [])]);
      if (!loaded.ok) {
        return refuseWithIssues(
          context,
          context.m.workspace.invalidHeading(output, loaded.issues?.length ?? 0, context.f),
          loaded.issues ?? [],
        );
      }
      // Added as the app adds one: the engine's `grid.add` edit, with its rules.
      const added = applyWorkspaceEdit(
        loaded.workspace,
        { type: "grid.add", grid },
        { newId: randomUUID, now: context.io.now(), lang: context.t.language },
      );
      if (!added.ok) {
        line(
          stderr,
          added.refusal.code === "grid.idInUse"
            ? messages.alreadyInWorkspace(grid.id, grid.version)
            : added.refusal.message,
        );
        line(stderr, files.nothingWritten);
        return EXIT_FAILURE;
      }
      workspace = added.workspace;
    } else {
      workspace = {
        formatVersion: FORMAT_VERSION,
        id: workspaceIdFromPath(output),
        grids: [grid],
        organisations: [],
        cycles: [],
        gridWorkshops: [],
      };
    }

    // The whole workspace is checked as it will be read back: never write an unreadable file.
    const checked = safeParseWorkspace(workspace, { now: context.io.now() });
    if (!checked.ok) return refuseWithIssues(context, messages.resultInvalid, checked.issues);
    if (!(await writeTextFile(context, output, serialiseWorkspace(checked.workspace)))) {
      return EXIT_FAILURE;
    }
    line(
      context.io.stdout,
      messages.imported(
        output,
        {
          name: grid.name,
          version: grid.version,
          dimensions: grid.dimensions.length,
          criteria: criterionCount(grid),
        },
        !existing.exists,
        context.f,
      ),
    );
    return EXIT_OK;
  },
};
