import type { Formatter } from "@coeval/core";

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

/** A median, quartile or level as people read it: "3", "2,5" (at most two decimals); "—" for none. */
export function scaleNumber(format: Formatter, value: number | null, none = "—"): string {
  return value === null ? none : format.number(value);
}

/** A share, a consensus or a scale position as a whole percentage: "80 %"; "—" for none. */
export function percent(format: Formatter, share: number | null, none = "—"): string {
  return share === null ? none : format.percent(share);
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
