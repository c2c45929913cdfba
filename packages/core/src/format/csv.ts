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

/** Rows as CSV text, with a byte order mark so that spreadsheets read the accents right. */
export function writeCsv(rows: readonly (readonly string[])[], separator: string): string {
  const lines = rows.map((row) =>
    row.map((cell) => quoteIfNeeded(cell, separator)).join(separator),
  );
  return `${BYTE_ORDER_MARK}${lines.join("\n")}\n`;
}
