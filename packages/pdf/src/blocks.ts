/** Lays out each kind of block of the report model. */
import type {
  BulletListBlock,
  CalloutBlock,
  HeadingBlock,
  KeyValueBlock,
  ParagraphBlock,
  QuoteBlock,
  ReportBlock,
  TableBlock,
} from "@coeval/core";
import type { Canvas, Line, Part } from "./canvas.ts";
import { drawDistribution, drawRadar, prepareDistribution, prepareRadar } from "./charts.ts";
import { rowsOnPage, type TableMeasure, tableKeep, tableStartsOnNewPage } from "./pagination.ts";
import { COLOUR, CONTENT_WIDTH, lineHeight, PAGE, type Rgb, SIZE } from "./style.ts";
import { textWidth, wrap } from "./text.ts";

/** A block measured and ready to draw: `keep` is the height that must fit before it starts. */
export interface Prepared {
  keep: number;
  /** Whether it is a short lead-in (a muted or labelled paragraph) a heading keeps whole. */
  leadIn?: boolean;
  height?: number;
  draw: (canvas: Canvas) => void;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  colour?: Rgb;
}

/** Wrapped lines of `text` starting at `x`, within `width`. */
export function textLines(
  canvas: Canvas,
  text: string,
  x: number,
  width: number,
  style: TextStyle,
): Line[] {
  const height = lineHeight(style.size);
  return wrap(canvas.doc, text, width, style.size, style.bold).map((line) => ({
    height,
    parts: [{ text: line, x, size: style.size, bold: style.bold, colour: style.colour } as Part],
  }));
}

function sumHeights(lines: readonly Line[], count = lines.length): number {
  return lines.slice(0, count).reduce((sum, line) => sum + line.height, 0);
}

/** A gap line: vertical space that travels with the lines around it. */
function gap(height: number): Line {
  return { parts: [], height };
}

function flowed(lines: Line[], after: number, keepLines = 2): Prepared {
  return {
    keep: sumHeights(lines, keepLines),
    draw: (canvas) => {
      canvas.flow(lines, { keep: sumHeights(lines, keepLines) });
      canvas.space(after);
    },
  };
}

function heading(canvas: Canvas, block: HeadingBlock): Prepared {
  const size = block.level === 2 ? SIZE.h2 : SIZE.h3;
  const lines = textLines(canvas, block.text, PAGE.left, CONTENT_WIDTH, {
    size,
    bold: true,
    colour: block.level === 2 ? COLOUR.accent : COLOUR.text,
  });
  const before = block.level === 2 ? 3 : 2;
  const height = sumHeights(lines) + before + 1;
  return {
    keep: height,
    draw: (c) => {
      if (!c.atTop) c.space(before);
      c.flow(lines, { keep: sumHeights(lines) });
      c.space(1);
    },
  };
}

function paragraph(canvas: Canvas, block: ParagraphBlock): Prepared {
  const lines: Line[] = [];
  for (const note of block.notes ?? []) {
    lines.push(
      ...textLines(canvas, note, PAGE.left, CONTENT_WIDTH, {
        size: SIZE.small,
        bold: true,
        colour: COLOUR.muted,
      }),
    );
  }
  const style: TextStyle =
    block.emphasis === "strong"
      ? { size: SIZE.body + 0.5, bold: true }
      : block.emphasis === "muted"
        ? { size: SIZE.body - 0.5, colour: COLOUR.muted }
        : { size: SIZE.body };
  lines.push(...textLines(canvas, block.text, PAGE.left, CONTENT_WIDTH, style));
  const prepared = flowed(lines, 2.5, (block.notes?.length ?? 0) + 2);
  const height = sumHeights(lines) + 2.5;
  const leadIn = block.emphasis === "muted" || (block.notes?.length ?? 0) > 0;
  return { ...prepared, leadIn: leadIn && height < 40, height };
}

const KEY_WIDTH = 48;

