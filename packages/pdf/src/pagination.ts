/**
 * Where a table breaks across pages, as pure arithmetic on heights (mm): no orphan row at
 * the foot of a page, no widow row under a repeated header, footnotes with the last rows.
 */

/** The fewest body rows of a table left on either side of a page break. */
export const MIN_ROWS_AT_BREAK = 3;
/** A table of at most this many rows that fits on a page is never split: it moves whole. */
export const MOVE_WHOLE_UP_TO_ROWS = 10;

/** Heights that matter for breaking a table. */
export interface TableMeasure {
  /** The caption and its gap: above the header, on the first page only. */
  lead: number;
  /** The header row, repeated at the top of every page the table spans. */
  header: number;
  rows: readonly number[];
  /** The footnotes' gap and the lines of them that stay on the page of the last row. */
  footer: number;
}

/** Rounding in the sums of heights must not push a row that fits to the next page. */
const EPSILON = 0.01;

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The table's height drawn in one piece. */
export function wholeHeight(table: TableMeasure): number {
  return table.lead + table.header + sum(table.rows) + table.footer;
}

/** Whether the table moves whole to a fresh page rather than being split. */
function movesWhole(table: TableMeasure, pageRoom: number): boolean {
  return table.rows.length <= MOVE_WHOLE_UP_TO_ROWS && wholeHeight(table) <= pageRoom + EPSILON;
}

/**
 * The height that must be free where the table starts: the whole table when it is short
 * enough to move whole, else its caption, header and first rows (what a heading above it
 * keeps with it).
 */
export function tableKeep(table: TableMeasure, pageRoom: number): number {
  if (movesWhole(table, pageRoom)) return wholeHeight(table);
  const first = table.rows.slice(0, MIN_ROWS_AT_BREAK);
  const footer = table.rows.length <= MIN_ROWS_AT_BREAK ? table.footer : 0;
  return table.lead + table.header + sum(first) + footer;
}

/**
 * How many body rows, from row `from`, go on the current page before the next break.
 * `room` is the height left under the header on this page, `placed` the number of rows of
 * this table already above on it, and `fresh` says whether the table gains nothing by
 * moving to the next page (it began at the top of this one, or this page is a
 * continuation).
 *
 * A break leaves at least `MIN_ROWS_AT_BREAK` rows on each side and the last row keeps
 * room for the footnotes under it. When both sides cannot have that many (rows taller
 * than a third of a page), the rows go on as they fit. 0 means: break before `from`; on
 * a fresh page, that the row is taller than the page and must be cut between its lines.
 */
export function rowsOnPage(
  table: TableMeasure,
  from: number,
  room: number,
  placed: number,
  fresh: boolean,
): number {
  const count = table.rows.length;
  let fit = 0;
  let used = 0;
  while (from + fit < count) {
    const index = from + fit;
    const height = table.rows[index] as number;
    const needed = height + (index === count - 1 ? table.footer : 0);
    if (used + needed > room + EPSILON) break;
    used += height;
    fit++;
  }
  if (from + fit === count) return fit;
  const take = Math.max(0, Math.min(fit, count - MIN_ROWS_AT_BREAK - from));
  if (placed + take >= MIN_ROWS_AT_BREAK) return take;
  return fresh ? fit : 0;
}

/**
 * Whether the table should start on a new page: it does not fit where it is and either
 * moves whole, or fewer than `MIN_ROWS_AT_BREAK` rows would stay on this page.
 */
export function tableStartsOnNewPage(
  table: TableMeasure,
  room: number,
  pageRoom: number,
  atTop: boolean,
): boolean {
  if (atTop || wholeHeight(table) <= room + EPSILON) return false;
  if (movesWhole(table, pageRoom)) return true;
  return rowsOnPage(table, 0, room - table.lead - table.header, 0, false) === 0;
}
