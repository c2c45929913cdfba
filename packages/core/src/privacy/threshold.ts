/**
 * Small-group suppression: nobody's rating can be read off a group's results.
 *
 * The rule, with k the cycle's `anonymity.minGroupSize` (default 3):
 * - A stakeholder group's figures for an item (indicator, criterion, dimension) are
 *   shown only when at least k distinct members of the group gave a level (a valued
 *   rating) on that item. "Not applicable" and "don't know" do not count towards k.
 *   Below k the group is left out of that item entirely, not even named; the item
 *   says how many groups were left out (`hiddenGroupCount`).
 * - The same threshold applies to the internal / external aggregates and to the
 *   self / peer / external perspectives.
 * - People of a hidden group still count in their side's and in the overall
 *   figures; the overall figures are always shown, whatever their size.
 *
 * Residual risk, accepted by the field: figures can be subtracted from one another.
 * When "external" (shown) contains one hidden person and one shown group, the
 * hidden person's rating is the difference of the two distributions; the same
 * holds between the overall figures and the sides. The threshold protects against
 * reading a small group directly, not against deliberate differencing. Reports for
 * partners should therefore also drop the sides or groups whose difference would
 * isolate fewer than k people, or show the overall figures only.
 */
import { type Cycle, DEFAULT_MIN_GROUP_SIZE } from "../model/cycle.ts";
import type { Organisation } from "../model/organisation.ts";

/** The anonymity threshold k of a cycle. */
export function minGroupSizeOf(cycle: Pick<Cycle, "anonymity">): number {
  return cycle.anonymity?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
}

/** Whether figures built on `valuedRaters` distinct people may be shown under threshold k. */
export function meetsThreshold(valuedRaters: number, minGroupSize: number): boolean {
  return valuedRaters >= minGroupSize;
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
      return size > 0 && !meetsThreshold(size, minGroupSize);
    })
    .map((g) => g.id);
}
