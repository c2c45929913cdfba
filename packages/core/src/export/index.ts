export { CSV_DIALECTS, type CsvDialect, formatCsvNumber } from "./dialect.ts";
export { type CsvExportKind, exportCsvFileName } from "./file-name.ts";
export type { ExportMessages } from "./messages.ts";
export { EXPORT_MESSAGES, type ExportCsvOptions, exportRatingsCsv } from "./ratings-csv.ts";
export { type ExportResultsCsvOptions, exportResultsCsv } from "./results-csv.ts";
