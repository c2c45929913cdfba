import { isAbsolute, resolve } from "node:path";
import type { Formatter, Messages, Translation } from "./i18n/index.ts";
import type { CliIo } from "./io.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
}

export type OptionValues = Record<string, string | boolean | undefined>;

/** What a command receives once its arguments are parsed and checked. */
export interface CommandContext {
  io: CliIo;
  t: Translation;
  m: Messages;
  f: Formatter;
  positionals: readonly string[];
  options: OptionValues;
}

export interface CommandDefinition {
  options: Readonly<Record<string, OptionSpec>>;
  /** Names of the positional arguments, as shown in messages ("<fichier>"): exactly these are required. */
  positionals: (m: Messages) => readonly string[];
  /** Options that must be given. */
  required?: readonly string[];
  execute: (context: CommandContext) => Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function resolvePath(io: CliIo, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

export function line(write: (text: string) => void, text = ""): void {
  write(`${text}\n`);
}
