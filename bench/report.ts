/**
 * The report of a large cycle (60 criteria, 8 groups, 40 people, 30 stories, 25 actions,
 * a previous cycle): building the model, then laying it out as a PDF.
 */
import { buildReport } from "../packages/core/src/index.ts";
import { renderReportPdf } from "../packages/pdf/src/index.ts";
import { LARGE_IDS, largeWorkspace } from "../packages/pdf/src/large-report.test-support.ts";
import { type BenchCase, median, time } from "./harness.ts";

function pageCount(pdf: Uint8Array): number {
  const text = new TextDecoder("latin1").decode(pdf);
  return (text.match(/\/Type \/Page[^s]/g) ?? []).length;
}

export const reportCase: BenchCase = {
  name: "report",
  description:
    "buildReport and renderReportPdf of a large cycle (60 criteria, 8 groups, 40 people)",
  run: async ({ quick, log }) => {
    const workspace = largeWorkspace();
    const repetitions = quick ? 1 : 3;
    const builds: number[] = [];
    const renders: number[] = [];
    let pages = 0;
    for (let i = 0; i < repetitions; i++) {
      const built = time(() =>
        buildReport(workspace, LARGE_IDS.cycle, {
          lang: "fr",
          audience: "internal",
          generatedAt: "2026-06-20T10:00:00Z",
        }),
      );
      const rendered = time(() => renderReportPdf(built.result));
      builds.push(built.ms);
      renders.push(rendered.ms);
      pages = pageCount(rendered.result);
    }
    log(
      `BENCH report build=${median(builds).toFixed(0)}ms render=${median(renders).toFixed(0)}ms pages=${pages}`,
    );
    return pages > 0;
  },
};
