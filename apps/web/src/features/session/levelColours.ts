import type { ScaleLevel } from "@coeval/core";

/** Light to dark: a scale reads as a progression. */
const RAMP = ["#e3eef7", "#b9d3ea", "#7fb0d9", "#2f6fa5", "#17466e", "#0b2a45"] as const;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** Black or white, whichever reads better on `background` (always at least 4.5:1). */
export function textOn(background: string): "#000000" | "#ffffff" {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}

/** The colour of each level: the grid's own when it chose one, else the ramp by position. */
export function levelColours(levels: readonly ScaleLevel[]): string[] {
  return levels.map((level, index) => {
    if (level.colour) return level.colour;
    const position =
      levels.length <= 1 ? 3 : Math.round((index / (levels.length - 1)) * (RAMP.length - 1));
    return RAMP[position] as string;
  });
}