function keyValue(canvas: Canvas, block: KeyValueBlock): Prepared {
  const lines: Line[] = [];
  for (const item of block.items) {
    const keys = wrap(canvas.doc, item.key, KEY_WIDTH - 3, SIZE.body, true);
    const values = wrap(canvas.doc, item.value, CONTENT_WIDTH - KEY_WIDTH, SIZE.body);
    const count = Math.max(keys.length, values.length);
    for (let i = 0; i < count; i++) {
      lines.push({
        height: lineHeight(SIZE.body),
        parts: [
          { text: keys[i] ?? "", x: PAGE.left, size: SIZE.body, bold: true, colour: COLOUR.muted },
          { text: values[i] ?? "", x: PAGE.left + KEY_WIDTH, size: SIZE.body },
        ],
      });
    }
    lines.push(gap(1));
  }
  return flowed(lines, 2, 3);
}

function bulletList(canvas: Canvas, block: BulletListBlock): Prepared {
  const lines: Line[] = [];
  if (block.title) {
    lines.push(
      ...textLines(canvas, block.title, PAGE.left, CONTENT_WIDTH, { size: SIZE.body, bold: true }),
    );
  }
  const indent = 5;
  for (const item of block.items) {
    item.split("\n").forEach((row, rowIndex) => {
      const extra = row.startsWith("  ") ? 4 : 0;
      const rowLines = textLines(
        canvas,
        row.trim(),
        PAGE.left + indent + extra,
        CONTENT_WIDTH - indent - extra,
        rowIndex === 0 ? { size: SIZE.body } : { size: SIZE.small + 0.5, colour: COLOUR.muted },
      );
      const first = rowLines[0];
      if (rowIndex === 0 && first !== undefined) {
        first.parts.push({ text: "•", x: PAGE.left + 1, size: SIZE.body, colour: COLOUR.accent });
      }
      lines.push(...rowLines);
    });
    lines.push(gap(0.8));
  }
  return flowed(lines, 2, block.title ? 3 : 2);
}

const VALENCE_COLOUR = {
  positive: COLOUR.positive,
  negative: COLOUR.negative,
  mixed: COLOUR.mixed,
} as const;

function quote(canvas: Canvas, block: QuoteBlock): Prepared {
  const x = PAGE.left + 6;
  const width = CONTENT_WIDTH - 8;
  const meta = [`${block.kindLabel} · ${block.valenceLabel}`, block.date]
    .filter(Boolean)
    .join(" · ");
  const lines: Line[] = [
    ...textLines(canvas, meta, x, width, { size: SIZE.small, bold: true, colour: COLOUR.muted }),
  ];
  if (block.title) {
    lines.push(...textLines(canvas, block.title, x, width, { size: SIZE.body + 0.5, bold: true }));
  }
  lines.push(...textLines(canvas, block.text, x, width, { size: SIZE.body }));
  if (block.attribution) {
    lines.push(
      ...textLines(canvas, `— ${block.attribution}`, x, width, {
        size: SIZE.body - 0.5,
        colour: COLOUR.muted,
      }),
    );
  }
  if (block.criteria && block.criteria.length > 0) {
    lines.push(
      ...textLines(canvas, block.criteria.join(" ; "), x, width, {
        size: SIZE.small,
        colour: COLOUR.muted,
      }),
    );
  }
  const colour = VALENCE_COLOUR[block.valence];
  const keep = sumHeights(lines, 4) + 3;
  return {
    keep,
    draw: (c) => {
      c.flow(lines, {
        keep,
        padTop: 1.5,
        padBottom: 1.5,
        // The bar's pattern tells the valence apart without colour: solid, double, dashed.
        decorate: ({ top, bottom }) => {
          const doc = c.doc;
          doc.setDrawColor(colour[0], colour[1], colour[2]);
          if (block.valence === "positive") {
            doc.setLineWidth(1.2);
            doc.line(PAGE.left + 1.5, top, PAGE.left + 1.5, bottom);
          } else if (block.valence === "negative") {
            doc.setLineWidth(0.5);
            doc.line(PAGE.left + 0.8, top, PAGE.left + 0.8, bottom);
            doc.line(PAGE.left + 2.4, top, PAGE.left + 2.4, bottom);
          } else {
            doc.setLineWidth(1.2);
            doc.setLineDashPattern([1.5, 1], 0);
            doc.line(PAGE.left + 1.5, top, PAGE.left + 1.5, bottom);
            doc.setLineDashPattern([], 0);
          }
        },
      });
      c.space(3);
    },
  };
}

