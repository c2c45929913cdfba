import type { Action, PositionStatus } from "../model/cycle.ts";
import type { Workspace } from "../model/workspace.ts";
import {
  computeResults,
  type ResultsContext,
  ResultsReferenceError,
  resolveResultsContext,
} from "../results/compute.ts";
import type {
  CriterionResult,
  CycleResults,
  ResultsOptions,
  RoundSelection,
} from "../results/types.ts";

export interface CycleSummary {
  cycleId: string;
  name: string;
  gridId: string;
  gridVersion: number;
  startDate: string | null;
  endDate: string | null;
}

/** Where a criterion stood in one cycle: the "everyone" figures as disclosed (null when withheld) and the collective position. */
export interface CriterionSnapshot {
  median: number | null;
  /** (median − min) / (max − min) on that cycle's scale. */
  normalisedMedian: number | null;
  n: number;
  levelValues: number[] | null;
  positionLevel: number | null;
  positionStatus: PositionStatus | null;
}

export interface CriterionChange {
  criterionId: string;
  label: string;
  dimensionId: string;
  previous: CriterionSnapshot;
  current: CriterionSnapshot;
  /** The scale's level values differ between the two grid versions. */
  scaleChanged: boolean;
  /** Current minus previous median, in scale units; null when the scale changed or a median is missing. */
  change: number | null;
  /** Current minus previous normalised median; comparable even when the scale changed. */
  normalisedChange: number | null;
  /** Current minus previous collective level, on an unchanged scale. */
  positionChange: number | null;
  /** The previous cycle's actions on this criterion (see `actions` for their follow-up). */
  previousActionIds: string[];
}

export interface CriterionRef {
  criterionId: string;
  label: string;
  dimensionId: string;
}

export interface DimensionChange {
  dimensionId: string;
  label: string;
  /** Overall normalised median of the dimension's criteria in the previous cycle; null if absent or unrated. */
  previous: number | null;
  current: number | null;
  change: number | null;
}

/** A previous action, where it stands, and the current actions that continue it. */
export interface ActionProgress {
  action: Action;
  continuedBy: Action[];
}

export interface CycleComparison {
  previous: CycleSummary;
  current: CycleSummary;
  round: RoundSelection;
  /** Criteria present in both cycles (by stable id), in the current grid's order. */
  criteria: CriterionChange[];
  added: CriterionRef[];
  removed: CriterionRef[];
  /** Every dimension of the current grid, in order. */
  dimensions: DimensionChange[];
  removedDimensions: { dimensionId: string; label: string }[];
  /** Every action of the previous cycle, in its order. */
  actions: ActionProgress[];
}

function summary(context: ResultsContext): CycleSummary {
  const { cycle } = context;
  return {
    cycleId: cycle.id,
    name: cycle.name,
    gridId: cycle.grid.gridId,
    gridVersion: cycle.grid.version,
    startDate: cycle.startDate ?? null,
    endDate: cycle.endDate ?? null,
  };
}

function snapshot(criterion: CriterionResult): CriterionSnapshot {
  const overall = criterion.stats?.overall;
  const levels = criterion.levels;
  const min = levels?.[0]?.value;
  const max = levels?.[levels.length - 1]?.value;
  const median = overall?.median ?? null;
  return {
    median,
    normalisedMedian:
      median === null || min === undefined || max === undefined
        ? null
        : (median - min) / (max - min),
    n: overall?.n ?? 0,
    levelValues: levels === null ? null : levels.map((l) => l.value),
    positionLevel: criterion.position?.level ?? null,
    positionStatus: criterion.position?.status ?? null,
  };
}

