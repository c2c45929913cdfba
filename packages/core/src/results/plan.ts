import type {
  Criterion,
  Dimension,
  Grid,
  NarrativeIndicator,
  OrdinalIndicator,
  QuantitativeIndicator,
  ScaleLevel,
} from "../model/grid.ts";
import { isOrdinal, ordinalScaleOf } from "../model/lookup.ts";
import { SharedOrdinalStats } from "./shared.ts";
import { SharedParties } from "./shared-parties.ts";

/** An ordinal indicator of the grid, with an integer index used by the counting arrays. */
export interface OrdinalEntry {
  index: number;
  indicator: OrdinalIndicator;
  criterionIndex: number;
  dimensionIndex: number;
  levels: ScaleLevel[];
  values: number[];
  min: number;
  max: number;
  /** Levels are min, min + 1, …: a value's level index is value − min. */
  contiguous: boolean;
  allowNotApplicable: boolean;
  allowDontKnow: boolean;
  isPrimary: boolean;
  /** Statistics shared by every indicator of the grid with the same level values. */
  sharedStats: SharedOrdinalStats;
}

export interface CriterionEntryPlan {
  index: number;
  criterion: Criterion;
  dimension: Dimension;
  dimensionIndex: number;
  /** Index of the primary ordinal indicator in `ordinal`, or −1. */
  primary: number;
  ordinal: number[];
  quantitative: QuantitativeIndicator[];
  narrative: NarrativeIndicator[];
  ordinalIds: string[];
  quantitativeIds: string[];
  narrativeIds: string[];
}

/**
 * How a dimension pools its criteria: the distinct pooled values (level values
 * when every primary scale shares them, else normalised positions) and, per
 * primary indicator, where each of its levels falls among them.
 */
export interface DimensionEntryPlan {
  index: number;
  dimension: Dimension;
  criterionIds: string[];
  primaries: number[];
  shared: boolean;
  poolValues: number[];
  /** Normalised position = (pooled value − poolMin) / poolSpread. */
  poolMin: number;
  poolSpread: number;
  levelToPool: Int32Array[];
}

/** A grid prepared for counting: integer indexes for its indicators, criteria and dimensions. */
export interface GridPlan {
  grid: Grid;
  ordinal: OrdinalEntry[];
  ordinalIndex: Map<string, number>;
  ordinalIds: string[];
  criteria: CriterionEntryPlan[];
  criterionIndex: Map<string, number>;
  /** Criterion of every indicator (any kind), to file stories given by indicator. */
  criterionOfIndicator: Map<string, number>;
  dimensions: DimensionEntryPlan[];
  maxLevels: number;
  /** Divergence parties shared between the results computed on this grid object. */
  sharedParties: SharedParties;
}

function sameValues(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, k) => value === b[k]);
}

function planDimension(
  index: number,
  dimension: Dimension,
  primaries: number[],
  ordinal: OrdinalEntry[],
): DimensionEntryPlan {
  const scales = primaries.map((p) => ordinal[p] as OrdinalEntry);
  const criterionIds = dimension.criteria.map((c) => c.id);
  const first = scales[0];
  if (first === undefined) {
    return {
      index,
      dimension,
      criterionIds,
      primaries,
      shared: false,
      poolValues: [],
      poolMin: 0,
      poolSpread: 1,
      levelToPool: [],
    };
  }
  if (scales.every((s) => sameValues(s.values, first.values))) {
    return {
      index,
      dimension,
      criterionIds,
      primaries,
      shared: true,
      poolValues: first.values,
      poolMin: first.min,
      poolSpread: first.max - first.min,
      levelToPool: scales.map((s) => Int32Array.from(s.values, (_, k) => k)),
    };
  }
  const positions = new Set<number>();
  for (const s of scales) for (const v of s.values) positions.add((v - s.min) / (s.max - s.min));
  const poolValues = [...positions].sort((x, y) => x - y);
  return {
    index,
    dimension,
    criterionIds,
    primaries,
    shared: false,
    poolValues,
    poolMin: 0,
    poolSpread: 1,
    levelToPool: scales.map((s) =>
      Int32Array.from(s.values, (v) => poolValues.indexOf((v - s.min) / (s.max - s.min))),
    ),
  };
}

export function planGrid(grid: Grid): GridPlan {
  const ordinal: OrdinalEntry[] = [];
  const ordinalIndex = new Map<string, number>();
  const criteria: CriterionEntryPlan[] = [];
  const criterionIndex = new Map<string, number>();
  const criterionOfIndicator = new Map<string, number>();
  const dimensions: DimensionEntryPlan[] = [];
  const sharedStatsByValues = new Map<string, SharedOrdinalStats>();
  let maxLevels = 0;
  grid.dimensions.forEach((dimension, dimensionIndex) => {
    const primaries: number[] = [];
    for (const criterion of dimension.criteria) {
      const plan: CriterionEntryPlan = {
        index: criteria.length,
        criterion,
        dimension,
        dimensionIndex,
        primary: -1,
        ordinal: [],
        quantitative: [],
        narrative: [],
        ordinalIds: [],
        quantitativeIds: [],
        narrativeIds: [],
      };
      criterionIndex.set(criterion.id, plan.index);
      criteria.push(plan);
      for (const indicator of criterion.indicators) {
        criterionOfIndicator.set(indicator.id, plan.index);
        if (indicator.kind === "quantitative") {
          plan.quantitative.push(indicator);
          plan.quantitativeIds.push(indicator.id);
        } else if (indicator.kind === "narrative") {
          plan.narrative.push(indicator);
          plan.narrativeIds.push(indicator.id);
        } else if (isOrdinal(indicator)) {
          const scale = ordinalScaleOf(indicator);
          const values = scale.levels.map((level) => level.value);
          const min = values[0] as number;
          const max = values[values.length - 1] as number;
          const isPrimary = plan.primary === -1;
          const valuesKey = values.join(",");
          let sharedStats = sharedStatsByValues.get(valuesKey);
          if (sharedStats === undefined) {
            sharedStats = new SharedOrdinalStats(values);
            sharedStatsByValues.set(valuesKey, sharedStats);
          }
          const entry: OrdinalEntry = {
            index: ordinal.length,
            indicator,
            criterionIndex: plan.index,
            dimensionIndex,
            // Shared with every result of this grid: results are read, never written.
            levels: [...scale.levels],
            values,
            min,
            max,
            contiguous: values.every((v, k) => v === min + k),
            allowNotApplicable: scale.allowNotApplicable,
            allowDontKnow: scale.allowDontKnow,
            isPrimary,
            sharedStats,
          };
          if (isPrimary) {
            plan.primary = entry.index;
            primaries.push(entry.index);
          }
          plan.ordinal.push(entry.index);
          plan.ordinalIds.push(indicator.id);
          ordinalIndex.set(indicator.id, entry.index);
          ordinal.push(entry);
          maxLevels = Math.max(maxLevels, values.length);
        }
      }
    }
    dimensions.push(planDimension(dimensionIndex, dimension, primaries, ordinal));
  });
  return {
    grid,
    ordinal,
    ordinalIndex,
    ordinalIds: ordinal.map((entry) => entry.indicator.id),
    criteria,
    criterionIndex,
    criterionOfIndicator,
    dimensions,
    maxLevels,
    sharedParties: new SharedParties(),
  };
}
