import { parseArgs } from "node:util";
import {
  type CommandContext,
  type CommandDefinition,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  line,
  type OptionSpec,
  type OptionValues,
} from "./command.ts";
import { commands } from "./commands/index.ts";
import { renderCommandHelp, renderGlobalHelp } from "./help.ts";
import {
  COMMAND_NAMES,
  type CommandName,
  defaultLanguage,
  isCliLanguage,
  type Translation,
  translation,
} from "./i18n/index.ts";
import type { CliIo } from "./io.ts";

/** Options every command accepts. */
const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

function isCommandName(value: string): value is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(value);
}

/**
 * `--lang` is read before anything else so that even a usage error is reported
 * in the language asked for. Returns the raw value when it is not a known language.
 */
function findLanguageArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? "";
    if (argument === "--") break;
    if (argument === "--lang") found = argv[index + 1] ?? "";
    else if (argument.startsWith("--lang=")) found = argument.slice("--lang=".length);
  }
  return found;
}

/** The index of the command word: the first argument that is neither an option nor its value. */
function findCommandIndex(argv: readonly string[]): number {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? "";
    if (argument === "--lang") {
      index++;
      continue;
    }
    if (!argument.startsWith("-") || argument === "-") return index;
  }
  return -1;
}

type ParsedArguments =
  | { ok: true; positionals: string[]; options: OptionValues }
  | { ok: false; message: string };

/**
 * Parses leniently with node:util so that every problem can be reported in the
 * user's language (Node's own messages are English only).
 */
function parseCommandArguments(
  argv: string[],
  specs: Readonly<Record<string, OptionSpec>>,
  commandLabel: string,
  t: Translation,
): ParsedArguments {
  const { usage } = t.messages;
  const { tokens } = parseArgs({
    args: argv,
    options: specs,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const options: OptionValues = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec || (token.rawName.startsWith("--") && token.rawName !== `--${token.name}`)) {
      return { ok: false, message: usage.unknownOption(token.rawName, commandLabel) };
    }
    if (spec.type === "boolean") {
      if (token.value !== undefined)
        return { ok: false, message: usage.unexpectedValue(token.rawName) };
      options[token.name] = true;
      continue;
    }
    // "--cycle --json": the next word is another option, not the value.
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith("-") && value.length > 1)) {
      return { ok: false, message: usage.missingValue(token.rawName) };
    }
    options[token.name] = value;
  }
  return { ok: true, positionals, options };
}

/** Runs the `coeval` command line; resolves to the process exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const requestedLanguage = findLanguageArgument(argv);
  const fallbackLanguage = defaultLanguage(io.env ?? {});
  const language = isCliLanguage(requestedLanguage) ? requestedLanguage : fallbackLanguage;
  const t = translation(language);
  if (requestedLanguage !== undefined && !isCliLanguage(requestedLanguage)) {
    line(io.stderr, t.messages.usage.invalidLanguage(requestedLanguage));
    return EXIT_USAGE;
  }

  const commandIndex = findCommandIndex(argv);
  if (commandIndex === -1) {
    const parsed = parseCommandArguments([...argv], COMMON_OPTIONS, "coeval", t);
    if (!parsed.ok) {
      line(io.stderr, parsed.message);
      return EXIT_USAGE;
    }
    if (parsed.options.help) {
      io.stdout(renderGlobalHelp(t));
      return EXIT_OK;
    }
    line(io.stderr, t.messages.usage.missingCommand);
    return EXIT_USAGE;
  }

  const commandWord = argv[commandIndex] ?? "";
  const rest = argv.filter((_, index) => index !== commandIndex);
  if (commandWord === "help") return showHelpFor(rest, io, t);
  if (!isCommandName(commandWord)) {
    line(io.stderr, t.messages.usage.unknownCommand(commandWord, COMMAND_NAMES, t.format));
    return EXIT_USAGE;
  }
  const definition: CommandDefinition = commands[commandWord];
  const commandLabel = `coeval ${commandWord}`;
  const parsed = parseCommandArguments(
    rest,
    { ...COMMON_OPTIONS, ...definition.options },
    commandLabel,
    t,
  );
  if (!parsed.ok) {
    line(io.stderr, parsed.message);
    return EXIT_USAGE;
  }
  if (parsed.options.help) {
    io.stdout(renderCommandHelp(commandWord, t));
    return EXIT_OK;
  }
  const usageProblem = checkArguments(
    definition,
    parsed.positionals,
    parsed.options,
    commandLabel,
    t,
  );
  if (usageProblem) {
    line(io.stderr, usageProblem);
    return EXIT_USAGE;
  }
  const context: CommandContext = {
    io,
    t,
    m: t.messages,
    f: t.format,
    positionals: parsed.positionals,
    options: parsed.options,
  };
  try {
    return await definition.execute(context);
  } catch (error) {
    // A bug must still read as a sentence, never as a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    line(io.stderr, t.messages.internalError(message));
    return EXIT_FAILURE;
  }
}

function checkArguments(
  definition: CommandDefinition,
  positionals: readonly string[],
  options: OptionValues,
  commandLabel: string,
  t: Translation,
): string | undefined {
  const { usage } = t.messages;
  const expected = definition.positionals(t.messages);
  const missing = expected[positionals.length];
  if (missing !== undefined) return usage.missingArgument(missing, commandLabel);
  if (positionals.length > expected.length) {
    return usage.tooManyArguments(positionals.slice(expected.length), commandLabel, t.format);
  }
  for (const name of definition.required ?? []) {
    if (options[name] === undefined) return usage.missingOption(`--${name}`, commandLabel);
  }
  return undefined;
}

/** `coeval help [command]`: the same as `--help`, for people who type it that way. */
function showHelpFor(rest: readonly string[], io: CliIo, t: Translation): number {
  const parsed = parseCommandArguments([...rest], COMMON_OPTIONS, "coeval help", t);
  if (!parsed.ok) {
    line(io.stderr, parsed.message);
    return EXIT_USAGE;
  }
  const [topic, ...extra] = parsed.positionals;
  if (extra.length > 0) {
    line(io.stderr, t.messages.usage.tooManyArguments(extra, "coeval help", t.format));
    return EXIT_USAGE;
  }
  if (topic === undefined) {
    io.stdout(renderGlobalHelp(t));
    return EXIT_OK;
  }
  if (!isCommandName(topic)) {
    line(io.stderr, t.messages.usage.unknownCommand(topic, COMMAND_NAMES, t.format));
    return EXIT_USAGE;
  }
  io.stdout(renderCommandHelp(topic, t));
  return EXIT_OK;
}
