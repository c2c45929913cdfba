import type { Perspective } from "../model/cycle.ts";
import type { Side, StakeholderGroup } from "../model/organisation.ts";
import { meetsThreshold } from "../privacy/threshold.ts";
import { OVERALL_BUCKET, PERSPECTIVES, SIDES } from "./tally.ts";
import type { Breakdown, GroupStats, PerspectiveStats, SideStats } from "./types.ts";

/** How to read one item's buckets (see `Tally` for their order). */
export interface BucketReader<S> {
  /** Distinct people who gave a level, in a bucket. */
  valuedRaters(bucket: number): number;
  /** Whether anybody answered at all (a level, N/A or don't know), in a bucket. */
  answered(bucket: number): boolean;
  stats(bucket: number): S;
}

/**
 * Builds the breakdown of one item, leaving out (and never computing) the groups,
 * sides and perspectives under the threshold.
 */
export function buildBreakdown<S>(
  groups: readonly StakeholderGroup[],
  minGroupSize: number,
  reader: BucketReader<S>,
): Breakdown<S> {
  const groupCount = groups.length;
  const shownGroups: GroupStats<S>[] = [];
  let hiddenGroupCount = 0;
  for (let g = 0; g < groupCount; g++) {
    const bucket = 1 + g;
    if (meetsThreshold(reader.valuedRaters(bucket), minGroupSize)) {
      const group = groups[g] as StakeholderGroup;
      shownGroups.push({
        groupId: group.id,
        label: group.label,
        side: group.side,
        stats: reader.stats(bucket),
      });
    } else if (reader.answered(bucket)) hiddenGroupCount++;
  }
  const sides: SideStats<S>[] = [];
  const hiddenSides: Side[] = [];
  SIDES.forEach((side, s) => {
    const bucket = 1 + groupCount + s;
    if (meetsThreshold(reader.valuedRaters(bucket), minGroupSize)) {
      sides.push({ side, stats: reader.stats(bucket) });
    } else if (reader.answered(bucket)) hiddenSides.push(side);
  });
  const perspectives: PerspectiveStats<S>[] = [];
  const hiddenPerspectives: Perspective[] = [];
  PERSPECTIVES.forEach((perspective, q) => {
    const bucket = 3 + groupCount + q;
    if (meetsThreshold(reader.valuedRaters(bucket), minGroupSize)) {
      perspectives.push({ perspective, stats: reader.stats(bucket) });
    } else if (reader.answered(bucket)) hiddenPerspectives.push(perspective);
  });
  return {
    overall: reader.stats(OVERALL_BUCKET),
    groups: shownGroups,
    hiddenGroupCount,
    sides,
    hiddenSides,
    perspectives,
    hiddenPerspectives,
  };
}
