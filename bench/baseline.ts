/**
 * The hand-written baseline the results engine is measured against: the same
 * counts and medians, with typed arrays and no allocation per rating. It reads
 * the final round (round 2 when a person has one, else round 1) and lets the newest
 * record supersede older ones, as the engine must.
 */
import type { Cycle, Grid, Organisation } from "../packages/core/src/index.ts";

/** Counts per level, then "not applicable", then "don't know". */
const EXTRA_SLOTS = 2;
const LEVEL_OFFSET = 100;
const LOOKUP_SIZE = 2 * LEVEL_OFFSET + 1;

export interface BaselineResults {
  indicatorIds: string[];
  groupIds: string[];
  /** Median over everyone, per indicator; NaN when nobody gave a level. */
  overallMedians: Float64Array;
  /** Median per indicator × group; NaN when nobody of the group gave a level. */
  groupMedians: Float64Array;
}

interface OrdinalScale {
  values: number[];
}

function ordinalIndicators(grid: Grid): { ids: string[]; scales: OrdinalScale[] } {
  const ids: string[] = [];
  const scales: OrdinalScale[] = [];
  for (const dimension of grid.dimensions) {
    for (const criterion of dimension.criteria) {
      for (const indicator of criterion.indicators) {
        if (indicator.kind === "scale") {
          ids.push(indicator.id);
          scales.push({ values: indicator.scale.levels.map((level) => level.value) });
        } else if (indicator.kind === "yesPartlyNo") {
          ids.push(indicator.id);
          scales.push({ values: [1, 2, 3] });
        }
      }
    }
  }
  return { ids, scales };
}

function valueAtRank(values: number[], counts: Int32Array, base: number, rank: number): number {
  let cumulative = 0;
  for (let k = 0; k < values.length; k++) {
    cumulative += counts[base + k] as number;
    if (rank < cumulative) return values[k] as number;
  }
  return values[values.length - 1] as number;
}

/** Type-7 median of `values[k]` occurring `counts[base + k]` times, over `n` values. */
function medianFromCounts(values: number[], counts: Int32Array, base: number, n: number): number {
  if (n === 0) return Number.NaN;
  const middle = (n - 1) / 2;
  const low = valueAtRank(values, counts, base, Math.floor(middle));
  if (Number.isInteger(middle)) return low;
  return (low + valueAtRank(values, counts, base, Math.floor(middle) + 1)) / 2;
}

export function baselineResults(context: {
  cycle: Cycle;
  grid: Grid;
  organisation: Organisation;
}): BaselineResults {
  const { cycle, grid, organisation } = context;
  const { ids: indicatorIds, scales } = ordinalIndicators(grid);
  const indicatorCount = indicatorIds.length;
  const indicatorIndex = new Map<string, number>();
  for (let i = 0; i < indicatorCount; i++) indicatorIndex.set(indicatorIds[i] as string, i);

  const groupIds = organisation.stakeholderGroups.map((group) => group.id);
  const groupCount = groupIds.length;
  const groupIndex = new Map<string, number>();
  for (let g = 0; g < groupCount; g++) groupIndex.set(groupIds[g] as string, g);

  const participantCount = cycle.participants.length;
  const participantIndex = new Map<string, number>();
  const participantGroup = new Int32Array(participantCount);
  for (let p = 0; p < participantCount; p++) {
    const participant = cycle.participants[p];
    if (!participant) continue;
    participantIndex.set(participant.id, p);
    participantGroup[p] = groupIndex.get(participant.groupId) ?? -1;
  }

  // Which rating counts for each person × indicator: highest round, then newest.
  const slots = participantCount * indicatorCount;
  const chosen = new Int32Array(slots).fill(-1);
  const chosenRound = new Int8Array(slots);
  const ratings = cycle.ratings;
  for (let r = 0; r < ratings.length; r++) {
    const rating = ratings[r];
    if (!rating) continue;
    const p = participantIndex.get(rating.participantId);
    const i = indicatorIndex.get(rating.indicatorId);
    if (p === undefined || i === undefined) continue;
    const slot = p * indicatorCount + i;
    const previous = chosen[slot] as number;
    if (previous >= 0) {
      const round = chosenRound[slot] as number;
      if (rating.round < round) continue;
      if (
        rating.round === round &&
        rating.createdAt < (ratings[previous] as { createdAt: string }).createdAt
      ) {
        continue;
      }
    }
    chosen[slot] = r;
    chosenRound[slot] = rating.round;
  }

  // Counts per indicator × group × (levels, na, don't know).
  const maxLevels = Math.max(0, ...scales.map((scale) => scale.values.length));
  const stride = maxLevels + EXTRA_SLOTS;
  const counts = new Int32Array(indicatorCount * groupCount * stride);
  const levelLookup = new Int32Array(indicatorCount * LOOKUP_SIZE).fill(-1);
  for (let i = 0; i < indicatorCount; i++) {
    const values = (scales[i] as OrdinalScale).values;
    for (let k = 0; k < values.length; k++) {
      levelLookup[i * LOOKUP_SIZE + (values[k] as number) + LEVEL_OFFSET] = k;
    }
  }
  for (let p = 0; p < participantCount; p++) {
    const g = participantGroup[p] as number;
    if (g < 0) continue;
    for (let i = 0; i < indicatorCount; i++) {
      const r = chosen[p * indicatorCount + i] as number;
      if (r < 0) continue;
      const value = (ratings[r] as { value: number | "na" | "dontKnow" }).value;
      const base = (i * groupCount + g) * stride;
      if (value === "na") counts[base + maxLevels] = (counts[base + maxLevels] as number) + 1;
      else if (value === "dontKnow") {
        counts[base + maxLevels + 1] = (counts[base + maxLevels + 1] as number) + 1;
      } else {
        const k = levelLookup[i * LOOKUP_SIZE + value + LEVEL_OFFSET] as number;
        if (k >= 0) counts[base + k] = (counts[base + k] as number) + 1;
      }
    }
  }

  const overallMedians = new Float64Array(indicatorCount);
  const groupMedians = new Float64Array(indicatorCount * groupCount);
  const overallCounts = new Int32Array(maxLevels);
  for (let i = 0; i < indicatorCount; i++) {
    const values = (scales[i] as OrdinalScale).values;
    overallCounts.fill(0);
    let overallN = 0;
    for (let g = 0; g < groupCount; g++) {
      const base = (i * groupCount + g) * stride;
      let n = 0;
      for (let level = 0; level < values.length; level++) {
        const count = counts[base + level] as number;
        n += count;
        overallCounts[level] = (overallCounts[level] as number) + count;
      }
      overallN += n;
      groupMedians[i * groupCount + g] =
        n > 0 ? medianFromCounts(values, counts, base, n) : Number.NaN;
    }
    overallMedians[i] = medianFromCounts(values, overallCounts, 0, overallN);
  }
  return { indicatorIds, groupIds, overallMedians, groupMedians };
}
