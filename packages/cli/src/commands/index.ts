import type { CommandDefinition } from "../command.ts";
import type { CommandName } from "../i18n/index.ts";
import { applyCommand } from "./apply.ts";
import { demoCommand } from "./demo.ts";
import { exportGridCommand } from "./export-grid.ts";
import { importGridCommand } from "./import-grid.ts";
import { reportCommand } from "./report.ts";
import { resultsCommand } from "./results.ts";
import { validateCommand } from "./validate.ts";

export const commands: Record<CommandName, CommandDefinition> = {
  validate: validateCommand,
  results: resultsCommand,
  report: reportCommand,
  "import-grid": importGridCommand,
  "export-grid": exportGridCommand,
  apply: applyCommand,
  demo: demoCommand,
};