function callout(canvas: Canvas, block: CalloutBlock): Prepared {
  const x = PAGE.left + 4;
  const width = CONTENT_WIDTH - 8;
  const lines: Line[] = [];
  const titleColour = block.tone === "warning" ? COLOUR.warning : COLOUR.accent;
  if (block.title) {
    lines.push(
      ...textLines(canvas, block.title, x, width, {
        size: SIZE.body,
        bold: true,
        colour: titleColour,
      }),
    );
  }
  lines.push(...textLines(canvas, block.text, x, width, { size: SIZE.body }));
  const keep = sumHeights(lines, 3) + 6;
  return {
    keep,
    draw: (c) => {
      const doc = c.doc;
      c.flow(lines, {
        keep,
        padTop: 2.5,
        padBottom: 2.5,
        background: ({ top, bottom }) => {
          const fill = COLOUR.calloutFill;
          doc.setFillColor(fill[0], fill[1], fill[2]);
          doc.rect(PAGE.left, top, CONTENT_WIDTH, bottom - top, "F");
        },
        // The border tells the tone apart without colour.
        decorate: ({ top, bottom }) => {
          const h = bottom - top;
          doc.setDrawColor(60, 60, 60);
          if (block.tone === "dissent") {
            doc.setLineWidth(0.35);
            doc.setLineDashPattern([1.6, 1.2], 0);
            doc.rect(PAGE.left, top, CONTENT_WIDTH, h, "S");
            doc.setLineDashPattern([], 0);
          } else if (block.tone === "convention") {
            doc.setLineWidth(0.3);
            doc.rect(PAGE.left, top, CONTENT_WIDTH, h, "S");
            doc.rect(PAGE.left + 0.9, top + 0.9, CONTENT_WIDTH - 1.8, h - 1.8, "S");
          } else if (block.tone === "warning") {
            doc.setLineWidth(0.3);
            doc.rect(PAGE.left, top, CONTENT_WIDTH, h, "S");
            doc.setFillColor(COLOUR.warning[0], COLOUR.warning[1], COLOUR.warning[2]);
            doc.rect(PAGE.left, top, 1.6, h, "F");
          } else {
            doc.setLineWidth(0.25);
            doc.rect(PAGE.left, top, CONTENT_WIDTH, h, "S");
          }
        },
      });
      c.space(3);
    },
  };
}

const CELL_PAD_X = 1.6;
const CELL_PAD_Y = 1.1;
const CAPTION_GAP = 0.8;
const FOOTNOTE_GAP = 1;

interface TableRowLayout {
  cells: string[][];
  height: number;
}

/**
 * Widths from the columns' weights, widened where needed so that the longest word of a
 * column fits (a word is cut only when it could not fit any sensible column).
 */
function columnWidths(canvas: Canvas, block: TableBlock): number[] {
  const totalWeight = block.columns.reduce((sum, c) => sum + (c.weight ?? 1), 0);
  const widths = block.columns.map((c) => (CONTENT_WIDTH * (c.weight ?? 1)) / totalWeight);
  const longestWord = (text: string, bold: boolean) =>
    Math.max(0, ...text.split(/\s+/).map((word) => textWidth(canvas.doc, word, SIZE.table, bold)));
  const needed = block.columns.map((column, i) =>
    Math.min(
      CONTENT_WIDTH * 0.4,
      2 * CELL_PAD_X +
        0.5 +
        Math.max(
          longestWord(column.header, true),
          ...block.rows.map((row) => longestWord(row[i] ?? "", false)),
        ),
    ),
  );
  if (needed.reduce((a, b) => a + b, 0) > CONTENT_WIDTH) return widths;
  for (let pass = 0; pass < block.columns.length; pass++) {
    const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, (needed[i] as number) - w), 0);
    if (deficit <= 0.01) break;
    const spare = widths.map((w, i) => Math.max(0, w - (needed[i] as number)));
    const totalSpare = spare.reduce((a, b) => a + b, 0);
    widths.forEach((w, i) => {
      widths[i] =
        w < (needed[i] as number)
          ? (needed[i] as number)
          : w - (deficit * (spare[i] as number)) / totalSpare;
    });
  }
  return widths;
}

