/**
 * The anonymity threshold k of a cycle, and the groups it keeps out of sight whatever
 * the figure. What each audience may see is decided in `disclosure.ts`.
 */
import { type Cycle, DEFAULT_MIN_GROUP_SIZE } from "../model/cycle.ts";
import type { Organisation } from "../model/organisation.ts";

/** The anonymity threshold k of a cycle. */
export function minGroupSizeOf(cycle: Pick<Cycle, "anonymity">): number {
  return cycle.anonymity?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
}

/**
 * Stakeholder groups with at least one but fewer than k participants listed in the
 * cycle: whatever the item, their figures can never be shown. Use it to warn a
 * facilitator while setting up a cycle, or to word the report's method section.
 */
export function smallGroupIds(cycle: Cycle, organisation: Organisation): string[] {
  const minGroupSize = minGroupSizeOf(cycle);
  const members = new Map<string, number>();
  for (const p of cycle.participants) members.set(p.groupId, (members.get(p.groupId) ?? 0) + 1);
  return organisation.stakeholderGroups
    .filter((g) => {
      const size = members.get(g.id) ?? 0;
      return size > 0 && size < minGroupSize;
    })
    .map((g) => g.id);
}
