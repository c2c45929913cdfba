import type { ReportAudience, ReportSectionId, Workspace } from "@coeval/core";

export interface ProducedReport {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Builds the report model and lays it out as PDF. The builder and the PDF code (jsPDF
 * and the embedded fonts) are fetched here, on demand, never with the first screens.
 */
export async function produceReportPdf(
  workspace: Workspace,
  cycleId: string,
  options: { lang: "fr" | "en"; audience: ReportAudience; sections: readonly ReportSectionId[] },
): Promise<ProducedReport> {
  const [{ buildReport, reportFileName }, { renderReportPdf }] = await Promise.all([
    import("./reportModel.ts"),
    import("@coeval/pdf"),
  ]);
  const model = buildReport(workspace, cycleId, options);
  return { fileName: reportFileName(model), bytes: renderReportPdf(model) };
}
