/** Plain-text layout helpers: the CLI draws its tables without any dependency. */

const COMBINING_MARK = /\p{M}/u;

/** The number of terminal columns a string takes: one per character, none for combining marks. */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if (!COMBINING_MARK.test(character)) width++;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - textWidth(text))) + text;
}

/** Cuts a label to `width` columns, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 0) return "";
  let result = "";
  let used = 0;
  for (const character of text) {
    const characterWidth = COMBINING_MARK.test(character) ? 0 : 1;
    if (used + characterWidth > width - 1) break;
    result += character;
    used += characterWidth;
  }
  return `${result.trimEnd()}…`;
}

export type Alignment = "left" | "right";

export interface Column {
  header: string;
  align: Alignment;
  /** When the table is too wide, flexible columns are cut down (with an ellipsis) first. */
  flexible?: boolean;
}

/**
 * Lays out a table in at most `maxWidth` columns: cells separated by two spaces,
 * a rule under the header, flexible columns truncated when needed.
 */
export function renderTable(
  columns: readonly Column[],
  rows: ReadonlyArray<readonly string[]>,
  maxWidth: number,
): string[] {
  const widths = columns.map((column, index) =>
    Math.max(textWidth(column.header), ...rows.map((row) => textWidth(row[index] ?? ""))),
  );
  const separator = 2;
  const total = () =>
    widths.reduce((sum, width) => sum + width, 0) + separator * (widths.length - 1);
  const flexibleIndexes = columns.flatMap((column, index) => (column.flexible ? [index] : []));
  while (total() > maxWidth && flexibleIndexes.length > 0) {
    // Shrink the widest flexible column one step at a time, down to a readable minimum.
    const widest = flexibleIndexes.reduce((best, index) =>
      (widths[index] ?? 0) > (widths[best] ?? 0) ? index : best,
    );
    const current = widths[widest] ?? 0;
    if (current <= 8) break;
    widths[widest] = current - 1;
  }
  const renderRow = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const width = widths[index] ?? 0;
        const cell = truncate(cells[index] ?? "", width);
        return column.align === "right" ? padStart(cell, width) : padEnd(cell, width);
      })
      .join(" ".repeat(separator))
      .trimEnd();
  return [
    renderRow(columns.map((column) => column.header)),
    "-".repeat(Math.min(total(), maxWidth)),
    ...rows.map(renderRow),
  ];
}

/** Punctuation that French sets after a space but that must not start a line (« ; : ! ? »). */
const CLINGS_TO_PREVIOUS = /^[;:!?»]/;

/** Splits on spaces, keeping French spaced punctuation with its word. */
function words(text: string): string[] {
  const result: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === "") continue;
    const previous = result[result.length - 1];
    if (previous !== undefined && (CLINGS_TO_PREVIOUS.test(word) || previous === "«")) {
      result[result.length - 1] = `${previous} ${word}`;
    } else result.push(word);
  }
  return result;
}

/** Wraps a paragraph to `width` columns, indenting continuation lines. */
export function wrap(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of words(text)) {
    const candidate = current === "" ? word : `${current} ${word}`;
    const prefixWidth = lines.length === 0 ? 0 : textWidth(indent);
    if (current !== "" && prefixWidth + textWidth(candidate) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== "") lines.push(current);
  return lines.map((text, index) => (index === 0 ? text : indent + text));
}
