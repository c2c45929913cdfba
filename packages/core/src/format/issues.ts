import type { fr } from "./messages.fr.ts";

/**
 * One problem found in a file: where (`path` into the document, or `line` / `column`
 * in `params` for text formats), what (`code`), and the values the message needs.
 */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  params?: Record<string, string | number>;
}

export type IssueCode = keyof typeof fr;
/** The parameters the message of `C` reads; `undefined` when it reads none. */
export type IssueParams<C extends IssueCode> = Parameters<(typeof fr)[C]>[0];
type ParamsArgument<C extends IssueCode> = IssueParams<C> extends undefined ? [] : [IssueParams<C>];

/** Builds an issue whose parameters are checked against its message at compile time. */
export function issue<C extends IssueCode>(
  path: (string | number)[],
  code: C,
  ...params: ParamsArgument<C>
): ValidationIssue {
  const [given] = params;
  if (given === undefined) return { path, code };
  const defined: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number") defined[key] = value;
  }
  return { path, code, params: defined };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["cycles", 0, "ratings", 12, "value"]` → `cycles[0].ratings[12].value`. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** A received value as it may appear in a message: short, so a huge input never floods a report. */
export function quoteReceived(value: unknown, maxLength = 40): string {
  const text = typeof value === "string" ? value : String(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** The JSON type of a value, as the messages name it. */
export type JsonTypeName =
  | "string"
  | "number"
  | "boolean"
  | "array"
  | "object"
  | "null"
  | "missing";

export function jsonTypeOf(value: unknown): JsonTypeName {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
    case "bigint":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return "object";
  }
}
