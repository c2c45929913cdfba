import type { Language } from "../model/common.ts";
import { formatPath, type IssueCode, type ValidationIssue } from "./issues.ts";
import { en, type MessageCatalogue } from "./messages.en.ts";
import { fr } from "./messages.fr.ts";

const catalogues: Record<Language, MessageCatalogue> = { fr, en };

export function isKnownIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(fr, code);
}

/** Where the issue is: `ligne 7, colonne « échelle »` for text formats, else the document path. */
export function formatLocation(issue: ValidationIssue, lang: Language): string {
  const line = issue.params?.line;
  const column = issue.params?.column;
  if (typeof line === "number") {
    const lineText = lang === "fr" ? `ligne ${line}` : `line ${line}`;
    if (column === undefined) return lineText;
    if (typeof column === "number") {
      return lang === "fr" ? `${lineText}, colonne ${column}` : `${lineText}, column ${column}`;
    }
    return lang === "fr" ? `${lineText}, colonne « ${column} »` : `${lineText}, column "${column}"`;
  }
  return formatPath(issue.path);
}

/** The message alone, in the chosen language. */
export function formatIssueMessage(issue: ValidationIssue, lang: Language): string {
  const catalogue = catalogues[lang];
  if (!isKnownIssueCode(issue.code)) {
    return lang === "fr" ? `problème « ${issue.code} »` : `problem "${issue.code}"`;
  }
  const message = catalogue[issue.code] as (params: Record<string, string | number>) => string;
  return message(issue.params ?? {});
}

/** `path : message` in French (with the space French typography puts before a colon), `path: message` in English. */
export function formatIssue(issue: ValidationIssue, lang: Language): string {
  const location = formatLocation(issue, lang);
  const message = formatIssueMessage(issue, lang);
  if (location === "") return message;
  return lang === "fr" ? `${location} : ${message}` : `${location}: ${message}`;
}
