import type { Language } from "../model/common.ts";
import { formatIssue } from "./format-issue.ts";
import type { ValidationIssue } from "./issues.ts";

/** How many issues a one-line summary names before it says "and N more". */
const ISSUES_IN_SUMMARY = 3;

/** A file or value Coéval cannot accept; `issues` says where and why, in any language. */
export class CoevalError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], lang: Language = "fr") {
    super(CoevalError.describe(issues, lang));
    this.name = "CoevalError";
    this.issues = issues;
  }

  /** The error's message in the user's language: one issue per line. */
  localisedMessage(lang: Language): string {
    return CoevalError.describe(this.issues, lang);
  }

  private static describe(issues: readonly ValidationIssue[], lang: Language): string {
    const shown = issues.slice(0, ISSUES_IN_SUMMARY).map((issue) => formatIssue(issue, lang));
    const hidden = issues.length - shown.length;
    if (hidden > 0) {
      shown.push(
        lang === "fr" ? `… et ${hidden} autre(s) problème(s)` : `… and ${hidden} more problem(s)`,
      );
    }
    return shown.join("\n");
  }
}
