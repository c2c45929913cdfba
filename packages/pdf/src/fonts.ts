/** Source Sans 3 (SIL Open Font License 1.1), embedded so French spacing and symbols print right. */
import type { jsPDF } from "jspdf";
import { SOURCE_SANS_BOLD_BASE64 } from "./fonts/source-sans-bold.generated.ts";
import { SOURCE_SANS_REGULAR_BASE64 } from "./fonts/source-sans-regular.generated.ts";

export const FONT_FAMILY = "SourceSans3";

export function registerFonts(doc: jsPDF): void {
  doc.addFileToVFS("SourceSans3-Regular.ttf", SOURCE_SANS_REGULAR_BASE64);
  doc.addFont("SourceSans3-Regular.ttf", FONT_FAMILY, "normal");
  doc.addFileToVFS("SourceSans3-Bold.ttf", SOURCE_SANS_BOLD_BASE64);
  doc.addFont("SourceSans3-Bold.ttf", FONT_FAMILY, "bold");
  doc.setFont(FONT_FAMILY, "normal");
}

const coverage = new WeakMap<jsPDF, ReadonlySet<number>>();

/** The code points the embedded font has glyphs for. */
export function fontCoverage(doc: jsPDF): ReadonlySet<number> {
  let covered = coverage.get(doc);
  if (covered === undefined) {
    const font = doc.getFont() as unknown as {
      metadata?: { cmap?: { unicode?: { codeMap?: Record<string, number> } } };
    };
    const codeMap = font.metadata?.cmap?.unicode?.codeMap ?? {};
    covered = new Set(Object.keys(codeMap).map(Number));
    coverage.set(doc, covered);
  }
  return covered;
}