function table(canvas: Canvas, block: TableBlock): Prepared {
  const doc = canvas.doc;
  const widths = columnWidths(canvas, block);
  const lh = lineHeight(SIZE.table);
  const layoutRow = (cells: readonly string[], bold: boolean): TableRowLayout => {
    const wrapped = widths.map((w, i) =>
      wrap(doc, cells[i] ?? "", w - 2 * CELL_PAD_X, SIZE.table, bold),
    );
    const height = Math.max(...wrapped.map((lines) => lines.length)) * lh + 2 * CELL_PAD_Y;
    return { cells: wrapped, height };
  };
  const header = layoutRow(
    block.columns.map((c) => c.header),
    true,
  );
  const rows = block.rows.map((row) => layoutRow(row, false));
  const caption = block.caption
    ? textLines(canvas, block.caption, PAGE.left, CONTENT_WIDTH, { size: SIZE.body, bold: true })
    : [];
  const footnotes = (block.footnotes ?? []).flatMap((note) =>
    textLines(canvas, note, PAGE.left, CONTENT_WIDTH, { size: SIZE.small, colour: COLOUR.muted }),
  );
  // Short notes stay whole under the last row; long ones keep their start there and flow on.
  const footnotesKept = sumHeights(footnotes, footnotes.length <= 4 ? footnotes.length : 2);
  const pageRoom = PAGE.bottom - PAGE.top;
  const measure: TableMeasure = {
    lead: caption.length > 0 ? sumHeights(caption) + CAPTION_GAP : 0,
    header: header.height,
    rows: rows.map((row) => row.height),
    footer: footnotes.length > 0 ? FOOTNOTE_GAP + footnotesKept : 0,
  };

  const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const drawCells = (
    c: Canvas,
    cells: string[][],
    from: number,
    count: number,
    top: number,
    bold: boolean,
  ) => {
    block.columns.forEach((column, i) => {
      const x = xs[i] as number;
      const w = widths[i] as number;
      const align = column.align;
      const tx =
        align === "right" ? x + w - CELL_PAD_X : align === "center" ? x + w / 2 : x + CELL_PAD_X;
      (cells[i] ?? []).slice(from, from + count).forEach((text, k) => {
        c.drawPart(
          { text, x: tx, size: SIZE.table, bold, align, colour: bold ? COLOUR.text : COLOUR.text },
          top + CELL_PAD_Y + k * lh,
        );
      });
    });
  };
  const drawHeader = (c: Canvas) => {
    const fill = COLOUR.headerFill;
    doc.setFillColor(fill[0], fill[1], fill[2]);
    doc.rect(PAGE.left, c.y, CONTENT_WIDTH, header.height, "F");
    drawCells(c, header.cells, 0, Infinity, c.y, true);
    doc.setDrawColor(COLOUR.muted[0], COLOUR.muted[1], COLOUR.muted[2]);
    doc.setLineWidth(0.35);
    doc.line(PAGE.left, c.y + header.height, PAGE.right, c.y + header.height);
    c.y += header.height;
  };

  const drawRow = (c: Canvas, index: number) => {
    const row = rows[index] as TableRowLayout;
    if (index % 2 === 1) {
      const zebra = COLOUR.zebra;
      doc.setFillColor(zebra[0], zebra[1], zebra[2]);
      doc.rect(PAGE.left, c.y, CONTENT_WIDTH, row.height, "F");
    }
    drawCells(c, row.cells, 0, Infinity, c.y, false);
    doc.setDrawColor(COLOUR.faintRule[0], COLOUR.faintRule[1], COLOUR.faintRule[2]);
    doc.setLineWidth(0.2);
    doc.line(PAGE.left, c.y + row.height, PAGE.right, c.y + row.height);
    c.y += row.height;
  };
  /** A row taller than a page, cut between its lines over as many pages as it needs. */
  const drawTallRow = (c: Canvas, index: number) => {
    const row = rows[index] as TableRowLayout;
    const rowLines = Math.max(...row.cells.map((cell) => cell.length));
    let from = 0;
    while (from < rowLines) {
      let count = Math.floor((c.room - 2 * CELL_PAD_Y) / lh);
      if (count < 1) {
        c.newPage();
        drawHeader(c);
        count = Math.floor((c.room - 2 * CELL_PAD_Y) / lh);
      }
      count = Math.min(count, rowLines - from);
      const height = count * lh + 2 * CELL_PAD_Y;
      if (index % 2 === 1) {
        const zebra = COLOUR.zebra;
        doc.setFillColor(zebra[0], zebra[1], zebra[2]);
        doc.rect(PAGE.left, c.y, CONTENT_WIDTH, height, "F");
      }
      drawCells(c, row.cells, from, count, c.y, false);
      doc.setDrawColor(COLOUR.faintRule[0], COLOUR.faintRule[1], COLOUR.faintRule[2]);
      doc.setLineWidth(0.2);
      doc.line(PAGE.left, c.y + height, PAGE.right, c.y + height);
      c.y += height;
      from += count;
    }
  };

  return {
    keep: tableKeep(measure, pageRoom),
    draw: (c) => {
      if (tableStartsOnNewPage(measure, c.room, pageRoom, c.atTop)) c.newPage();
      // Rows placed on the current page, and whether moving on would gain nothing.
      let placed = 0;
      let fresh = c.atTop;
      if (caption.length > 0) {
        c.flow(caption);
        c.space(CAPTION_GAP);
      }
      drawHeader(c);
      let index = 0;
      while (index < rows.length) {
        const count = rowsOnPage(measure, index, c.room, placed, fresh);
        if (count === 0 && fresh) {
          drawTallRow(c, index);
          index++;
          placed = 1;
          fresh = false;
          continue;
        }
        for (let k = 0; k < count; k++) drawRow(c, index + k);
        index += count;
        placed += count;
        if (index < rows.length) {
          c.newPage();
          drawHeader(c);
          placed = 0;
          fresh = true;
        }
      }
      if (footnotes.length > 0) {
        c.space(FOOTNOTE_GAP);
        c.flow(footnotes, { keep: footnotesKept });
      }
      c.space(3.5);
    },
  };
}

