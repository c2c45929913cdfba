/** `renderReportPdf`: a report model laid out as an A4 PDF with jsPDF, in Node and in the browser. */
import { formatterFor, type ReportModel, type ReportSection } from "@coeval/core";
import { jsPDF } from "jspdf";
import { drawBlocks, textLines } from "./blocks.ts";
import { Canvas, type Line } from "./canvas.ts";
import { registerFonts } from "./fonts.ts";
import { COLOUR, CONTENT_WIDTH, lineHeight, PAGE, SIZE } from "./style.ts";
import { textWidth, wrap } from "./text.ts";

type PdfLanguage = Parameters<jsPDF["setLanguage"]>[0];

interface TocEntry {
  section: ReportSection;
  lines: string[];
  page: number;
}

const TOC_NUMBER_WIDTH = 14;
const TOC_GAP = 1.6;

/** Sections that follow the previous one on the same page instead of opening a new one. */
const RUN_ON: ReadonlySet<ReportSection["id"]> = new Set(["purpose"]);

function drawCover(canvas: Canvas, model: ReportModel): void {
  const { metadata } = model;
  const doc = canvas.doc;
  doc.setFillColor(COLOUR.accent[0], COLOUR.accent[1], COLOUR.accent[2]);
  doc.rect(PAGE.left, 40, 24, 2.2, "F");
  canvas.y = 48;
  const lines: Line[] = [
    ...textLines(canvas, metadata.title, PAGE.left, CONTENT_WIDTH, {
      size: SIZE.title,
      bold: true,
      colour: COLOUR.accent,
    }),
    ...textLines(canvas, metadata.subtitle, PAGE.left, CONTENT_WIDTH, {
      size: SIZE.h2,
      colour: COLOUR.muted,
    }),
    { parts: [], height: 10 },
    ...textLines(canvas, metadata.organisation.name, PAGE.left, CONTENT_WIDTH, {
      size: 20,
      bold: true,
    }),
    { parts: [], height: 8 },
  ];
  canvas.flow(lines);
  const cover = model.sections.find((s) => s.id === "cover");
  if (cover !== undefined) drawBlocks(canvas, cover.blocks);
}

function tocEntries(canvas: Canvas, model: ReportModel): TocEntry[] {
  return model.sections
    .filter((s) => s.id !== "cover")
    .map((section) => ({
      section,
      lines: wrap(canvas.doc, section.title, CONTENT_WIDTH - TOC_NUMBER_WIDTH - 6, SIZE.body),
      page: 0,
    }));
}

function entryHeight(entry: TocEntry): number {
  return entry.lines.length * lineHeight(SIZE.body) + TOC_GAP;
}

/** How many pages the contents need: they are reserved first and filled in at the end. */
function tocPageCount(entries: readonly TocEntry[]): number {
  const titleHeight = lineHeight(SIZE.section) + 6;
  let pages = 1;
  let y = PAGE.top + titleHeight;
  for (const entry of entries) {
    if (y + entryHeight(entry) > PAGE.bottom) {
      pages++;
      y = PAGE.top;
    }
    y += entryHeight(entry);
  }
  return pages;
}

function drawToc(
  canvas: Canvas,
  model: ReportModel,
  entries: readonly TocEntry[],
  firstPage: number,
  formatNumber: (n: number) => string,
): void {
  const doc = canvas.doc;
  let page = firstPage;
  doc.setPage(page);
  let y = PAGE.top;
  canvas.drawPart(
    {
      text: model.chrome.contentsTitle,
      x: PAGE.left,
      size: SIZE.section,
      bold: true,
      colour: COLOUR.accent,
    },
    y,
  );
  y += lineHeight(SIZE.section) + 6;
  const lh = lineHeight(SIZE.body);
  for (const entry of entries) {
    if (y + entryHeight(entry) > PAGE.bottom) {
      page++;
      doc.setPage(page);
      y = PAGE.top;
    }
    const indent = entry.section.id === "criteria" ? 5 : 0;
    entry.lines.forEach((line, k) => {
      canvas.drawPart(
        { text: line, x: PAGE.left + indent, size: SIZE.body, bold: indent === 0 },
        y + k * lh,
      );
    });
    const lastTop = y + (entry.lines.length - 1) * lh;
    const number = formatNumber(entry.page);
    canvas.drawPart({ text: number, x: PAGE.right, size: SIZE.body, align: "right" }, lastTop);
    // Dotted leader from the end of the title to the page number.
    const lastLine = entry.lines[entry.lines.length - 1] ?? "";
    const from = PAGE.left + indent + textWidth(doc, lastLine, SIZE.body, indent === 0) + 2;
    const to = PAGE.right - textWidth(doc, number, SIZE.body) - 2;
    if (to > from) {
      doc.setDrawColor(150, 150, 150);
      doc.setLineWidth(0.2);
      doc.setLineDashPattern([0.3, 1.2], 0);
      doc.line(from, lastTop + lh * 0.72, to, lastTop + lh * 0.72);
      doc.setLineDashPattern([], 0);
    }
    doc.link(PAGE.left, y, CONTENT_WIDTH, entry.lines.length * lh, { pageNumber: entry.page });
    y += entryHeight(entry);
  }
}

