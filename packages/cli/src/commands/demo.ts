import { EXAMPLE_IDS, exampleWorkspace, serialiseWorkspace } from "@coeval/core";
import { type CommandDefinition, EXIT_FAILURE, EXIT_OK, line } from "../command.ts";
import { readOptionalTextFile, writeTextFile } from "../files.ts";

export const DEFAULT_DEMO_FILE = "coeval-demo.coeval.json";

/** Quotes a path for the suggested commands when a shell would split it. */
function shellWord(path: string): string {
  return /^[\w./:-]+$/.test(path) ? path : `"${path.replaceAll('"', '\\"')}"`;
}

export const demoCommand: CommandDefinition = {
  options: { output: { type: "string", short: "o" }, force: { type: "boolean" } },
  positionals: () => [],
  execute: async (context) => {
    const { demo } = context.m;
    const output =
      typeof context.options.output === "string" ? context.options.output : DEFAULT_DEMO_FILE;
    const content = serialiseWorkspace(exampleWorkspace());
    const existing = await readOptionalTextFile(context, output);
    if (existing === undefined) return EXIT_FAILURE;
    if (existing.exists && existing.text === content) {
      line(context.io.stdout, demo.unchanged(output));
    } else {
      // Someone's work may be in that file: replace it only when asked to.
      if (existing.exists && context.options.force !== true) {
        line(context.io.stderr, demo.exists(output));
        return EXIT_FAILURE;
      }
      if (!(await writeTextFile(context, output, content))) return EXIT_FAILURE;
      line(context.io.stdout, demo.written(output));
    }
    const file = shellWord(output);
    const lang = context.t.language === "fr" ? "" : ` --lang ${context.t.language}`;
    line(context.io.stdout);
    line(context.io.stdout, demo.nextSteps);
    line(context.io.stdout, `  pnpm coeval validate ${file}${lang}    # ${demo.tryValidate}`);
    line(context.io.stdout, `  pnpm coeval results ${file}${lang}     # ${demo.tryResults}`);
    line(
      context.io.stdout,
      `  pnpm coeval export-grid ${file} --grid ${EXAMPLE_IDS.grid} -o grille.csv${lang}    # ${demo.tryExport}`,
    );
    return EXIT_OK;
  },
};
