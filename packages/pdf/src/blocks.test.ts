import {
  buildReport,
  EXAMPLE_IDS,
  exampleWorkspace,
  type ReportBlock,
  type TableBlock,
} from "@coeval/core";
import { jsPDF } from "jspdf";
import { describe, expect, it } from "vitest";
import { drawBlocks, prepareBlock } from "./blocks.ts";
import { Canvas } from "./canvas.ts";
import { registerFonts } from "./fonts.ts";
import { PAGE } from "./style.ts";

function canvas(): Canvas {
  const doc = new jsPDF({ unit: "mm", format: "a4", orientation: "portrait", compress: true });
  registerFonts(doc);
  return new Canvas(doc);
}

const model = buildReport(exampleWorkspace(), EXAMPLE_IDS.cycle2026, {
  lang: "fr",
  audience: "internal",
  generatedAt: "2026-06-20T10:00:00Z",
});
const blocks = model.sections.flatMap((section) => section.blocks);
const charts = blocks.filter((block) => block.type === "chart");
const shortTables = blocks.filter(
  (block): block is TableBlock => block.type === "table" && block.rows.length <= 10,
);

/** One document for all the measures: registering the fonts is the slow part. */
const shared = canvas();

/** Where the block's ink ends, drawn from the top of a fresh page: the space under it left out. */
function drawnHeight(block: ReportBlock, spaceAfter: number): number {
  shared.newPage();
  const page = shared.page;
  prepareBlock(shared, block).draw(shared);
  expect(shared.page).toBe(page);
  return shared.y - spaceAfter - PAGE.top;
}

describe("what a block keeps is what it draws", () => {
  it("a chart keeps exactly its height, not the space under it", () => {
    expect(charts.length).toBeGreaterThan(10);
    for (const chart of charts) {
      const keep = prepareBlock(shared, chart).keep;
      expect(drawnHeight(chart, 3)).toBeCloseTo(keep, 5);
    }
  });

  it("a short table keeps its whole height, caption and footnotes included", () => {
    expect(shortTables.length).toBeGreaterThan(10);
    for (const table of shortTables) {
      const keep = prepareBlock(shared, table).keep;
      expect(drawnHeight(table, 3.5)).toBeCloseTo(keep, 5);
    }
  });

  it("a chart that just fits at the foot of a page stays there with its heading", () => {
    const chart = charts[0] as ReportBlock;
    const heading: ReportBlock = { type: "heading", level: 3, text: "Répartition" };
    const measuring = canvas();
    const height = prepareBlock(measuring, heading).keep + prepareBlock(measuring, chart).keep;
    for (const [spare, page] of [
      [0.05, 1],
      [-0.05, 2],
    ] as const) {
      const c = canvas();
      c.y = PAGE.bottom - height - spare;
      drawBlocks(c, [heading, chart]);
      expect(c.page).toBe(page);
    }
  });
});
