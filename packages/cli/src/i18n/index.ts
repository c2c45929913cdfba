import { type Formatter, formatterFor } from "@coeval/core";
import { en } from "./en.ts";
import { fr, type Messages } from "./fr.ts";
import { type CliLanguage, isCliLanguage } from "./language.ts";

export type { Formatter } from "@coeval/core";
export type { CommandHelp, CommandName, Messages } from "./fr.ts";
export { COMMAND_NAMES } from "./fr.ts";
export type { CliLanguage } from "./language.ts";
export { CLI_LANGUAGES, isCliLanguage } from "./language.ts";

const catalogues: Record<CliLanguage, Messages> = { fr, en };

export interface Translation {
  language: CliLanguage;
  messages: Messages;
  /** Core's formatter: figures read as in the app and the PDF report. */
  format: Formatter;
}

export function translation(language: CliLanguage): Translation {
  return { language, messages: catalogues[language], format: formatterFor(language) };
}

/** The language asked for by `--lang` (already read), else COEVAL_LANG, else French. */
export function defaultLanguage(env: Readonly<Record<string, string | undefined>>): CliLanguage {
  // Accepts "en" as well as locale-like values such as "en_GB.UTF-8".
  const fromEnv = env.COEVAL_LANG?.trim().toLowerCase().slice(0, 2);
  return isCliLanguage(fromEnv) ? fromEnv : "fr";
}
