import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { padStart, renderTable, textWidth, truncate, wrap } from "./text.ts";

describe("textWidth", () => {
  it("counts characters, not UTF-16 units or combining marks", () => {
    expect(textWidth("Épicerie")).toBe(8);
    expect(textWidth("E\u0301picerie")).toBe(8);
    expect(textWidth("12\u202f345")).toBe(6);
  });
});

describe("truncate", () => {
  it("never exceeds the width and marks the cut", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.integer({ min: 1, max: 40 }),
        (text, width) => {
          const cut = truncate(text, width);
          expect(textWidth(cut)).toBeLessThanOrEqual(width);
          if (textWidth(text) <= width) expect(cut).toBe(text);
          else expect(cut.endsWith("…")).toBe(true);
        },
      ),
    );
  });
});

describe("renderTable", () => {
  it("aligns columns and shrinks flexible ones to fit", () => {
    const lines = renderTable(
      [
        { header: "Critère", align: "left", flexible: true },
        { header: "n", align: "right" },
      ],
      [
        ["Un libellé beaucoup trop long pour la largeur demandée", "12"],
        ["Court", "3"],
      ],
      30,
    );
    expect(lines.every((text) => textWidth(text) <= 30)).toBe(true);
    expect(lines[2]).toMatch(/…\s+12$/);
    expect(lines[3]).toMatch(/^Court\s+3$/);
    expect(textWidth(lines[2] ?? "")).toBe(textWidth(lines[0] ?? "") + 0);
    expect(padStart("3", 4)).toBe("   3");
  });
});

describe("wrap", () => {
  it("breaks between words and indents continuation lines", () => {
    const lines = wrap("un deux trois quatre cinq six", 10, "  ");
    expect(lines).toEqual(["un deux", "  trois", "  quatre", "  cinq six"]);
  });

  it("never starts a line with French spaced punctuation", () => {
    expect(wrap("un mot ; suite « citée » fin", 8)).toEqual([
      "un mot ;",
      "suite",
      "« citée »",
      "fin",
    ]);
  });
});
