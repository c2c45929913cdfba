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

export function textWidth(doc: jsPDF, text: string, size: number, bold = false): number {
  setFont(doc, size, bold);
  return doc.getTextWidth(text);
}

/** Cuts a word wider than the line into pieces that fit, by characters. */
function breakWord(doc: jsPDF, word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of Array.from(word)) {
    if (piece !== "" && doc.getTextWidth(piece + char) > width) {
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
 */
export function wrap(
  doc: jsPDF,
  text: string,
  width: number,
  size: number,
  bold = false,
): string[] {
  setFont(doc, size, bold);
  const lines: string[] = [];
  for (const paragraph of drawable(doc, text).split("\n")) {
    const words = paragraph.split(/ +/).filter((w) => w !== "");
    let line = "";
    for (const word of words) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (doc.getTextWidth(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      if (doc.getTextWidth(word) <= width) line = word;
      else {
        const pieces = breakWord(doc, word, width);
        line = pieces.pop() ?? "";
        lines.push(...pieces);
      }
    }
    lines.push(line);
  }
  return lines;
}
