export { buildReport, reportFileName } from "./build.ts";
export { ReportFormatter } from "./format.ts";
export type { ReportMessages } from "./messages.fr.ts";
export * from "./types.ts";
