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

/**
 * A number as a spreadsheet of the dialect reads it: no thousands separator, at most
 * four decimals (medians and quartiles are multiples of ¼, consensus keeps 3–4
 * significant digits), the dialect's decimal mark. Null is an empty cell.
 */
export function formatCsvNumber(value: number | null, dialect: CsvDialect): string {
  if (value === null || !Number.isFinite(value)) return "";
  const rounded = Math.round(value * 10_000) / 10_000;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return dialect.decimalMark === "." ? text : text.replace(".", dialect.decimalMark);
}
