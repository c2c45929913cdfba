import { type CommandDefinition, EXIT_FAILURE, EXIT_OK, line } from "../command.ts";
import { loadWorkspaceFile } from "../workspace-file.ts";

export const validateCommand: CommandDefinition = {
  options: {},
  positionals: (m) => [m.arguments.workspaceFile],
  execute: async (context) => {
    const [path = ""] = context.positionals;
    // The problems found are this command's answer: they go to standard output.
    const loaded = await loadWorkspaceFile(context, path, context.io.stdout);
    if (!loaded.ok) return EXIT_FAILURE;
    const { workspace } = loaded;
    const ratings = workspace.cycles.reduce((sum, cycle) => sum + cycle.ratings.length, 0);
    line(
      context.io.stdout,
      context.m.validate.valid(
        {
          organisations: workspace.organisations.length,
          grids: workspace.grids.length,
          cycles: workspace.cycles.length,
          ratings,
        },
        context.f,
      ),
    );
    if (loaded.warnings.length > 0) {
      line(context.io.stdout, context.m.validate.warnings(loaded.warnings.length, context.f));
    }
    if (loaded.migratedFrom !== undefined) {
      line(context.io.stdout, context.m.workspace.migrated(loaded.migratedFrom));
    }
    return EXIT_OK;
  },
};
