import type { z } from "zod";
import { Id } from "../model/common.ts";
import { issue, jsonTypeOf, quoteReceived, type ValidationIssue } from "./issues.ts";

type ZodIssue = z.core.$ZodIssue;

const ID_PATTERN = String(
  (Id.def.checks ?? []).flatMap((check) => {
    const pattern = (check._zod.def as { pattern?: RegExp }).pattern;
    return pattern === undefined ? [] : [pattern];
  })[0],
);

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

function listValues(values: readonly unknown[]): string {
  return values.map((value) => quoteReceived(value)).join(", ");
}

function receivedText(input: unknown): string | undefined {
  return typeof input === "string" || typeof input === "number" ? quoteReceived(input) : undefined;
}

/** A union's alternatives, as type names and literal values, from the issues of each branch. */
function unionExpectations(branches: readonly (readonly ZodIssue[])[]): {
  types: string;
  values: string;
} {
  const types = new Set<string>();
  const values: unknown[] = [];
  for (const branch of branches) {
    const first = branch[0];
    if (first?.code === "invalid_type") types.add(first.expected);
    else if (first?.code === "invalid_value") values.push(...first.values);
  }
  return { types: [...types].join(","), values: listValues(values) };
}

function fromZodIssue(zodIssue: ZodIssue): ValidationIssue {
  const path = toPath(zodIssue.path);
  const input = zodIssue.input;
  // JSON's 1e309 parses to Infinity, which zod calls "not a number" although it is one.
  if (typeof input === "number" && !Number.isFinite(input)) {
    return issue(path, Number.isNaN(input) ? "number.notANumber" : "number.outOfRange");
  }
  switch (zodIssue.code) {
    case "invalid_type":
      if (input === undefined) return issue(path, "value.required");
      if (zodIssue.expected === "int" && typeof input === "number") {
        return issue(path, "number.notInteger", { received: quoteReceived(input) });
      }
      return issue(path, "value.invalidType", {
        expected: zodIssue.expected,
        received: jsonTypeOf(input),
      });
    case "invalid_value":
      return issue(path, "value.invalidEnum", {
        values: listValues(zodIssue.values),
        received: receivedText(input),
      });
    case "invalid_union": {
      const options = "options" in zodIssue ? zodIssue.options : undefined;
      if (zodIssue.discriminator !== undefined && options !== undefined) {
        const discriminated = [...path, zodIssue.discriminator];
        const at = path.at(-1) === zodIssue.discriminator ? path : discriminated;
        const given =
          input !== null && typeof input === "object"
            ? (input as Record<string, unknown>)[zodIssue.discriminator]
            : input;
        if (given === undefined) return issue(at, "value.required");
        return issue(at, "value.invalidEnum", {
          values: listValues(options),
          received: receivedText(given),
        });
      }
      const { types, values } = unionExpectations(zodIssue.errors);
      if (types === "" && values !== "") {
        return issue(path, "value.invalidEnum", { values, received: receivedText(input) });
      }
      return issue(path, "value.noMatch", { types, values });
    }
    case "too_small":
      if (zodIssue.origin === "string") {
        return Number(zodIssue.minimum) <= 1
          ? issue(path, "string.empty")
          : issue(path, "string.tooShort", { minimum: Number(zodIssue.minimum) });
      }
      if (zodIssue.origin === "array") {
        return issue(path, "array.tooShort", { minimum: Number(zodIssue.minimum) });
      }
      return issue(path, "number.tooSmall", { minimum: Number(zodIssue.minimum) });
    case "too_big":
      if (zodIssue.origin === "string") {
        return issue(path, "string.tooLong", {
          maximum: Number(zodIssue.maximum),
          length: typeof input === "string" ? input.length : 0,
        });
      }
      if (zodIssue.origin === "array") {
        return issue(path, "array.tooLong", { maximum: Number(zodIssue.maximum) });
      }
      return issue(path, "number.tooBig", { maximum: Number(zodIssue.maximum) });
    case "invalid_format": {
      const received = receivedText(input) ?? "";
      switch (zodIssue.format) {
        case "date":
          return issue(path, "format.date", { received });
        case "datetime":
          return issue(path, "format.dateTime", { received });
        case "uuid":
          return issue(path, "format.uuid", { received });
        case "regex":
          if (zodIssue.pattern === ID_PATTERN) return issue(path, "format.id", { received });
          if (zodIssue.pattern?.includes("#")) return issue(path, "format.colour", { received });
          return issue(path, "format.pattern", { received });
        default:
          return issue(path, "format.pattern", { received });
      }
    }
    default:
      return issue(path, "value.invalid");
  }
}

/**
 * Zod's issues in Coéval's words: one issue per path (the first found), so that an
 * empty identifier is reported once, not as "empty" and "badly formed".
 */
export function fromZodIssues(zodIssues: readonly ZodIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const zodIssue of zodIssues) {
    const mapped = fromZodIssue(zodIssue);
    const key = JSON.stringify(mapped.path);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(mapped);
  }
  return issues;
}
