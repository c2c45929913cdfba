/** The page cursor: where the next thing goes, page breaks, and text flowed across pages. */
import type { jsPDF } from "jspdf";
import { baselineOffset, COLOUR, PAGE, type Rgb } from "./style.ts";
import { setFont } from "./text.ts";

/** A piece of text on a line, at `x` mm from the left edge of the page. */
export interface Part {
  text: string;
  x: number;
  size: number;
  bold?: boolean;
  colour?: Rgb;
  align?: "left" | "right" | "center";
}

export interface Line {
  parts: Part[];
  height: number;
}

/** The part of a flowed block that landed on one page. */
export interface Segment {
  top: number;
  bottom: number;
  first: boolean;
  last: boolean;
}

export interface FlowOptions {
  /** Space inside the block, above and below its lines, on every page it spans. */
  padTop?: number;
  padBottom?: number;
  /** Height that must fit before the block starts (default: its first two lines). */
  keep?: number;
  /** Drawn under the lines of each segment (fills). */
  background?: (segment: Segment) => void;
  /** Drawn over the lines of each segment (rules, bars). */
  decorate?: (segment: Segment) => void;
}

export class Canvas {
  readonly doc: jsPDF;
  y: number = PAGE.top;

  constructor(doc: jsPDF) {
    this.doc = doc;
  }

  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  get room(): number {
    return PAGE.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= PAGE.top + 0.01;
  }

  newPage(): void {
    this.doc.addPage("a4", "portrait");
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits (a block taller than a page starts where it is). */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  /** Moves down by `height`, no further than the foot of the page (and never up). */
  space(height: number): void {
    this.y = Math.max(this.y, Math.min(this.y + height, PAGE.bottom));
  }

  drawPart(part: Part, top: number): void {
    setFont(this.doc, part.size, part.bold);
    const colour = part.colour ?? COLOUR.text;
    this.doc.setTextColor(colour[0], colour[1], colour[2]);
    this.doc.text(part.text, part.x, top + baselineOffset(part.size), {
      align: part.align ?? "left",
      baseline: "alphabetic",
      // Text is stored and drawn in logical order: jsPDF must not reorder it.
      isInputVisual: true,
      isOutputVisual: true,
    });
  }

  drawLine(line: Line, top: number): void {
    for (const part of line.parts) if (part.text !== "") this.drawPart(part, top);
  }

  /** Places lines one under the other, breaking pages between lines. */
  flow(lines: readonly Line[], options: FlowOptions = {}): void {
    if (lines.length === 0) return;
    const padTop = options.padTop ?? 0;
    const padBottom = options.padBottom ?? 0;
    const firstLines = lines.slice(0, 2).reduce((sum, line) => sum + line.height, 0);
    this.ensure(options.keep ?? padTop + firstLines + padBottom);

    const segments: { segment: Segment; placed: { line: Line; top: number }[] }[] = [];
    let top = this.y;
    let cursor = top + padTop;
    let placed: { line: Line; top: number }[] = [];
    const textLeft = (from: number) => lines.slice(from).filter((l) => l.parts.length > 0).length;
    for (const [index, line] of lines.entries()) {
      const overflows = cursor + line.height + padBottom > PAGE.bottom;
      // Space between items is dropped at a page break: it would only push the next page down.
      if (overflows && line.parts.length === 0) continue;
      if (overflows && placed.length > 0) {
        // No widow: a last line alone on the next page takes one more line with it.
        if (textLeft(index) === 1 && placed.length >= 3) {
          const moved = placed.pop() as { line: Line; top: number };
          cursor = moved.top;
          segments.push({
            segment: { top, bottom: cursor + padBottom, first: segments.length === 0, last: false },
            placed,
          });
          top = PAGE.top;
          placed = [{ line: moved.line, top: top + padTop }];
          cursor = top + padTop + moved.line.height;
          placed.push({ line, top: cursor });
          cursor += line.height;
          continue;
        }
        segments.push({
          segment: { top, bottom: cursor + padBottom, first: segments.length === 0, last: false },
          placed,
        });
        top = PAGE.top;
        cursor = top + padTop;
        placed = [];
      }
      placed.push({ line, top: cursor });
      cursor += line.height;
    }
    segments.push({
      segment: { top, bottom: cursor + padBottom, first: segments.length === 0, last: true },
      placed,
    });

    segments.forEach(({ segment, placed: onPage }, index) => {
      if (index > 0) this.newPage();
      options.background?.(segment);
      for (const { line, top: lineTop } of onPage) this.drawLine(line, lineTop);
      options.decorate?.(segment);
      this.y = segment.bottom;
    });
  }
}
