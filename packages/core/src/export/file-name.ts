import { slugify } from "../format/grid-csv.ts";
import type { Language } from "../model/common.ts";
import { EXPORT_MESSAGES } from "./ratings-csv.ts";

export type CsvExportKind = "ratings" | "results";

/** E.g. "resultats-evaluation-2026.csv" or "ratings-evaluation-2026.csv". */
export function exportCsvFileName(cycleName: string, kind: CsvExportKind, lang: Language): string {
  const parts = [EXPORT_MESSAGES[lang].fileWords[kind], slugify(cycleName)].filter(
    (part) => part !== "",
  );
  return `${parts.join("-")}.csv`;
}
