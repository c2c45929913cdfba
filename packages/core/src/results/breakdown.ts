import type { Perspective } from "../model/cycle.ts";
import type { Side, StakeholderGroup } from "../model/organisation.ts";
import { type Audience, RowStatus, withholdingReason } from "../privacy/disclosure-terms.ts";
import { type BucketLayout, PERSPECTIVES, SIDES } from "./buckets.ts";
import type { OrdinalStats } from "./statistics.ts";
import type { Breakdown, GroupStats, PerspectiveStats, SideStats, WithheldRow } from "./types.ts";

/**
 * Scratch arrays of one bucket each, reused across the indicators of a cycle:
 * `assembleBreakdown` copies out what it keeps.
 */
export interface BucketScratch {
  valued: Int32Array;
  /** The disclosure status of each bucket in the view read (`RowStatus`). */
  status: Uint8Array;
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
    status: new Uint8Array(bucketCount),
    stats: new Array<OrdinalStats | undefined>(bucketCount).fill(undefined),
    medians: new Float64Array(bucketCount),
  };
}

function countShown(status: ArrayLike<number>, from: number, length: number): number {
  let count = 0;
  for (let b = from; b < from + length; b++) if (status[b] === RowStatus.shown) count++;
  return count;
}

/**
 * Assembles the breakdown of one item from the statistics of its shown buckets
 * (`stats[b]` is computed only where `status[b]` is "shown"): rows not shown are left
 * out, and listed in `withheld` when somebody answered them. For partners, a
 * withheld group is not named.
 */
export function assembleBreakdown<S>(
  groups: readonly StakeholderGroup[],
  layout: BucketLayout,
  status: ArrayLike<number>,
  stats: readonly (S | undefined)[],
  audience: Audience,
): Breakdown<S> {
  const withheld: WithheldRow[] = [];
  const overallReason = withholdingReason(status[0] as RowStatus);
  if (overallReason !== null) withheld.push({ kind: "overall", reason: overallReason });

  // Arrays are sized exactly: grown by `push`, each would keep room for 17 entries.
  const shownGroups = new Array<GroupStats<S>>(
    countShown(status, layout.firstGroup, layout.groupCount),
  );
  let hiddenGroupCount = 0;
  let at = 0;
  for (let g = 0; g < layout.groupCount; g++) {
    const bucket = layout.group(g);
    const group = groups[g] as StakeholderGroup;
    if (status[bucket] === RowStatus.shown) {
      shownGroups[at++] = {
        groupId: group.id,
        label: group.label,
        side: group.side,
        stats: stats[bucket] as S,
      };
      continue;
    }
    const reason = withholdingReason(status[bucket] as RowStatus);
    if (reason === null) continue;
    hiddenGroupCount++;
    withheld.push(
      audience === "partners"
        ? { kind: "group", groupId: null, label: null, reason }
        : { kind: "group", groupId: group.id, label: group.label, reason },
    );
  }

  const sides = new Array<SideStats<S>>(countShown(status, layout.firstSide, SIDES.length));
  at = 0;
  for (let s = 0; s < SIDES.length; s++) {
    const bucket = layout.side(s);
    const side = SIDES[s] as Side;
    if (status[bucket] === RowStatus.shown) {
      sides[at++] = { side, stats: stats[bucket] as S };
      continue;
    }
    const reason = withholdingReason(status[bucket] as RowStatus);
    if (reason !== null) withheld.push({ kind: "side", side, reason });
  }

  const perspectives = new Array<PerspectiveStats<S>>(
    countShown(status, layout.firstPerspective, PERSPECTIVES.length),
  );
  at = 0;
  for (let q = 0; q < PERSPECTIVES.length; q++) {
    const bucket = layout.perspective(q);
    const perspective = PERSPECTIVES[q] as Perspective;
    if (status[bucket] === RowStatus.shown) {
      perspectives[at++] = { perspective, stats: stats[bucket] as S };
      continue;
    }
    const reason = withholdingReason(status[bucket] as RowStatus);
    if (reason !== null) withheld.push({ kind: "perspective", perspective, reason });
  }

  return {
    overall: overallReason === null ? ((stats[0] as S | undefined) ?? null) : null,
    groups: shownGroups,
    hiddenGroupCount,
    sides,
    perspectives,
    withheld,
  };
}
