import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CsvValue,
  csvNumber,
  detectSeparator,
  neutraliseFormula,
  readCsv,
  restoreNeutralisedText,
  startsLikeFormula,
  writeCsv,
} from "./csv.ts";

function rowsOf(text: string): string[][] {
  const result = readCsv(text);
  if (!result.ok) throw new Error(`unclosed quote on line ${result.unclosedQuoteLine}`);
  return result.records.map((record) => record.cells.map((cell) => cell.text));
}

/** Characters that matter to a CSV reader or to a spreadsheet's formula detection. */
const cell = fc.string({
  unit: fc.constantFrom(
    "a",
    "é",
    " ",
    ";",
    ",",
    '"',
    "\n",
    "\r\n",
    "\r",
    "|",
    "\t",
    "=",
    "+",
    "-",
    "@",
    "'",
    "1",
  ),
  maxLength: 8,
});
const FORMULA_START = /^[=+\-@\t\r]/;

describe("CSV", () => {
  it("reads back what it writes, whatever the cells hold", () => {
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
          const read = rowsOf(writeCsv(rows, separator));
          expect(read.map((row) => row.map(restoreNeutralisedText))).toEqual(rows);
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

describe("formula neutralisation", () => {
  it("never lets a text cell start with = + - @, a tab or a carriage return", () => {
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(";", ","),
        (cells, separator) => {
          // A title row of two columns or more, as every export has, tells the reader the separator.
          const header = [...cells.map((_, index) => `col${index}`), "last"];
          const [, row = []] = rowsOf(writeCsv([header, [...cells, "last"]], separator));
          expect(row).toHaveLength(cells.length + 1);
          for (const written of row) expect(written).not.toMatch(FORMULA_START);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes numbers made with csvNumber as they are, negative ones included", () => {
    const text = writeCsv(
      [[csvNumber(-0.5, { decimalMark: "," }), csvNumber(-3), "-0,5", "-1+cmd|' /C calc'!A0"]],
      ";",
    );
    expect(rowsOf(text)).toEqual([["-0,5", "-3", "'-0,5", "'-1+cmd|' /C calc'!A0"]]);
  });

  it("quotes a neutralised cell that needs quotes, with the apostrophe inside", () => {
    expect(writeCsv([['=HYPERLINK("http://x";"clic")', "@SUM(1;2)"]], ";")).toBe(
      '\uFEFF"\'=HYPERLINK(""http://x"";""clic"")";"\'@SUM(1;2)"\n',
    );
    expect(writeCsv([["\rcmd", "\tcmd"]], ",")).toBe("\uFEFF\"'\rcmd\",'\tcmd\n");
  });

  it("is undone by restoreNeutralisedText exactly, apostrophes typed by people included", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const written = neutraliseFormula(text);
        expect(startsLikeFormula(written)).toBe(false);
        expect(restoreNeutralisedText(written)).toBe(text);
      }),
    );
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(restoreNeutralisedText("'hello")).toBe("'hello");
    expect(restoreNeutralisedText("'=1+1")).toBe("=1+1");
  });

  it("gives csvNumber a text that reads back as the same number, in either decimal mark", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const point = csvNumber(value).text;
        const comma = csvNumber(value, { decimalMark: "," }).text;
        expect(Number(point)).toBe(Object.is(value, -0) ? 0 : value);
        expect(Number(comma.replace(",", "."))).toBe(Number(point));
      }),
    );
    expect(csvNumber(2.123456, { maximumFractionDigits: 4 }).text).toBe("2.1235");
    expect(csvNumber(Number.POSITIVE_INFINITY).text).toBe("");
    const cells: CsvValue[] = [csvNumber(-0)];
    expect(rowsOf(writeCsv([cells], ","))).toEqual([["0"]]);
  });
});
