import { en } from "./en.ts";
import { type CliLanguage, createFormatter, type Formatter, isCliLanguage } from "./format.ts";
import { fr, type Messages } from "./fr.ts";

export type { CliLanguage, Formatter } from "./format.ts";
export { CLI_LANGUAGES, isCliLanguage } from "./format.ts";
export type { CommandHelp, CommandName, Messages } from "./fr.ts";
export { COMMAND_NAMES } from "./fr.ts";

const catalogues: Record<CliLanguage, Messages> = { fr, en };

export interface Translation {
  language: CliLanguage;
  messages: Messages;
  format: Formatter;
}

export function translation(language: CliLanguage): Translation {
  return { language, messages: catalogues[language], format: createFormatter(language) };
}

/** The language asked for by `--lang` (already read), else COEVAL_LANG, else French. */
export function defaultLanguage(env: Readonly<Record<string, string | undefined>>): CliLanguage {
  // Accepts "en" as well as locale-like values such as "en_GB.UTF-8".
  const fromEnv = env.COEVAL_LANG?.trim().toLowerCase().slice(0, 2);
  return isCliLanguage(fromEnv) ? fromEnv : "fr";
}