function difference(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

function sameValues(a: number[] | null, b: number[] | null): boolean {
  return a !== null && b !== null && a.length === b.length && a.every((v, k) => v === b[k]);
}

function reference(criterion: CriterionResult): CriterionRef {
  return {
    criterionId: criterion.criterionId,
    label: criterion.label,
    dimensionId: criterion.dimensionId,
  };
}

/**
 * Progress from one cycle to the next, matched by stable criterion and dimension
 * ids: per criterion the overall median then and now (and on 0..1 when the scale
 * changed), the collective levels, criteria added and removed; per dimension the
 * change of its normalised median; and whether the previous cycle's actions were
 * done, with the current actions that continue them (`previousActionId`). Group
 * figures are not compared. Each cycle's figures are those its disclosure policy
 * lets the audience see: a withheld "everyone" row compares as missing.
 */
export function compareCycles(
  previous: ResultsContext,
  current: ResultsContext,
  options: ResultsOptions,
): CycleComparison {
  const before: CycleResults = computeResults(previous, options);
  const now: CycleResults = computeResults(current, options);
  const beforeById = new Map(before.criteria.map((c) => [c.criterionId, c]));
  const nowIds = new Set(now.criteria.map((c) => c.criterionId));

  const previousActions = previous.cycle.actions;
  const actionsByCriterion = new Map<string, string[]>();
  for (const action of previousActions) {
    for (const id of action.criterionIds) {
      actionsByCriterion.set(id, [...(actionsByCriterion.get(id) ?? []), action.id]);
    }
  }

  const criteria: CriterionChange[] = [];
  const added: CriterionRef[] = [];
  for (const criterion of now.criteria) {
    const earlier = beforeById.get(criterion.criterionId);
    if (earlier === undefined) {
      added.push(reference(criterion));
      continue;
    }
    const then = snapshot(earlier);
    const later = snapshot(criterion);
    const sameScale = sameValues(then.levelValues, later.levelValues);
    criteria.push({
      criterionId: criterion.criterionId,
      label: criterion.label,
      dimensionId: criterion.dimensionId,
      previous: then,
      current: later,
      scaleChanged: !sameScale && (then.levelValues !== null || later.levelValues !== null),
      change: sameScale ? difference(later.median, then.median) : null,
      normalisedChange: difference(later.normalisedMedian, then.normalisedMedian),
      positionChange: sameScale ? difference(later.positionLevel, then.positionLevel) : null,
      previousActionIds: actionsByCriterion.get(criterion.criterionId) ?? [],
    });
  }
  const removed = before.criteria.filter((c) => !nowIds.has(c.criterionId)).map(reference);

  const beforeDimensions = new Map(before.dimensions.map((d) => [d.dimensionId, d]));
  const nowDimensionIds = new Set(now.dimensions.map((d) => d.dimensionId));
  const dimensions = now.dimensions.map((dimension): DimensionChange => {
    const earlier =
      beforeDimensions.get(dimension.dimensionId)?.stats.overall?.normalisedMedian ?? null;
    const later = dimension.stats.overall?.normalisedMedian ?? null;
    return {
      dimensionId: dimension.dimensionId,
      label: dimension.label,
      previous: earlier,
      current: later,
      change: difference(later, earlier),
    };
  });
  const removedDimensions = before.dimensions
    .filter((d) => !nowDimensionIds.has(d.dimensionId))
    .map((d) => ({ dimensionId: d.dimensionId, label: d.label }));

  const actions = previousActions.map((action) => ({
    action,
    continuedBy: current.cycle.actions.filter((a) => a.previousActionId === action.id),
  }));

  return {
    previous: summary(previous),
    current: summary(current),
    round: now.round,
    criteria,
    added,
    removed,
    dimensions,
    removedDimensions,
    actions,
  };
}

/**
 * `compareCycles` between a cycle of a workspace and the one its `previousCycleId`
 * names; null when it names none. Throws `ResultsReferenceError` when a cycle, a
 * pinned grid version or an organisation is missing.
 */
export function compareWithPreviousCycle(
  workspace: Workspace,
  cycleId: string,
  options: ResultsOptions,
): CycleComparison | null {
  const current = resolveResultsContext(workspace, cycleId);
  if (!current.ok) throw new ResultsReferenceError(current.code, current.params);
  const previousId = current.context.cycle.previousCycleId;
  if (previousId === undefined) return null;
  const previous = resolveResultsContext(workspace, previousId);
  if (!previous.ok) throw new ResultsReferenceError(previous.code, previous.params);
  return compareCycles(previous.context, current.context, options);
}
