import type { Perspective } from "../model/cycle.ts";
import type { Side, StakeholderGroup } from "../model/organisation.ts";
import { meetsThreshold } from "../privacy/threshold.ts";
import { OVERALL_BUCKET, PERSPECTIVES, SIDES } from "./tally.ts";
import type { Breakdown, GroupStats, PerspectiveStats, SideStats } from "./types.ts";

/** Makes the entries of a breakdown: a shown group's, side's or perspective's statistics. */
export interface BreakdownEntries<S> {
  group(bucket: number, group: StakeholderGroup, stats: S): GroupStats<S>;
  side(bucket: number, side: Side, stats: S): SideStats<S>;
  perspective(bucket: number, perspective: Perspective, stats: S): PerspectiveStats<S>;
}

/** Entries made anew for every breakdown. */
export class FreshEntries<S> implements BreakdownEntries<S> {
  group(_bucket: number, group: StakeholderGroup, stats: S): GroupStats<S> {
    return { groupId: group.id, label: group.label, side: group.side, stats };
  }
  side(_bucket: number, side: Side, stats: S): SideStats<S> {
    return { side, stats };
  }
  perspective(_bucket: number, perspective: Perspective, stats: S): PerspectiveStats<S> {
    return { perspective, stats };
  }
}

/**
 * A name for who each bucket is, the same in every cycle for the same group (id,
 * label and side), side or perspective: what shared result pieces are filed under.
 */
export function bucketIdentities(groups: readonly StakeholderGroup[]): string[] {
  const identities = ["overall"];
  for (const group of groups) identities.push(JSON.stringify([group.id, group.label, group.side]));
  for (const side of SIDES) identities.push(`side ${side}`);
  for (const perspective of PERSPECTIVES) identities.push(`perspective ${perspective}`);
  return identities;
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
  entries: BreakdownEntries<S>,
): Breakdown<S> {
  const groupCount = groups.length;
  // Arrays are sized exactly: grown by `push`, each would keep room for 17 entries.
  const shownGroups = new Array<GroupStats<S>>(countShown(shown, 1, groupCount));
  let hiddenGroupCount = 0;
  let at = 0;
  for (let g = 0; g < groupCount; g++) {
    const bucket = 1 + g;
    if (shown[bucket] === 1) {
      shownGroups[at++] = entries.group(bucket, groups[g] as StakeholderGroup, stats[bucket] as S);
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
    if (shown[bucket] === 1) sides[shownAt++] = entries.side(bucket, side, stats[bucket] as S);
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
      perspectives[shownAt++] = entries.perspective(bucket, perspective, stats[bucket] as S);
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
