import type { Side } from "@coeval/core";
import type { Messages } from "../../i18n/index.tsx";

export type SuggestedGroup = keyof Messages["suggestedGroups"];

/** The stakeholder groups met in the field, and the side of the organisation they look from. */
export const SUGGESTED_GROUPS: readonly { key: SuggestedGroup; side: Side }[] = [
  { key: "staff", side: "internal" },
  { key: "volunteers", side: "internal" },
  { key: "board", side: "internal" },
  { key: "users", side: "external" },
  { key: "partners", side: "external" },
  { key: "funders", side: "external" },
  { key: "authorities", side: "external" },
  { key: "peers", side: "external" },
];

/** Suggestions whose label (in any language) is not already a group of the organisation. */
export function remainingSuggestions(
  existingLabels: readonly string[],
  catalogues: readonly Messages[],
): { key: SuggestedGroup; side: Side }[] {
  const taken = new Set(existingLabels.map(normalise));
  return SUGGESTED_GROUPS.filter(
    ({ key }) => !catalogues.some((t) => taken.has(normalise(t.suggestedGroups[key]))),
  );
}

function normalise(label: string): string {
  return label.trim().toLocaleLowerCase("fr");
}
