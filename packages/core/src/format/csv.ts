/**
 * Reading and writing CSV as spreadsheets do: comma or semicolon (French Excel),
 * an optional UTF-8 byte order mark, quoted fields with separators, quotes and line
 * breaks inside, CRLF or LF. Each cell remembers the line it starts on, for messages.
 */

export interface CsvCell {
  text: string;
  line: number;
}

export interface CsvRecord {
  line: number;
  cells: CsvCell[];
}

export type CsvReadResult =
  | { ok: true; records: CsvRecord[]; separator: string }
  | { ok: false; unclosedQuoteLine: number };

const BYTE_ORDER_MARK = "\uFEFF";
const SEPARATORS = [";", ",", "\t"] as const;

/** The separator used most in the first line, outside quotes; a comma when there is none. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === "\n" || character === "\r")) break;
    else if (!quoted && counts.has(character))
      counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best = ",";
  let bestCount = 0;
  for (const [separator, count] of counts) {
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

export function readCsv(input: string): CsvReadResult {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const separator = detectSeparator(text.trimStart());
  const records: CsvRecord[] = [];
  let line = 1;
  let cells: CsvCell[] = [];
  let recordLine = 1;
  let field = "";
  let fieldLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let index = 0;

  const endField = () => {
    cells.push({ text: field, line: fieldLine });
    field = "";
    fieldLine = line;
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, cells });
    cells = [];
    recordLine = line;
    fieldLine = line;
  };

  while (index < text.length) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"') {
        if (text.charAt(index + 1) === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        if (character === "\n" || (character === "\r" && text.charAt(index + 1) !== "\n")) line++;
        field += character;
      }
      index++;
      continue;
    }
    if (character === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (character === separator) {
      endField();
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && text.charAt(index + 1) === "\n") index++;
      line++;
      endRecord();
    } else {
      field += character;
    }
    index++;
  }
  if (quoted) return { ok: false, unclosedQuoteLine: quoteLine };
  if (field !== "" || cells.length > 0) endRecord();
  return { ok: true, records, separator };
}

function quoteIfNeeded(text: string, separator: string): string {
  const needsQuotes =
    text.includes(separator) || text.includes('"') || text.includes("\n") || text.includes("\r");
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Only `csvNumber` can make a `CsvNumber`: the key is not exported. */
const NUMBER_CELL: unique symbol = Symbol("CSV number cell");

/**
 * A number Coéval formatted itself. Built from a `number`, never from text, so that it is
 * the only kind of cell written as it is when it starts with "-" or "+" (a negative median
 * "-0,5"): text that merely looks like a number ("-1+cmd|…") cannot pass for one.
 */
export interface CsvNumber {
  readonly [NUMBER_CELL]: true;
  readonly text: string;
}

/** What a CSV cell holds: text (neutralised if a spreadsheet would run it) or a number. */
export type CsvValue = string | CsvNumber;

export interface CsvNumberOptions {
  /** "," for French spreadsheets, "." (the default) for English ones. */
  decimalMark?: "," | ".";
  /** Rounds to this many decimals; all of them are kept by default. */
  maximumFractionDigits?: number;
}

/** `value` as a number cell; no thousands separator. A value that is not finite is an empty cell. */
export function csvNumber(value: number, options: CsvNumberOptions = {}): CsvNumber {
  if (!Number.isFinite(value)) return { [NUMBER_CELL]: true, text: "" };
  const digits = options.maximumFractionDigits;
  const rounded = digits === undefined ? value : Math.round(value * 10 ** digits) / 10 ** digits;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return {
    [NUMBER_CELL]: true,
    text: options.decimalMark === "," ? text.replace(".", ",") : text,
  };
}

/** The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection"). */
const FORMULA = /^[=+\-@\t\r]/;
/**
 * The same after any number of apostrophes, which may already neutralise one: such a
 * text gets one more `'` in front, so that removing one always gives it back.
 */
const FORMULA_AFTER_APOSTROPHES = /^'*[=+\-@\t\r]/;
const NEUTRALISED_FORMULA = /^'+[=+\-@\t\r]/;

/** Whether a spreadsheet would take this text for a formula: it starts with = + - @, a tab or a carriage return. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA.test(text);
}

/**
 * Text as a spreadsheet shows it but never runs it: a leading `'` when it starts with a
 * formula character. Apostrophes already in front get one more, so that
 * `restoreNeutralisedText` gives back exactly the text written.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_AFTER_APOSTROPHES.test(text) ? `'${text}` : text;
}

/** The inverse of `neutraliseFormula`: removes the one `'` it adds, and nothing else. */
export function restoreNeutralisedText(text: string): string {
  return NEUTRALISED_FORMULA.test(text) ? text.slice(1) : text;
}

function cellText(value: CsvValue): string {
  return typeof value === "string" ? neutraliseFormula(value) : value.text;
}

/**
 * Rows as CSV text, with a byte order mark so that spreadsheets read the accents right.
 * Text cells that a spreadsheet would run as formulas are neutralised here, for every
 * export; only cells made with `csvNumber` are written as they are.
 */
export function writeCsv(rows: readonly (readonly CsvValue[])[], separator: string): string {
  const lines = rows.map((row) =>
    row.map((cell) => quoteIfNeeded(cellText(cell), separator)).join(separator),
  );
  return `${BYTE_ORDER_MARK}${lines.join("\n")}\n`;
}
