import type { Perspective } from "../model/cycle.ts";
import type { Side, StakeholderGroup } from "../model/organisation.ts";
import { meetsThreshold } from "../privacy/threshold.ts";
import { OVERALL_BUCKET, PERSPECTIVES, SIDES } from "./tally.ts";
import type { Breakdown, GroupStats, PerspectiveStats, SideStats } from "./types.ts";

/**
 * Which buckets of an item (see `Tally` for their order) may be shown: the overall
 * bucket always, the others when enough distinct people gave a level.
 */
export function shownBuckets(
  valuedRaters: ArrayLike<number>,
  minGroupSize: number,
  bucketCount: number,
): Uint8Array {
  const shown = new Uint8Array(bucketCount);
  shown[OVERALL_BUCKET] = 1;
  for (let b = 1; b < bucketCount; b++) {
    if (meetsThreshold(valuedRaters[b] as number, minGroupSize)) shown[b] = 1;
  }
  return shown;
}

/**
 * Assembles the breakdown of one item from the statistics of its shown buckets
 * (`stats[b]` is computed only where `shown[b]`): hidden groups are left out and
 * counted when anybody in them answered, hidden sides and perspectives are named.
 */
export function assembleBreakdown<S>(
  groups: readonly StakeholderGroup[],
  shown: Uint8Array,
  answers: ArrayLike<number>,
  stats: readonly (S | undefined)[],
): Breakdown<S> {
  const groupCount = groups.length;
  const shownGroups: GroupStats<S>[] = [];
  let hiddenGroupCount = 0;
  for (let g = 0; g < groupCount; g++) {
    const bucket = 1 + g;
    if (shown[bucket] === 1) {
      const group = groups[g] as StakeholderGroup;
      shownGroups.push({
        groupId: group.id,
        label: group.label,
        side: group.side,
        stats: stats[bucket] as S,
      });
    } else if ((answers[bucket] as number) > 0) hiddenGroupCount++;
  }
  const sides: SideStats<S>[] = [];
  const hiddenSides: Side[] = [];
  for (let s = 0; s < SIDES.length; s++) {
    const bucket = 1 + groupCount + s;
    const side = SIDES[s] as Side;
    if (shown[bucket] === 1) sides.push({ side, stats: stats[bucket] as S });
    else if ((answers[bucket] as number) > 0) hiddenSides.push(side);
  }
  const perspectives: PerspectiveStats<S>[] = [];
  const hiddenPerspectives: Perspective[] = [];
  for (let q = 0; q < PERSPECTIVES.length; q++) {
    const bucket = 3 + groupCount + q;
    const perspective = PERSPECTIVES[q] as Perspective;
    if (shown[bucket] === 1) perspectives.push({ perspective, stats: stats[bucket] as S });
    else if ((answers[bucket] as number) > 0) hiddenPerspectives.push(perspective);
  }
  return {
    overall: stats[OVERALL_BUCKET] as S,
    groups: shownGroups,
    hiddenGroupCount,
    sides,
    hiddenSides,
    perspectives,
    hiddenPerspectives,
  };
}
