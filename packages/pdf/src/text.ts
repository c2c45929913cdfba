/** Making any text safe to print, and wrapping it to a width. */
import type { jsPDF } from "jspdf";
import { FONT_FAMILY, fontCoverage } from "./fonts.ts";

/**
 * Line breaks normalised, tabs as spaces, and the control and bidirectional formatting
 * characters removed: they have no glyph and would only confuse measuring.
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\p{Cc}\p{Cf}]/gu, (char) => (char === "\n" ? char : ""));
}

/**
 * `printable` text whose characters the font cannot draw (scripts it does not cover,
 * emoji) are shown as "?": an honest gap rather than a blank or a misleading glyph.
 */
export function drawable(doc: jsPDF, text: string): string {
  const covered = fontCoverage(doc);
  if (covered.size === 0) return printable(text);
  let out = "";
  for (const char of printable(text)) {
    const code = char.codePointAt(0) as number;
    out += code === 10 || code === 32 || covered.has(code) ? char : "?";
  }
  return out;
}

export function setFont(doc: jsPDF, size: number, bold = false): void {
  doc.setFont(FONT_FAMILY, bold ? "bold" : "normal");
  doc.setFontSize(size);
}

const widthCaches = new WeakMap<jsPDF, Map<string, number>>();

/** Width in mm of `text` at `size`: memoised, as the same words come back again and again. */
export function textWidth(doc: jsPDF, text: string, size: number, bold = false): number {
  let cache = widthCaches.get(doc);
  if (cache === undefined) {
    cache = new Map();
    widthCaches.set(doc, cache);
  }
  const key = `${bold ? "b" : "r"}${size}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    setFont(doc, size, bold);
    width = doc.getTextWidth(text);
    cache.set(key, width);
  }
  return width;
}

/** Cuts a word wider than the line into pieces that fit, by characters. */
function breakWord(doc: jsPDF, word: string, width: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of Array.from(word)) {
    if (piece !== "" && textWidth(doc, piece + char, size, bold) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * The lines of `text` at `size` within `width` mm: breaks at spaces (never at a
 * no-break space), keeps explicit line breaks, and cuts words longer than a line.
 * Widths add up word by word (jsPDF does not kern), so each word is measured once.
 */
export function wrap(
  doc: jsPDF,
  text: string,
  width: number,
  size: number,
  bold = false,
): string[] {
  const space = textWidth(doc, " ", size, bold);
  const lines: string[] = [];
  for (const paragraph of drawable(doc, text).split("\n")) {
    const words = paragraph.split(/ +/).filter((w) => w !== "");
    let line = "";
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = textWidth(doc, word, size, bold);
      const candidate = line === "" ? wordWidth : lineWidth + space + wordWidth;
      if (candidate <= width) {
        line = line === "" ? word : `${line} ${word}`;
        lineWidth = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
      } else {
        const pieces = breakWord(doc, word, width, size, bold);
        line = pieces.pop() ?? "";
        lineWidth = textWidth(doc, line, size, bold);
        lines.push(...pieces);
      }
    }
    lines.push(line);
  }
  return lines;
}
