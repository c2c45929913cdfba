import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  contrastRatio,
  levelColours,
  relativeLuminance,
  rgbOf,
  standardLevelColour,
  textColourOn,
} from "./levelColours.ts";

const hexColour = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`);

describe("contrast", () => {
  it("computes WCAG ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
    // WCAG's own example: #767676 on white is just above 4.5:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(rgbOf("#1d5A8a")).toEqual([29, 90, 138]);
  });

  it("gives every fill a text colour that passes WCAG AA (4.5:1)", () => {
    fc.assert(
      fc.property(hexColour, (fill) => {
        expect(contrastRatio(textColourOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 2000 },
    );
  });

  it("writes black on light fills and white on dark ones", () => {
    expect(textColourOn("#deebf7")).toBe("#000000");
    expect(textColourOn("#08306b")).toBe("#ffffff");
    expect(textColourOn("#ffff00")).toBe("#000000");
  });
});

describe("level colours", () => {
  it("keeps the grid's own colours and fills the others from the ramp", () => {
    const colours = levelColours([
      { colour: undefined },
      { colour: "#FF0000" },
      { colour: undefined },
    ]);
    expect(colours).toEqual([
      { fill: "#deebf7", text: "#000000" },
      { fill: "#FF0000", text: "#000000" },
      { fill: "#08306b", text: "#ffffff" },
    ]);
  });

  it("gives each level of any scale (2 to 11 levels) its own colour, darker as it goes up", () => {
    for (let count = 2; count <= 11; count++) {
      const ramp = Array.from({ length: count }, (_, index) => standardLevelColour(index, count));
      expect(new Set(ramp).size).toBe(count);
      for (let i = 1; i < count; i++) {
        expect(relativeLuminance(ramp[i] as string)).toBeLessThan(
          relativeLuminance(ramp[i - 1] as string),
        );
      }
    }
  });

  it("gives readable text on every level of the ramp", () => {
    for (let count = 2; count <= 11; count++) {
      for (const { fill, text } of levelColours(Array.from({ length: count }, () => ({})))) {
        expect(fill).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrastRatio(text, fill)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
