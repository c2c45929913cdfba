import type { Perspective } from "../model/cycle.ts";
import type { Side, StakeholderGroup } from "../model/organisation.ts";
import { meetsThreshold } from "../privacy/threshold.ts";
import type { OrdinalStats } from "./statistics.ts";
import { OVERALL_BUCKET, PERSPECTIVES, SIDES } from "./tally.ts";
import type { Breakdown, GroupStats, PerspectiveStats, SideStats } from "./types.ts";

/**
 * Scratch arrays of one bucket each, reused across the indicators of a cycle:
 * `assembleBreakdown` copies out what it keeps.
 */
export interface BucketScratch {
  valued: Int32Array;
  answers: Int32Array;
  shown: Uint8Array;
  stats: (OrdinalStats | undefined)[];
  /**
   * The median of each shown bucket with a valued answer (else NaN), read from the
   * counts: divergences compare medians without reaching into (shared, scattered)
   * statistics objects.
   */
  medians: Float64Array;
}

export function bucketScratch(bucketCount: number): BucketScratch {
  return {
    valued: new Int32Array(bucketCount),
    answers: new Int32Array(bucketCount),
    shown: new Uint8Array(bucketCount),
    stats: new Array<OrdinalStats | undefined>(bucketCount).fill(undefined),
    medians: new Float64Array(bucketCount),
  };
}

/**
 * Marks in `shown` which buckets of an item (see `Tally` for their order) may be
 * shown: the overall bucket always, the others when enough distinct people gave a level.
 */
export function markShownBuckets(
  shown: Uint8Array,
  valuedRaters: ArrayLike<number>,
  minGroupSize: number,
): Uint8Array {
  shown[OVERALL_BUCKET] = 1;
  for (let b = 1; b < shown.length; b++) {
    shown[b] = meetsThreshold(valuedRaters[b] as number, minGroupSize) ? 1 : 0;
  }
  return shown;
}

function countShown(shown: Uint8Array, from: number, length: number): number {
  let count = 0;
  for (let b = from; b < from + length; b++) count += shown[b] as number;
  return count;
}

/** Buckets not shown although somebody in them answered. */
function countHidden(
  shown: Uint8Array,
  answers: ArrayLike<number>,
  from: number,
  length: number,
): number {
  let count = 0;
  for (let b = from; b < from + length; b++) {
    if (shown[b] === 0 && (answers[b] as number) > 0) count++;
  }
  return count;
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
  // Arrays are sized exactly: grown by `push`, each would keep room for 17 entries.
  const shownGroups = new Array<GroupStats<S>>(countShown(shown, 1, groupCount));
  let hiddenGroupCount = 0;
  let at = 0;
  for (let g = 0; g < groupCount; g++) {
    const bucket = 1 + g;
    if (shown[bucket] === 1) {
      const group = groups[g] as StakeholderGroup;
      shownGroups[at++] = {
        groupId: group.id,
        label: group.label,
        side: group.side,
        stats: stats[bucket] as S,
      };
    } else if ((answers[bucket] as number) > 0) hiddenGroupCount++;
  }
  const sideBase = 1 + groupCount;
  const sides = new Array<SideStats<S>>(countShown(shown, sideBase, SIDES.length));
  const hiddenSides = new Array<Side>(countHidden(shown, answers, sideBase, SIDES.length));
  let shownAt = 0;
  let hiddenAt = 0;
  for (let s = 0; s < SIDES.length; s++) {
    const bucket = sideBase + s;
    const side = SIDES[s] as Side;
    if (shown[bucket] === 1) sides[shownAt++] = { side, stats: stats[bucket] as S };
    else if ((answers[bucket] as number) > 0) hiddenSides[hiddenAt++] = side;
  }
  const perspectiveBase = 3 + groupCount;
  const perspectives = new Array<PerspectiveStats<S>>(
    countShown(shown, perspectiveBase, PERSPECTIVES.length),
  );
  const hiddenPerspectives = new Array<Perspective>(
    countHidden(shown, answers, perspectiveBase, PERSPECTIVES.length),
  );
  shownAt = 0;
  hiddenAt = 0;
  for (let q = 0; q < PERSPECTIVES.length; q++) {
    const bucket = perspectiveBase + q;
    const perspective = PERSPECTIVES[q] as Perspective;
    if (shown[bucket] === 1) {
      perspectives[shownAt++] = { perspective, stats: stats[bucket] as S };
    } else if ((answers[bucket] as number) > 0) hiddenPerspectives[hiddenAt++] = perspective;
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
