import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MIN_ROWS_AT_BREAK,
  MOVE_WHOLE_UP_TO_ROWS,
  rowsOnPage,
  type TableMeasure,
  tableKeep,
  tableStartsOnNewPage,
  wholeHeight,
} from "./pagination.ts";

const PAGE_ROOM = 254;

interface Laid {
  startsOnNewPage: boolean;
  /** Rows on each page the table spans. */
  pieces: number[];
  /** Height used on each of those pages, under the header, footnotes included on the last. */
  used: number[];
}

/** The table laid out from a page with `room` left, the way the table block draws it. */
function layOut(table: TableMeasure, room: number): Laid {
  const atTop = room >= PAGE_ROOM;
  const startsOnNewPage = tableStartsOnNewPage(table, room, PAGE_ROOM, atTop);
  let left = (startsOnNewPage ? PAGE_ROOM : room) - table.lead - table.header;
  let fresh = startsOnNewPage || atTop;
  const pieces: number[] = [];
  const used: number[] = [];
  let from = 0;
  do {
    const count = rowsOnPage(table, from, left, 0, fresh);
    if (count === 0 && fresh) throw new Error("a row taller than a page");
    const heights = table.rows.slice(from, from + count);
    const last = from + count === table.rows.length;
    pieces.push(count);
    used.push(heights.reduce((a, b) => a + b, 0) + (last ? table.footer : 0));
    from += count;
    left = PAGE_ROOM - table.header;
    fresh = true;
  } while (from < table.rows.length);
  return { startsOnNewPage, pieces, used };
}

const rowHeight = 5.9;
const statsTable = (rows: number, footer = 8.5): TableMeasure => ({
  lead: 6,
  header: 6.6,
  rows: Array.from({ length: rows }, () => rowHeight),
  footer,
});

const rowHeights = fc.double({ min: 4, max: PAGE_ROOM / 8, noNaN: true });
/** Tables whose rows are at most an eighth of a page: every rule can be kept. */
const tables = fc.record({
  lead: fc.double({ min: 0, max: 15, noNaN: true }),
  header: fc.double({ min: 4, max: 12, noNaN: true }),
  rows: fc.oneof(
    fc.array(rowHeights, { minLength: 1, maxLength: 60 }),
    // Rows of one height, as in the statistics tables, meet every remainder at a break.
    fc
      .tuple(rowHeights, fc.integer({ min: 1, max: 60 }))
      .map(([height, count]) => Array.from({ length: count }, () => height)),
  ),
  footer: fc.oneof(fc.constant(0), fc.double({ min: 3, max: 15, noNaN: true })),
});
const rooms = fc.double({ min: 0, max: PAGE_ROOM, noNaN: true });

describe("table pagination", () => {
  it("moves a short table whole instead of leaving its last row alone (the Clients row)", () => {
    const table = statsTable(8);
    const room = table.lead + table.header + 7 * rowHeight + 1;
    expect(layOut(table, room)).toMatchObject({ startsOnNewPage: true, pieces: [8] });
    expect(tableKeep(table, PAGE_ROOM)).toBeCloseTo(wholeHeight(table));
  });

  it("leaves three rows for the next page when only the last would go over", () => {
    const table = statsTable(30);
    const room = table.lead + table.header + 29 * rowHeight + 1;
    expect(layOut(table, room).pieces).toEqual([27, 3]);
  });

  it("keeps the footnote with the last rows", () => {
    const table = statsTable(30, 10);
    // All the rows fit, the footnote does not.
    const room = table.lead + table.header + 30 * rowHeight + 5;
    expect(layOut(table, room).pieces).toEqual([27, 3]);
  });

  it("starts a long table on the next page rather than leave fewer than three rows here", () => {
    const table = statsTable(30);
    const room = table.lead + table.header + 2.5 * rowHeight;
    expect(layOut(table, room)).toMatchObject({ startsOnNewPage: true, pieces: [30] });
    expect(tableKeep(table, PAGE_ROOM)).toBeCloseTo(table.lead + table.header + 3 * rowHeight);
  });

  it("places every row once, within the room of each page, footnotes included", () => {
    fc.assert(
      fc.property(tables, rooms, (table, room) => {
        const laid = layOut(table, room);
        expect(laid.pieces.reduce((a, b) => a + b, 0)).toBe(table.rows.length);
        laid.used.forEach((height, page) => {
          const left =
            page > 0
              ? PAGE_ROOM - table.header
              : (laid.startsOnNewPage ? PAGE_ROOM : room) - table.lead - table.header;
          expect(height).toBeLessThanOrEqual(left + 0.01);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("never leaves fewer than three rows on either side of a break", () => {
    fc.assert(
      fc.property(tables, rooms, (table, room) => {
        const { pieces } = layOut(table, room);
        if (pieces.length > 1) {
          for (const rows of pieces) expect(rows).toBeGreaterThanOrEqual(MIN_ROWS_AT_BREAK);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("splits a table of ten rows or fewer only when it is taller than a page", () => {
    fc.assert(
      fc.property(tables, rooms, (table, room) => {
        fc.pre(table.rows.length <= MOVE_WHOLE_UP_TO_ROWS && wholeHeight(table) <= PAGE_ROOM);
        expect(layOut(table, room).pieces).toEqual([table.rows.length]);
      }),
      { numRuns: 500 },
    );
  });

  it("moves nothing that fits: a table starts where it is when its keep fits", () => {
    fc.assert(
      fc.property(tables, rooms, (table, room) => {
        if (wholeHeight(table) <= room || tableKeep(table, PAGE_ROOM) <= room) {
          expect(tableStartsOnNewPage(table, room, PAGE_ROOM, false)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
