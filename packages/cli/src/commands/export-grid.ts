import { exportGridCsv, type Grid } from "@coeval/core";
import { type CommandDefinition, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, line } from "../command.ts";
import { writeTextFile } from "../files.ts";
import { loadWorkspaceFile } from "../workspace-file.ts";

function criterionCount(grid: Grid): number {
  return grid.dimensions.reduce((sum, dimension) => sum + dimension.criteria.length, 0);
}

export const exportGridCommand: CommandDefinition = {
  options: {
    grid: { type: "string" },
    version: { type: "string" },
    output: { type: "string", short: "o" },
  },
  positionals: (m) => [m.arguments.workspaceFile],
  required: ["grid", "output"],
  execute: async (context) => {
    const [path = ""] = context.positionals;
    const { grids: messages } = context.m;
    const gridId = String(context.options.grid);
    const output = String(context.options.output);
    const versionText = context.options.version;
    let version: number | undefined;
    if (typeof versionText === "string") {
      version = Number(versionText);
      if (!/^\d+$/.test(versionText) || version < 1) {
        line(context.io.stderr, context.m.usage.invalidVersion(versionText));
        return EXIT_USAGE;
      }
    }
    const loaded = await loadWorkspaceFile(context, path);
    if (!loaded.ok) return EXIT_FAILURE;
    const versions = loaded.workspace.grids.filter((grid) => grid.id === gridId);
    if (versions.length === 0) {
      const ids = [...new Set(loaded.workspace.grids.map((grid) => grid.id))];
      line(context.io.stderr, messages.notFound(gridId, ids, context.f));
      return EXIT_FAILURE;
    }
    const grid =
      version === undefined
        ? versions.reduce((latest, candidate) =>
            candidate.version > latest.version ? candidate : latest,
          )
        : versions.find((candidate) => candidate.version === version);
    if (!grid) {
      const available = versions.map((candidate) => candidate.version).sort((a, b) => a - b);
      line(context.io.stderr, messages.versionNotFound(gridId, version ?? 0, available, context.f));
      return EXIT_FAILURE;
    }
    const csv = exportGridCsv(grid);
    if (!(await writeTextFile(context, output, csv))) return EXIT_FAILURE;
    line(
      context.io.stdout,
      messages.exported(
        output,
        { name: grid.name, version: grid.version, criteria: criterionCount(grid) },
        context.f,
      ),
    );
    return EXIT_OK;
  },
};
