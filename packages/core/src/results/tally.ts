import type { Cycle, Perspective, Rating } from "../model/cycle.ts";
import type { Organisation, Side, StakeholderGroup } from "../model/organisation.ts";
import type { GridPlan } from "./plan.ts";
import type { RoundSelection } from "./types.ts";

export const SIDES: readonly Side[] = ["internal", "external"];
export const PERSPECTIVES: readonly Perspective[] = ["self", "peer", "external"];

/**
 * Counts of effective answers, by ordinal indicator and bucket. Buckets are:
 * 0 overall, 1…G the organisation's stakeholder groups, then the two sides, then
 * the three perspectives. Each (indicator, bucket) cell holds one count per level
 * followed by the "not applicable" and "don't know" counts.
 */
export interface Tally {
  plan: GridPlan;
  groups: readonly StakeholderGroup[];
  bucketCount: number;
  stride: number;
  counts: Int32Array;
  /** Distinct people with a valued primary rating, by (dimension, bucket). */
  dimensionRaters: Int32Array;
  /** Distinct people with at least one effective answer. */
  participantCount: number;
}

export const OVERALL_BUCKET = 0;
export const groupBucket = (group: number): number => 1 + group;
export const sideBucket = (groupCount: number, side: number): number => 1 + groupCount + side;
export const perspectiveBucket = (groupCount: number, perspective: number): number =>
  3 + groupCount + perspective;

export function countCell(tally: Tally, ordinal: number, bucket: number): number {
  return (ordinal * tally.bucketCount + bucket) * tally.stride;
}

function increment(array: Int32Array, index: number): void {
  array[index] = (array[index] as number) + 1;
}

function parsedTime(iso: string): number {
  return Date.parse(iso);
}

/**
 * Whether `a` supersedes `b`: created later, or at the same instant with the larger id.
 * Timestamps in UTC of equal length compare as text; others are parsed.
 */
export function supersedes(a: Rating, b: Rating): boolean {
  const ta = a.createdAt;
  const tb = b.createdAt;
  if (ta !== tb) {
    if (ta.length === tb.length && ta.endsWith("Z") && tb.endsWith("Z")) return ta > tb;
    const difference = parsedTime(ta) - parsedTime(tb);
    if (difference !== 0) return difference > 0;
  }
  return a.id > b.id;
}

const PERSPECTIVE_INDEX: Record<Perspective, number> = { self: 0, peer: 1, external: 2 };

/**
 * The effective rating of every (participant, ordinal indicator) for a round selection,
 * as indexes into `cycle.ratings` (−1 when none). Returned with the participant ids
 * in index order: the cycle's participants first, then unknown ids met in ratings.
 */
function effectiveRatingIndexes(
  cycle: Cycle,
  plan: GridPlan,
  round: RoundSelection,
): {
  participantIds: string[];
  participantIndex: Map<string, number>;
  indicatorCount: number;
  effective: Int32Array;
} {
  const ratings = cycle.ratings;
  const participantIndex = new Map<string, number>();
  const participantIds: string[] = [];
  for (const participant of cycle.participants) {
    if (!participantIndex.has(participant.id)) {
      participantIndex.set(participant.id, participantIds.length);
      participantIds.push(participant.id);
    }
  }
  const indicatorCount = plan.ordinal.length;
  const ratingSlot = new Int32Array(ratings.length);
  const ratingParticipant = new Int32Array(ratings.length);
  for (let r = 0; r < ratings.length; r++) {
    const rating = ratings[r] as Rating;
    const indicator = plan.ordinalIndex.get(rating.indicatorId);
    if (indicator === undefined) {
      ratingSlot[r] = -1;
      continue;
    }
    let participant = participantIndex.get(rating.participantId);
    if (participant === undefined) {
      participant = participantIds.length;
      participantIndex.set(rating.participantId, participant);
      participantIds.push(rating.participantId);
    }
    ratingParticipant[r] = participant;
    ratingSlot[r] = indicator * 2 + rating.round - 1;
  }
  const slotsPerParticipant = indicatorCount * 2;
  const newest = new Int32Array(participantIds.length * slotsPerParticipant).fill(-1);
  for (let r = 0; r < ratings.length; r++) {
    const slot = ratingSlot[r] as number;
    if (slot < 0) continue;
    const key = (ratingParticipant[r] as number) * slotsPerParticipant + slot;
    const current = newest[key] as number;
    if (current < 0 || supersedes(ratings[r] as Rating, ratings[current] as Rating)) {
      newest[key] = r;
    }
  }
  const effective = new Int32Array(participantIds.length * indicatorCount);
  for (let key = 0; key < effective.length; key++) {
    const first = newest[key * 2] as number;
    const second = newest[key * 2 + 1] as number;
    effective[key] = round === 1 ? first : round === 2 ? second : second >= 0 ? second : first;
  }
  return { participantIds, participantIndex, indicatorCount, effective };
}

