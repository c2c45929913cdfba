import type { Cycle, Rating } from "../model/cycle.ts";
import type { StakeholderGroup } from "../model/organisation.ts";
import { BucketLayout, perspectiveIndex } from "./buckets.ts";
import type { GridPlan, OrdinalEntry } from "./plan.ts";
import type { RoundSelection } from "./types.ts";

/**
 * Counts of effective answers, by ordinal indicator and bucket (see `BucketLayout`).
 * Each (indicator, bucket) cell holds one count per level followed by the "not
 * applicable" and "don't know" counts.
 */
export interface Tally {
  plan: GridPlan;
  groups: readonly StakeholderGroup[];
  layout: BucketLayout;
  bucketCount: number;
  stride: number;
  counts: Int32Array;
  /** Distinct people with a valued primary rating, by (dimension, bucket). */
  dimensionRaters: Int32Array;
  /** Distinct people with at least one effective answer. */
  participantCount: number;
  /** Per (participant, indicator): the index in `cycle.ratings` of the effective rating, or −1. */
  counted: Int32Array;
  /**
   * Per (participant, indicator, round): the index of the newest rating of that round,
   * whatever the round selection, or −1. What the disclosure policy reads.
   */
  newest: Int32Array;
  /** Per participant: the bucket of their stakeholder group, or −1. */
  groupBuckets: Int32Array;
  /** How many participants the per-participant arrays cover. */
  participantTotal: number;
}

export const OVERALL_BUCKET = BucketLayout.overall;
function add(array: Int32Array, index: number, delta: number): void {
  array[index] = (array[index] as number) + delta;
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

/**
 * Working arrays of one tally, per participant index (the cycle's participants first,
 * then unknown ids met in ratings). They grow when unknown participants appear.
 */
interface TallyState {
  indicatorCount: number;
  capacity: number;
  /** Per (participant, indicator, round): the newest rating's index, or −1. */
  newest: Int32Array;
  /** Per (participant, indicator): the rating counted for the round selection, or −1. */
  counted: Int32Array;
  /** Per (participant, indicator): level slot × 4 + perspective of the counted rating, or −1. */
  countedCode: Int16Array;
  /** Per participant: the buckets of its group and side, or −1. */
  groupCell: Int32Array;
  sideCell: Int32Array;
}

function grown<T extends Int32Array | Int16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.fill(-1);
  bigger.set(array);
  return bigger;
}

function ensureCapacity(state: TallyState, participants: number): void {
  if (participants <= state.capacity) return;
  let capacity = state.capacity;
  while (capacity < participants) capacity *= 2;
  const perParticipant = state.indicatorCount;
  state.newest = grown(state.newest, capacity * perParticipant * 2);
  state.counted = grown(state.counted, capacity * perParticipant);
  state.countedCode = grown(state.countedCode, capacity * perParticipant);
  state.groupCell = grown(state.groupCell, capacity);
  state.sideCell = grown(state.sideCell, capacity);
  state.capacity = capacity;
}

/**
 * Id → index lookups along the ratings. Ratings come in runs (one person's answers,
 * or one indicator's) and in repeating orders, so each lookup first tries the id met
 * last, then the id that followed it last time, and only then the map: string
 * hashing is the costliest step of a tally.
 */
class RunLookup {
  private lastId = "";
  private last = -1;
  private successor: Int32Array;

  constructor(
    private readonly index: Map<string, number>,
    private readonly ids: string[],
    private readonly addUnknown: boolean,
  ) {
    this.successor = new Int32Array(Math.max(ids.length, 1)).fill(-1);
  }

  find(id: string): number {
    if (id === this.lastId) return this.last;
    const from = this.last;
    let found = -1;
    if (from >= 0) {
      const predicted = this.successor[from] as number;
      if (predicted >= 0 && this.ids[predicted] === id) found = predicted;
    }
    if (found < 0) {
      found = this.index.get(id) ?? -1;
      if (found < 0 && this.addUnknown) found = this.add(id);
      if (from >= 0) this.successor[from] = found;
    }
    this.lastId = id;
    this.last = found;
    return found;
  }

