import {
  COMMAND_NAMES,
  type CommandHelp,
  type CommandName,
  type Translation,
} from "./i18n/index.ts";
import { padEnd, textWidth } from "./text.ts";

function twoColumns(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => textWidth(left)));
  return rows.map(([left, right]) => `  ${padEnd(left, width)}  ${right}`);
}

export function renderGlobalHelp(t: Translation): string {
  const { help } = t.messages;
  const commandRows = COMMAND_NAMES.map((name) => [name, help.commands[name].summary] as const);
  const examples = COMMAND_NAMES.map((name) => help.commands[name].examples[0]).filter(
    (example): example is string => example !== undefined,
  );
  return `${[
    help.title,
    "",
    help.usage,
    "",
    help.commandsHeading,
    ...twoColumns(commandRows),
    "",
    help.optionsHeading,
    ...twoColumns(help.globalOptions),
    "",
    help.examplesHeading,
    ...examples.map((example) => `  ${example}`),
    "",
    help.more,
  ].join("\n")}\n`;
}

export function renderCommandHelp(name: CommandName, t: Translation): string {
  const { help } = t.messages;
  const command: CommandHelp = help.commands[name];
  return `${[
    `${command.usage}`,
    "",
    command.summary,
    ...(command.details ? ["", command.details] : []),
    "",
    help.optionsHeading,
    ...twoColumns(command.options),
    "",
    help.examplesHeading,
    ...command.examples.map((example) => `  ${example}`),
  ].join("\n")}\n`;
}
