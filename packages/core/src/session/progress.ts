import type { Cycle, PositionStatus, Session } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import { primaryOrdinalIndicator } from "../model/lookup.ts";
import { computeResults, type ResultsContext } from "../results/compute.ts";
import type { CycleResults, ResultsOptions } from "../results/types.ts";
import { sessionCriteria, sessionParticipants } from "./cycle.ts";
import { currentPosition } from "./positions.ts";

/** Where a session stands on one of its criteria: what the stepper of the workshop shows. */
export interface CriterionProgress {
  criterionId: string;
  /** People present who have an answer on the criterion's primary indicator, per round. */
  answered: { 1: number; 2: number };
  /** People present at the session. */
  present: number;
  /** The status of the criterion's collective position, if one is recorded. */
  position: PositionStatus | null;
}

/** The progress of a session, criterion by criterion, in the session's order. */
export function sessionProgress(cycle: Cycle, session: Session, grid: Grid): CriterionProgress[] {
  const present = new Set(sessionParticipants(cycle, session).map((p) => p.id));
  const criteria = sessionCriteria(session, grid);
  const primaryOf = new Map<string, string>();
  for (const criterion of criteria) {
    const primary = primaryOrdinalIndicator(criterion);
    if (primary !== undefined) primaryOf.set(primary.id, criterion.id);
  }
  const answered = new Map<string, [Set<string>, Set<string>]>();
  for (const rating of cycle.ratings) {
    if (!primaryOf.has(rating.indicatorId) || !present.has(rating.participantId)) continue;
    let sets = answered.get(rating.indicatorId);
    if (sets === undefined) {
      sets = [new Set(), new Set()];
      answered.set(rating.indicatorId, sets);
    }
    sets[rating.round - 1]?.add(rating.participantId);
  }
  return criteria.map((criterion) => {
    const primary = primaryOrdinalIndicator(criterion);
    const sets = primary === undefined ? undefined : answered.get(primary.id);
    return {
      criterionId: criterion.id,
      answered: { 1: sets?.[0].size ?? 0, 2: sets?.[1].size ?? 0 },
      present: present.size,
      position: currentPosition(cycle, criterion.id)?.status ?? null,
    };
  });
}

/** Where to resume a session: the first criterion without a collective position, else the first. */
export function resumeCriterionId(progress: readonly CriterionProgress[]): string | undefined {
  return (progress.find((p) => p.position === null) ?? progress[0])?.criterionId;
}

/** One-criterion grids, built once per grid object and criterion. */
const singleCriterionGrids = new WeakMap<Grid, Map<string, Grid>>();

function singleCriterionGrid(grid: Grid, criterionId: string): Grid | undefined {
  let byCriterion = singleCriterionGrids.get(grid);
  if (byCriterion === undefined) {
    byCriterion = new Map();
    singleCriterionGrids.set(grid, byCriterion);
  }
  const cached = byCriterion.get(criterionId);
  if (cached !== undefined) return cached;
  for (const dimension of grid.dimensions) {
    const criterion = dimension.criteria.find((c) => c.id === criterionId);
    if (criterion === undefined) continue;
    const single: Grid = { ...grid, dimensions: [{ ...dimension, criteria: [criterion] }] };
    byCriterion.set(criterionId, single);
    return single;
  }
  return undefined;
}

/**
 * The results of one criterion, exactly as `computeResults` gives them for it (same
 * statistics, same small-group suppression, same "worth discussing" prompts), computed
 * from that criterion's ratings only: what a reveal screen needs after each new rating,
 * at a cost that does not grow with the size of the grid. Undefined for an unknown criterion.
 */
export function computeCriterionResults(
  context: ResultsContext,
  criterionId: string,
  options: ResultsOptions,
): CycleResults | undefined {
  const grid = singleCriterionGrid(context.grid, criterionId);
  if (grid === undefined) return undefined;
  const indicatorIds = new Set(grid.dimensions[0]?.criteria[0]?.indicators.map((i) => i.id));
  const ratings = context.cycle.ratings.filter((rating) => indicatorIds.has(rating.indicatorId));
  return computeResults(
    { cycle: { ...context.cycle, ratings }, grid, organisation: context.organisation },
    options,
  );
}