export function prepareBlock(canvas: Canvas, block: ReportBlock): Prepared {
  switch (block.type) {
    case "heading":
      return heading(canvas, block);
    case "paragraph":
      return paragraph(canvas, block);
    case "keyValue":
      return keyValue(canvas, block);
    case "bulletList":
      return bulletList(canvas, block);
    case "quote":
      return quote(canvas, block);
    case "callout":
      return callout(canvas, block);
    case "table":
      return table(canvas, block);
    case "chart": {
      const chart = block.chart;
      if (chart.kind === "radar") {
        const layout = prepareRadar(canvas, chart);
        return { keep: layout.height, draw: (c) => drawRadar(c, chart, layout) };
      }
      const layout = prepareDistribution(canvas, chart);
      return { keep: layout.height, draw: (c) => drawDistribution(c, chart, layout) };
    }
  }
}

/**
 * Draws blocks in order, keeping each heading on the same page as the start of what
 * follows it (no heading alone at the foot of a page).
 */
export function drawBlocks(canvas: Canvas, blocks: readonly ReportBlock[]): void {
  const prepared = blocks.map((block) => prepareBlock(canvas, block));
  prepared.forEach((item, index) => {
    // A heading keeps with it the headings and short lead-ins below it, whole, and the
    // start of the first real content after them.
    let keep = item.keep;
    let next = index + 1;
    while (
      next < prepared.length &&
      (blocks[next]?.type === "heading" || prepared[next]?.leadIn === true)
    ) {
      const follower = prepared[next] as Prepared;
      keep += follower.height ?? follower.keep;
      next++;
    }
    keep += prepared[next]?.keep ?? 0;
    if (blocks[index]?.type === "heading") canvas.ensure(Math.min(keep, PAGE.bottom - PAGE.top));
    item.draw(canvas);
  });
}
