import { issue, type ValidationIssue } from "./issues.ts";

export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; issues: ValidationIssue[] };

const BYTE_ORDER_MARK = "\uFEFF";

/** Parses JSON text; on failure, says where (line and column) in words that do not depend on the JavaScript engine. */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, issues: [issue([], "json.empty")] };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const offset = findSyntaxErrorOffset(body) ?? 0;
    const { line, column } = lineAndColumn(body, offset);
    const location = { line, column };
    const located =
      offset >= body.length
        ? issue([], "json.unexpectedEnd")
        : issue([], "json.syntax", { found: printable(body.charAt(offset)) });
    return { ok: false, issues: [{ ...located, params: { ...located.params, ...location } }] };
  }
}

function printable(character: string): string {
  return character < " " ? JSON.stringify(character).slice(1, -1) : character;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPABLE = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]$/;
const DIGIT = /^[0-9]$/;

/**
 * The offset of the first character that breaks the JSON grammar (text.length when
 * the text ends too early), or undefined if the text is valid. Iterative, so that
 * deeply nested input cannot overflow the stack.
 */
export function findSyntaxErrorOffset(text: string): number | undefined {
  const containers: ("{" | "[")[] = [];
  let index = 0;
  let state: "value" | "key" | "after" = "value";

  const skipWhitespace = () => {
    while (index < text.length && WHITESPACE.has(text.charAt(index))) index++;
  };
  /** Advances past a string starting at `index`; returns false at the first bad character. */
  const scanString = (): boolean => {
    index++;
    while (index < text.length) {
      const character = text.charAt(index);
      if (character === '"') {
        index++;
        return true;
      }
      if (character < " ") return false;
      if (character === "\\") {
        const escaped = text.charAt(index + 1);
        if (escaped === "u") {
          for (let hex = 2; hex < 6; hex++) {
            if (!HEX.test(text.charAt(index + hex))) {
              index += hex;
              return false;
            }
          }
          index += 6;
        } else if (ESCAPABLE.has(escaped)) {
          index += 2;
        } else {
          index++;
          return false;
        }
      } else {
        index++;
      }
    }
    return false;
  };
  const scanDigits = (): boolean => {
    if (!DIGIT.test(text.charAt(index))) return false;
    while (DIGIT.test(text.charAt(index))) index++;
    return true;
  };
  const scanNumber = (): boolean => {
    if (text.charAt(index) === "-") index++;
    if (text.charAt(index) === "0") index++;
    else if (!scanDigits()) return false;
    if (text.charAt(index) === ".") {
      index++;
      if (!scanDigits()) return false;
    }
    if (text.charAt(index) === "e" || text.charAt(index) === "E") {
      index++;
      if (text.charAt(index) === "+" || text.charAt(index) === "-") index++;
      if (!scanDigits()) return false;
    }
    return true;
  };
  const scanWord = (word: string): boolean => {
    for (const expected of word) {
      if (text.charAt(index) !== expected) return false;
      index++;
    }
    return true;
  };

  for (;;) {
    skipWhitespace();
    const character = text.charAt(index);
    if (state === "value") {
      if (character === "{" || character === "[") {
        containers.push(character);
        index++;
        skipWhitespace();
        const closing = character === "{" ? "}" : "]";
        if (text.charAt(index) === closing) {
          containers.pop();
          index++;
          state = "after";
        } else {
          state = character === "{" ? "key" : "value";
        }
      } else if (character === '"') {
        if (!scanString()) return index;
        state = "after";
      } else if (character === "-" || DIGIT.test(character)) {
        if (!scanNumber()) return index;
        state = "after";
      } else if (character === "t" || character === "f" || character === "n") {
        const word = character === "t" ? "true" : character === "f" ? "false" : "null";
        if (!scanWord(word)) return index;
        state = "after";
      } else {
        return index;
      }
    } else if (state === "key") {
      if (character !== '"' || !scanString()) return index;
      skipWhitespace();
      if (text.charAt(index) !== ":") return index;
      index++;
      state = "value";
    } else {
      const container = containers.at(-1);
      if (container === undefined) return index < text.length ? index : undefined;
      if (character === ",") {
        index++;
        state = container === "{" ? "key" : "value";
      } else if (character === (container === "{" ? "}" : "]")) {
        containers.pop();
        index++;
      } else {
        return index;
      }
    }
  }
}
