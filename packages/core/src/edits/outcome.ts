import { formatIssue } from "../format/format-issue.ts";
import type { ValidationIssue } from "../format/issues.ts";
import type { Language } from "../model/common.ts";
import type { Workspace } from "../model/workspace.ts";
import { type RefusalCode, type RefusalParams, refusalMessage } from "./messages.ts";

/** A record the edit created or changed: what storage by records must write again. */
export type ChangedRecord =
  | { kind: "organisation" | "group" | "participant" | "workshop" | "cycle"; id: string }
  | { kind: "grid"; id: string; version: number };

export interface Refusal {
  code: RefusalCode;
  message: string;
  /** The problems found, when the refusal comes from a validation (adopting a grid…). */
  issues?: ValidationIssue[];
}

export type Refused = { ok: false; refusal: Refusal };

export type WorkspaceEditResult =
  | { ok: true; workspace: Workspace; changed: ChangedRecord[] }
  | Refused;

/** The ids, clock and language an edit is applied with. */
export interface Context {
  newId: () => string;
  now: string;
  lang: Language;
}

export function refuse<C extends RefusalCode>(
  context: Context,
  code: C,
  params: RefusalParams<C>,
  issues?: ValidationIssue[],
): Refused {
  const refusal: Refusal = { code, message: refusalMessage(code, params, context.lang) };
  if (issues !== undefined) refusal.issues = issues;
  return { ok: false, refusal };
}

/** The first few problems, enough to act on without flooding a notice. */
export function describe(issues: readonly ValidationIssue[], lang: Language): string {
  const shown = issues.slice(0, 3).map((issue) => formatIssue(issue, lang));
  const more = issues.length - shown.length;
  if (more > 0) shown.push(lang === "fr" ? `et ${more} de plus` : `and ${more} more`);
  return shown.join(lang === "fr" ? "\u00a0; " : "; ");
}

/** The refusals whose message lists the problems a core function found, and says nothing else. */
export type IssuesRefusalCode = {
  [C in RefusalCode]: RefusalParams<C> extends { details: string }
    ? { details: string } extends RefusalParams<C>
      ? C
      : never
    : never;
}[RefusalCode];

/** A refusal that carries the problems a core function found, the first few in its message. */
export function refuseWithIssues<C extends IssuesRefusalCode>(
  context: Context,
  code: C,
  issues: ValidationIssue[],
): Refused {
  const params = { details: describe(issues, context.lang) } as RefusalParams<C>;
  return refuse(context, code, params, issues);
}
