import type { Formatters } from "../../i18n/index.tsx";

/** Display choices the screen's filters make; they never change the figures. */
export type Highlight =
  | { kind: "none" }
  | { kind: "side"; side: "internal" | "external" }
  | { kind: "group"; groupId: string };

export function highlightKey(highlight: Highlight): string {
  if (highlight.kind === "side") return `side:${highlight.side}`;
  if (highlight.kind === "group") return `group:${highlight.groupId}`;
  return "none";
}

export function parseHighlight(key: string): Highlight {
  if (key === "side:internal" || key === "side:external") {
    return { kind: "side", side: key.slice(5) as "internal" | "external" };
  }
  if (key.startsWith("group:")) return { kind: "group", groupId: key.slice(6) };
  return { kind: "none" };
}

/** A median, quartile or level as people read it: "3", "2,5" (at most two decimals). */
export function scaleNumber(format: Formatters, value: number | null, none = "—"): string {
  return value === null ? none : format.number(value, { maximumFractionDigits: 2 });
}

export function percent(format: Formatters, share: number | null, none = "—"): string {
  return share === null
    ? none
    : format.number(share, { style: "percent", maximumFractionDigits: 0 });
}

/** Colours of the radar's lines, each at least 4.5:1 on white; the overall line is the text colour. */
export const SERIES_COLOURS = [
  "#1d5a8a",
  "#b3541e",
  "#2e6b30",
  "#6a3d9a",
  "#7a5c00",
  "#a12a1f",
  "#00697a",
] as const;

/** A colour per level, light to dark, when the grid chose none. */
export function levelColour(index: number, count: number): string {
  const ramp = ["#c9dff0", "#93bfe0", "#5b97c8", "#2f6fa5", "#1d4f7a", "#11324f"];
  if (count <= 1) return ramp[3] as string;
  const position = Math.round((index / (count - 1)) * (ramp.length - 1));
  return ramp[position] as string;
}