  private add(id: string): number {
    const added = this.ids.length;
    this.index.set(id, added);
    this.ids.push(id);
    if (added >= this.successor.length) {
      const bigger = new Int32Array(this.successor.length * 2).fill(-1);
      bigger.set(this.successor);
      this.successor = bigger;
    }
    return added;
  }
}

/** The slot of a rating's value in a count cell, or −1 when the value is not on the scale. */
export function valueSlot(entry: OrdinalEntry, value: Rating["value"], stride: number): number {
  if (value === "na") return stride - 2;
  if (value === "dontKnow") return stride - 1;
  const slot = entry.contiguous ? value - entry.min : entry.values.indexOf(value);
  return slot >= 0 && slot < entry.values.length ? slot : -1;
}

/**
 * Counts the effective ratings of a cycle in one pass. For each person, ordinal
 * indicator and round the newest rating is kept; when a newer one (or, for "final",
 * a round-2 one) replaces the rating counted so far, the old one is uncounted and
 * the new one counted. Ratings on indicators the grid lacks, or with a value that
 * is not a level of the scale, count nowhere (validation reports them). People not
 * listed in the cycle, or in a group the organisation does not have, count in the
 * overall figures and their perspective only.
 */
export function tallyCycle(
  cycle: Cycle,
  groups: readonly StakeholderGroup[],
  plan: GridPlan,
  round: RoundSelection,
): Tally {
  const layout = new BucketLayout(groups.length);
  const bucketCount = layout.count;
  const stride = plan.maxLevels + 2;
  const indicatorCount = plan.ordinal.length;
  const ordinal = plan.ordinal;
  const ordinalIndex = plan.ordinalIndex;

  const participantIndex = new Map<string, number>();
  const participantIds: string[] = [];
  const initial = Math.max(cycle.participants.length, 1);
  const state: TallyState = {
    indicatorCount,
    capacity: initial,
    newest: new Int32Array(initial * indicatorCount * 2).fill(-1),
    counted: new Int32Array(initial * indicatorCount).fill(-1),
    countedCode: new Int16Array(initial * indicatorCount).fill(-1),
    groupCell: new Int32Array(initial).fill(-1),
    sideCell: new Int32Array(initial).fill(-1),
  };
  const groupIndex = new Map<string, number>();
  for (const [g, group] of groups.entries()) groupIndex.set(group.id, g);
  for (const participant of cycle.participants) {
    // A participant id listed twice keeps its first listing.
    if (participantIndex.has(participant.id)) continue;
    const p = participantIds.length;
    participantIndex.set(participant.id, p);
    participantIds.push(participant.id);
    const g = groupIndex.get(participant.groupId);
    if (g === undefined) continue;
    state.groupCell[p] = layout.group(g);
    state.sideCell[p] = layout.sideOf((groups[g] as StakeholderGroup).side);
  }

  const counts = new Int32Array(indicatorCount * bucketCount * stride);
  const ratings = cycle.ratings;
  const perspectiveBase = layout.perspective(0);
  const indicators = new RunLookup(ordinalIndex, plan.ordinalIds, false);
  const participants = new RunLookup(participantIndex, participantIds, true);
  // Local copies of the state's arrays, refreshed when they grow.
  let {
    capacity,
    newest,
    counted,
    countedCode,
    groupCell: groupCells,
    sideCell: sideCells,
  } = state;

  for (let r = 0; r < ratings.length; r++) {
    const rating = ratings[r] as Rating;
    const i = indicators.find(rating.indicatorId);
    if (i < 0) continue;
    const p = participants.find(rating.participantId);
    if (p >= capacity) {
      ensureCapacity(state, p + 1);
      ({
        capacity,
        newest,
        counted,
        countedCode,
        groupCell: groupCells,
        sideCell: sideCells,
      } = state);
    }
    const key = p * indicatorCount + i;
    const isSecond = rating.round === 2;
    const slot = key * 2 + (isSecond ? 1 : 0);
    const current = newest[slot] as number;
    if (current >= 0 && !supersedes(rating, ratings[current] as Rating)) continue;
    newest[slot] = r;
    // Not the round read, or (for "final") a round-1 rating of someone who has a round 2.
    const otherRound = round === 1 ? isSecond : round === 2 ? !isSecond : false;
    if (otherRound || (round === "final" && !isSecond && (newest[slot + 1] as number) >= 0)) {
      continue;
    }

    const cellBase = i * bucketCount;
    const groupCell = groupCells[p] as number;
    const sideCell = sideCells[p] as number;
    const previousCode = countedCode[key] as number;
    if (previousCode >= 0) {
      const previousSlot = previousCode >> 2;
      add(counts, cellBase * stride + previousSlot, -1);
      add(counts, (cellBase + perspectiveBase + (previousCode & 3)) * stride + previousSlot, -1);
      if (groupCell >= 0) {
        add(counts, (cellBase + groupCell) * stride + previousSlot, -1);
        add(counts, (cellBase + sideCell) * stride + previousSlot, -1);
      }
    }
    counted[key] = r;
    const valueAt = valueSlot(ordinal[i] as OrdinalEntry, rating.value, stride);
    if (valueAt < 0) {
      countedCode[key] = -1;
      continue;
    }
    const perspective = perspectiveIndex(rating.perspective);
    countedCode[key] = (valueAt << 2) | perspective;
    add(counts, cellBase * stride + valueAt, 1);
    add(counts, (cellBase + perspectiveBase + perspective) * stride + valueAt, 1);
    if (groupCell >= 0) {
      add(counts, (cellBase + groupCell) * stride + valueAt, 1);
      add(counts, (cellBase + sideCell) * stride + valueAt, 1);
    }
  }

  const participantTotal = participantIds.length;
  const dimensionCount = plan.dimensions.length;
  const dimensionRaters = new Int32Array(dimensionCount * bucketCount);
  // Per dimension, for the current person: bit q set when they gave a level in perspective q.
  const mask = new Uint8Array(dimensionCount);
  const naSlot = stride - 2;
  let participantCount = 0;
  for (let p = 0; p < participantTotal; p++) {
    mask.fill(0);
    let answered = false;
    for (let i = 0; i < indicatorCount; i++) {
      const code = state.countedCode[p * indicatorCount + i] as number;
      if (code < 0) continue;
      answered = true;
      const entry = ordinal[i] as OrdinalEntry;
      if (entry.isPrimary && code >> 2 < naSlot) {
        mask[entry.dimensionIndex] = (mask[entry.dimensionIndex] as number) | (1 << (code & 3));
      }
    }
    if (answered) participantCount++;
    const groupCell = state.groupCell[p] as number;
    for (let d = 0; d < dimensionCount; d++) {
      const bits = mask[d] as number;
      if (bits === 0) continue;
      const rowStart = d * bucketCount;
      add(dimensionRaters, rowStart, 1);
      if (groupCell >= 0) {
        add(dimensionRaters, rowStart + groupCell, 1);
        add(dimensionRaters, rowStart + (state.sideCell[p] as number), 1);
      }
      for (let q = 0; q < 3; q++) {
        if (bits & (1 << q)) add(dimensionRaters, rowStart + perspectiveBase + q, 1);
      }
    }
  }

  return {
    plan,
    groups,
    layout,
    bucketCount,
    stride,
    counts,
    dimensionRaters,
    participantCount,
    counted: state.counted.subarray(0, participantTotal * indicatorCount),
    newest: state.newest.subarray(0, participantTotal * indicatorCount * 2),
    groupBuckets: state.groupCell.subarray(0, participantTotal),
    participantTotal,
  };
}

/**
 * The ratings that count for a round selection, one per person and ordinal
 * indicator, in the order of `cycle.ratings`.
 */
export function effectiveRatingsWithPlan(
  cycle: Cycle,
  plan: GridPlan,
  round: RoundSelection,
): Rating[] {
  const indexes = [...tallyCycle(cycle, [], plan, round).counted].filter((r) => r >= 0);
  return indexes.sort((a, b) => a - b).map((r) => cycle.ratings[r] as Rating);
}