function drawSectionTitle(canvas: Canvas, section: ReportSection): void {
  const lines = textLines(canvas, section.title, PAGE.left, CONTENT_WIDTH, {
    size: SIZE.section,
    bold: true,
    colour: COLOUR.accent,
  });
  if (!canvas.atTop) canvas.space(6);
  canvas.flow(lines, { keep: lines.reduce((sum, l) => sum + l.height, 0) + 30 });
  const doc = canvas.doc;
  doc.setDrawColor(COLOUR.accent[0], COLOUR.accent[1], COLOUR.accent[2]);
  doc.setLineWidth(0.5);
  doc.line(PAGE.left, canvas.y + 0.8, PAGE.right, canvas.y + 0.8);
  canvas.space(5);
}

function drawChrome(canvas: Canvas, model: ReportModel, formatNumber: (n: number) => string): void {
  const doc = canvas.doc;
  const pages = doc.getNumberOfPages();
  const header = wrap(doc, model.chrome.runningHeader, CONTENT_WIDTH, SIZE.chrome)[0] ?? "";
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    if (page > 1) {
      canvas.drawPart(
        { text: header, x: PAGE.left, size: SIZE.chrome, colour: COLOUR.muted },
        PAGE.headerY - 3,
      );
      doc.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
      doc.setLineWidth(0.2);
      doc.line(PAGE.left, PAGE.headerY + 1, PAGE.right, PAGE.headerY + 1);
    }
    const footer = model.chrome.pageFooter
      .replace("{page}", formatNumber(page))
      .replace("{pages}", formatNumber(pages));
    canvas.drawPart(
      { text: footer, x: PAGE.right, size: SIZE.chrome, colour: COLOUR.muted, align: "right" },
      PAGE.footerY - 3,
    );
    if (page === 1) {
      canvas.drawPart(
        {
          text: model.metadata.audienceLabel,
          x: PAGE.left,
          size: SIZE.chrome,
          colour: COLOUR.muted,
        },
        PAGE.footerY - 3,
      );
    }
  }
}

/** Lays out the report model as PDF bytes: cover, contents, sections, running header and page numbers. */
export function renderReportPdf(model: ReportModel): Uint8Array {
  const doc = new jsPDF({ unit: "mm", format: "a4", orientation: "portrait", compress: true });
  registerFonts(doc);
  const { metadata } = model;
  doc.setProperties({
    title: `${metadata.title} · ${metadata.organisation.name} · ${metadata.cycle.name}`,
    subject: metadata.subtitle,
    author: metadata.author,
    creator: metadata.author,
    keywords: metadata.audienceLabel,
  });
  doc.setLanguage(metadata.locale as PdfLanguage);
  const formatNumber = formatterFor(metadata.language).integer;

  const canvas = new Canvas(doc);
  drawCover(canvas, model);

  const entries = tocEntries(canvas, model);
  const tocFirstPage = canvas.page + 1;
  if (entries.length > 0) for (let i = tocPageCount(entries); i > 0; i--) canvas.newPage();

  let previous: ReportSection | undefined;
  for (const entry of entries) {
    const { section } = entry;
    if (previous === undefined || !RUN_ON.has(section.id) || canvas.room < 60) canvas.newPage();
    drawSectionTitle(canvas, section);
    entry.page = canvas.page;
    drawBlocks(canvas, section.blocks);
    previous = section;
  }
  if (entries.length > 0) drawToc(canvas, model, entries, tocFirstPage, formatNumber);
  drawChrome(canvas, model, formatNumber);
  return new Uint8Array(doc.output("arraybuffer"));
}
