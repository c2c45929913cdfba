/** Page geometry (millimetres), type sizes (points) and colours of the report. */
export type Rgb = readonly [number, number, number];

export const PAGE = {
  width: 210,
  height: 297,
  left: 20,
  right: 190,
  /** Where content starts and must end on every page; the header and footer sit outside. */
  top: 24,
  bottom: 278,
  headerY: 13,
  footerY: 288,
} as const;
export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export const SIZE = {
  title: 26,
  section: 17,
  h2: 13,
  h3: 11,
  body: 10,
  table: 9,
  small: 8.5,
  chrome: 8,
} as const;

const MM_PER_PT = 25.4 / 72;

/** Height of one line of text of `size` points, in millimetres. */
export function lineHeight(size: number): number {
  return size * MM_PER_PT * 1.32;
}

/** Distance from the top of a line box to the text's baseline. */
export function baselineOffset(size: number): number {
  return size * MM_PER_PT * 1.0;
}

export const COLOUR = {
  text: [26, 26, 26] as Rgb,
  muted: [85, 85, 85] as Rgb,
  accent: [22, 78, 99] as Rgb,
  rule: [170, 170, 170] as Rgb,
  faintRule: [215, 215, 215] as Rgb,
  zebra: [244, 244, 244] as Rgb,
  headerFill: [226, 234, 238] as Rgb,
  calloutFill: [246, 246, 243] as Rgb,
  warning: [150, 60, 20] as Rgb,
  positive: [40, 110, 60] as Rgb,
  negative: [160, 40, 40] as Rgb,
  mixed: [150, 110, 20] as Rgb,
  white: [255, 255, 255] as Rgb,
} as const;
