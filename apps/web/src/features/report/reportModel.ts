// Loaded only when a report is asked for: the report builder and its catalogues.
export { buildReport, reportFileName } from "@coeval/core";
