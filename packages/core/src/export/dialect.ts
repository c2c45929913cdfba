import { type CsvValue, csvNumber } from "../format/csv.ts";
import type { Language } from "../model/common.ts";

/**
 * How a spreadsheet of a given language reads CSV. French Excel (and LibreOffice in
 * French) expects `;` between cells and a decimal comma, because the comma is the
 * decimal mark; English spreadsheets expect `,` and a decimal point. Files carry a
 * byte order mark so that accents survive Excel's default encoding.
 */
export interface CsvDialect {
  separator: ";" | ",";
  decimalMark: "," | ".";
}

export const CSV_DIALECTS: Readonly<Record<Language, CsvDialect>> = {
  fr: { separator: ";", decimalMark: "," },
  en: { separator: ",", decimalMark: "." },
};

/** Medians and quartiles are multiples of ¼; consensus keeps 3–4 significant digits. */
const CSV_FRACTION_DIGITS = 4;

/**
 * A number cell as a spreadsheet of the dialect reads it: no thousands separator, at
 * most four decimals, the dialect's decimal mark. Null is an empty cell.
 */
export function csvNumberCell(value: number | null, dialect: CsvDialect): CsvValue {
  if (value === null) return "";
  return csvNumber(value, {
    decimalMark: dialect.decimalMark,
    maximumFractionDigits: CSV_FRACTION_DIGITS,
  });
}

/** The text of `csvNumberCell`: what the cell shows. */
export function formatCsvNumber(value: number | null, dialect: CsvDialect): string {
  const cell = csvNumberCell(value, dialect);
  return typeof cell === "string" ? cell : cell.text;
}
