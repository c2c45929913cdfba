import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectSeparator, readCsv, writeCsv } from "./csv.ts";

function rowsOf(text: string): string[][] {
  const result = readCsv(text);
  if (!result.ok) throw new Error(`unclosed quote on line ${result.unclosedQuoteLine}`);
  return result.records.map((record) => record.cells.map((cell) => cell.text));
}

describe("CSV", () => {
  it("reads back what it writes, whatever the cells hold", () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "é", " ", ";", ",", '"', "\n", "\r\n", "\r", "|", "\t"),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(";", ","),
        fc.integer({ min: 2, max: 5 }).chain((width) =>
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        (separator, body) => {
          const header = (body[0] ?? []).map((_, index) => `col${index}`);
          const rows = [header, ...body];
          expect(rowsOf(writeCsv(rows, separator))).toEqual(rows);
        },
      ),
    );
  });

  it("reads French Excel: semicolons, byte order mark, CRLF, quotes doubled inside quotes", () => {
    const text = '\uFEFFa;b;c\r\n1;"deux; et ""trois""";"quatre\r\ncinq"\r\n';
    expect(rowsOf(text)).toEqual([
      ["a", "b", "c"],
      ["1", 'deux; et "trois"', "quatre\r\ncinq"],
    ]);
  });

  it("remembers the line each record and cell starts on, across line breaks inside quotes", () => {
    const result = readCsv('a,b\n"x\ny",z\nlast,row');
    expect(
      result.ok && result.records.map((record) => record.cells.map((cell) => cell.line)),
    ).toEqual([
      [1, 1],
      [2, 3],
      [4, 4],
    ]);
  });

  it("reports a quote that is never closed, with the line it opens on", () => {
    expect(readCsv('a,b\n1,"open\n\nstill open')).toEqual({ ok: false, unclosedQuoteLine: 2 });
  });

  it("takes the separator the first line uses most, ignoring quoted ones", () => {
    expect(detectSeparator('"a;b;c",d,e\n1;2;3;4;5')).toBe(",");
    expect(detectSeparator("dimension;critère;indicateur")).toBe(";");
    expect(detectSeparator("one column")).toBe(",");
  });
});
