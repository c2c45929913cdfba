/**
 * The colour of each level of a scale, the same in the app and the PDF: the grid's own
 * colour when its owners chose one, else a step of one standard ramp; and for each, the
 * text colour that stays readable on it (WCAG AA, at least 4.5:1).
 */
import type { ScaleLevel } from "../model/grid.ts";

export type Rgb = readonly [red: number, green: number, blue: number];

/**
 * The standard ramp, light to dark blue: a scale reads as a progression, and it stays a grey
 * ramp when printed in black and white. Interpolated rather than a fixed list of steps, so
 * that every level of a scale up to its 11 levels gets a colour of its own.
 */
const LIGHTEST: Rgb = [222, 235, 247];
const DARKEST: Rgb = [8, 48, 107];

const BLACK = "#000000";
const WHITE = "#ffffff";
export type TextColour = typeof BLACK | typeof WHITE;

export interface LevelColour {
  /** The level's fill, "#rrggbb". */
  fill: string;
  /** Black or white, whichever contrasts more with the fill. */
  text: TextColour;
}

/** [r, g, b] from "#rrggbb". */
export function rgbOf(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hexOf(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
}

/** A channel of sRGB made linear, as WCAG's relative luminance asks. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rrggbb": 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = rgbOf(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours, from 1 (same luminance) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Black or white, whichever contrasts more with `fill`. One of the two always reaches at
 * least 4.58:1, above WCAG AA's 4.5:1 for text.
 */
export function textColourOn(fill: string): TextColour {
  return contrastRatio(fill, BLACK) >= contrastRatio(fill, WHITE) ? BLACK : WHITE;
}

/** The standard colour of the level at `index` (lowest first) of a scale of `count` levels. */
export function standardLevelColour(index: number, count: number): string {
  const t = count <= 1 ? 1 : Math.min(1, Math.max(0, index / (count - 1)));
  const mix = LIGHTEST.map((light, k) =>
    Math.round(light + ((DARKEST[k] as number) - light) * t),
  ) as unknown as Rgb;
  return hexOf(mix);
}

/** The fill and text colour of the level at `index` of a scale of `count` levels. */
export function levelColour(
  level: Pick<ScaleLevel, "colour">,
  index: number,
  count: number,
): LevelColour {
  const fill = level.colour ?? standardLevelColour(index, count);
  return { fill, text: textColourOn(fill) };
}

/** The fill and text colour of each level, lowest first: the grid's own, else the ramp's. */
export function levelColours(levels: readonly Pick<ScaleLevel, "colour">[]): LevelColour[] {
  return levels.map((level, index) => levelColour(level, index, levels.length));
}
