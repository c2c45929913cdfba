export { buildReport, reportFileName } from "./build.ts";
export type { ReportMessages } from "./messages.fr.ts";
export * from "./types.ts";