/** The ratings that count for a round selection: one per person and ordinal indicator. */
export function effectiveRatingsWithPlan(
  cycle: Cycle,
  plan: GridPlan,
  round: RoundSelection,
): Rating[] {
  const { effective } = effectiveRatingIndexes(cycle, plan, round);
  const result: Rating[] = [];
  for (const index of effective) if (index >= 0) result.push(cycle.ratings[index] as Rating);
  return result;
}

/**
 * One pass over the ratings to keep the newest per (person, indicator, round), then
 * one pass over the effective ones to count them. Ratings on indicators the grid
 * lacks, or with a value that is not a level of the scale, are ignored (validation
 * reports them). People not listed in the cycle, or in a group the organisation does
 * not have, count in the overall figures only.
 */
export function tallyCycle(
  cycle: Cycle,
  organisation: Organisation,
  plan: GridPlan,
  round: RoundSelection,
): Tally {
  const groups = organisation.stakeholderGroups;
  const groupCount = groups.length;
  const bucketCount = groupCount + 6;
  const stride = plan.maxLevels + 2;
  const { participantIds, participantIndex, indicatorCount, effective } = effectiveRatingIndexes(
    cycle,
    plan,
    round,
  );
  const participantTotal = participantIds.length;

  const groupIndex = new Map<string, number>();
  for (const [g, group] of groups.entries()) groupIndex.set(group.id, g);
  const participantGroup = new Int32Array(participantTotal).fill(-1);
  const listed = new Uint8Array(participantTotal);
  for (const participant of cycle.participants) {
    const p = participantIndex.get(participant.id) as number;
    // A participant id listed twice keeps its first listing.
    if (listed[p] === 1) continue;
    listed[p] = 1;
    participantGroup[p] = groupIndex.get(participant.groupId) ?? -1;
  }

  const counts = new Int32Array(indicatorCount * bucketCount * stride);
  const dimensionCount = plan.dimensions.length;
  // Per (dimension, participant): bit q set when the person gave a level in perspective q.
  const dimensionMask = new Uint8Array(dimensionCount * participantTotal);
  const ratings = cycle.ratings;
  const ordinal = plan.ordinal;
  let participantCount = 0;

  for (let p = 0; p < participantTotal; p++) {
    const g = participantGroup[p] as number;
    const groupCell = g >= 0 ? 1 + g : -1;
    const sideCell =
      g >= 0 ? 1 + groupCount + ((groups[g] as StakeholderGroup).side === "internal" ? 0 : 1) : -1;
    let answered = false;
    const rowStart = p * indicatorCount;
    for (let i = 0; i < indicatorCount; i++) {
      const r = effective[rowStart + i] as number;
      if (r < 0) continue;
      const rating = ratings[r] as Rating;
      const entry = ordinal[i] as (typeof ordinal)[number];
      const value = rating.value;
      let slot: number;
      let valued = false;
      if (value === "na") slot = stride - 2;
      else if (value === "dontKnow") slot = stride - 1;
      else {
        slot = entry.contiguous ? value - entry.min : entry.values.indexOf(value);
        if (slot < 0 || slot >= entry.values.length) continue;
        valued = true;
      }
      answered = true;
      const perspective = PERSPECTIVE_INDEX[rating.perspective];
      const cellBase = i * bucketCount;
      increment(counts, cellBase * stride + slot);
      increment(counts, (cellBase + 3 + groupCount + perspective) * stride + slot);
      if (groupCell >= 0) {
        increment(counts, (cellBase + groupCell) * stride + slot);
        increment(counts, (cellBase + sideCell) * stride + slot);
      }
      if (valued && entry.isPrimary) {
        const maskIndex = entry.dimensionIndex * participantTotal + p;
        dimensionMask[maskIndex] = (dimensionMask[maskIndex] as number) | (1 << perspective);
      }
    }
    if (answered) participantCount++;
  }

  const dimensionRaters = new Int32Array(dimensionCount * bucketCount);
  for (let d = 0; d < dimensionCount; d++) {
    const rowStart = d * bucketCount;
    for (let p = 0; p < participantTotal; p++) {
      const mask = dimensionMask[d * participantTotal + p] as number;
      if (mask === 0) continue;
      increment(dimensionRaters, rowStart);
      const g = participantGroup[p] as number;
      if (g >= 0) {
        increment(dimensionRaters, rowStart + 1 + g);
        const side = (groups[g] as StakeholderGroup).side === "internal" ? 0 : 1;
        increment(dimensionRaters, rowStart + 1 + groupCount + side);
      }
      for (let q = 0; q < 3; q++)
        if (mask & (1 << q)) increment(dimensionRaters, rowStart + 3 + groupCount + q);
    }
  }

  return { plan, groups, bucketCount, stride, counts, dimensionRaters, participantCount };
}
