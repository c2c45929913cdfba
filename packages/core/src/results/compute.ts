import type { CollectivePosition, Cycle, Measure, Rating } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import { findGrid } from "../model/lookup.ts";
import type { Organisation, StakeholderGroup } from "../model/organisation.ts";
import type { Workspace } from "../model/workspace.ts";
import {
  type DisclosurePolicy,
  discloseIndicator,
  viewIndex,
  viewsFor,
} from "../privacy/disclosure.ts";
import { RowStatus } from "../privacy/disclosure-terms.ts";
import { minGroupSizeOf, smallGroupIds } from "../privacy/threshold.ts";
import { assembleBreakdown, type BucketScratch, bucketScratch } from "./breakdown.ts";
import { BucketLayout } from "./buckets.ts";
import {
  criterionDivergences,
  DEFAULT_DIVERGENCE_THRESHOLDS,
  divergenceScope,
  sortDivergences,
} from "./divergence.ts";
import {
  type CriterionEntryPlan,
  type DimensionEntryPlan,
  type GridPlan,
  type OrdinalEntry,
  planGrid,
} from "./plan.ts";
import { quantitativeResult } from "./quantitative.ts";
import { medianOfCounts, summariseCounts } from "./statistics.ts";
import { effectiveRatingsWithPlan, type Tally, tallyCycle } from "./tally.ts";
import type {
  CriterionResult,
  CycleResults,
  DimensionResult,
  DimensionStats,
  GlobalScoreResult,
  IndicatorResult,
  PositionResult,
  QuantitativeResult,
  ResultsOptions,
  RoundSelection,
  StoryCounts,
} from "./types.ts";
import { type Participation, participationOf } from "./units.ts";

/** What the results of a cycle are computed from: the cycle, its pinned grid version, its organisation. */
export interface ResultsContext {
  cycle: Cycle;
  grid: Grid;
  organisation: Organisation;
}

/**
 * A grid's counting plan, built once per grid object. Grids are treated as immutable
 * values (every edit makes a new object), so the plan never goes stale.
 */
const plans = new WeakMap<Grid, GridPlan>();

export function gridPlanOf(grid: Grid): GridPlan {
  let plan = plans.get(grid);
  if (plan === undefined) {
    plan = planGrid(grid);
    plans.set(grid, plan);
  }
  return plan;
}

/**
 * The ratings that count for a round selection, one per person and ordinal indicator
 * of the grid, in the order of `cycle.ratings`: what a reveal screen shows.
 */
export function effectiveRatings(
  cycle: Cycle,
  grid: Grid,
  round: RoundSelection = "final",
): Rating[] {
  return effectiveRatingsWithPlan(cycle, gridPlanOf(grid), round);
}

function sameCell(counts: Int32Array, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (counts[a + k] !== counts[b + k]) return false;
  return true;
}

/**
 * Fills `scratch` with an indicator's counts per bucket and the statistics of the
 * buckets shown in the view read (`status`: the disclosure status of each bucket).
 * "Everyone" gets statistics even when nobody answered, so a screen can say so.
 */
function indicatorBuckets(
  tally: Tally,
  entry: OrdinalEntry,
  status: Uint8Array,
  scratch: BucketScratch,
): void {
  const { counts, stride, bucketCount } = tally;
  const { valued, stats, medians } = scratch;
  scratch.status = status;
  const levelCount = entry.values.length;
  const cellsBase = entry.index * bucketCount * stride;
  for (let b = 0; b < bucketCount; b++) {
    const base = cellsBase + b * stride;
    let n = 0;
    for (let k = 0; k < levelCount; k++) n += counts[base + k] as number;
    valued[b] = n;
  }
  for (let b = 0; b < bucketCount; b++) {
    const visible =
      status[b] === RowStatus.shown ||
      (b === BucketLayout.overall && status[b] === RowStatus.empty);
    if (!visible) {
      stats[b] = undefined;
      medians[b] = Number.NaN;
      continue;
    }
    const base = cellsBase + b * stride;
    const n = valued[b] as number;
    medians[b] = n === 0 ? Number.NaN : medianOfCounts(entry.values, counts, base, n);
    const overall = stats[BucketLayout.overall];
    if (b > 0 && overall !== undefined && sameCell(counts, base, cellsBase, stride)) {
      // Everyone is in this bucket (e.g. all rated in the self perspective): share the object.
      stats[b] = overall;
      continue;
    }
    stats[b] = entry.sharedStats.of(
      counts,
      base,
      counts[base + stride - 2] as number,
      counts[base + stride - 1] as number,
    );
  }
}

/** Pooled counts of a dimension: per bucket, one count per pooled value, then N/A, don't know. */
function poolDimension(tally: Tally, plan: DimensionEntryPlan): Int32Array {
  const poolStride = plan.poolValues.length + 2;
  const pooled = new Int32Array(tally.bucketCount * poolStride);
  const { counts, stride, bucketCount } = tally;
  for (let member = 0; member < plan.primaries.length; member++) {
    const ordinal = plan.primaries[member] as number;
    const levelToPool = plan.levelToPool[member] as Int32Array;
    for (let bucket = 0; bucket < bucketCount; bucket++) {
      const base = (ordinal * bucketCount + bucket) * stride;
      const target = bucket * poolStride;
      for (let k = 0; k < levelToPool.length; k++) {
        const at = target + (levelToPool[k] as number);
        pooled[at] = (pooled[at] as number) + (counts[base + k] as number);
      }
      const naAt = target + poolStride - 2;
      pooled[naAt] = (pooled[naAt] as number) + (counts[base + stride - 2] as number);
      pooled[naAt + 1] = (pooled[naAt + 1] as number) + (counts[base + stride - 1] as number);
    }
  }
  return pooled;
}

function normalised(value: number | null, plan: DimensionEntryPlan): number | null {
  return value === null ? null : (value - plan.poolMin) / plan.poolSpread;
}

function dimensionStats(
  plan: DimensionEntryPlan,
  pooled: Int32Array,
  bucket: number,
  raters: number,
): DimensionStats {
  const poolStride = plan.poolValues.length + 2;
  const base = bucket * poolStride;
  const summary = summariseCounts(plan.poolValues, pooled, base, plan.poolSpread);
  const na = pooled[base + poolStride - 2] as number;
  const dontKnow = pooled[base + poolStride - 1] as number;
  const answers = summary.n + na + dontKnow;
  return {
    raters,
    n: summary.n,
    na,
    dontKnow,
    answers,
    normalisedMedian: normalised(summary.median, plan),
    normalisedQ1: normalised(summary.q1, plan),
    normalisedQ3: normalised(summary.q3, plan),
    median: plan.shared ? summary.median : null,
    q1: plan.shared ? summary.q1 : null,
    q3: plan.shared ? summary.q3 : null,
    consensus: summary.consensus,
    shareNa: answers === 0 ? null : na / answers,
    shareDontKnow: answers === 0 ? null : dontKnow / answers,
  };
}

/**
 * The status of a dimension's rows: a row pools its criteria's rows, so it is shown
 * only when every criterion row it pools, where somebody answered, is shown: it then
 * reveals nothing the criteria do not already show, and holds at least k people.
 */
function dimensionStatus(
  plan: DimensionEntryPlan,
  answers: Int32Array,
  indicatorStatus: Uint8Array,
  bucketCount: number,
): Uint8Array {
  const status = new Uint8Array(bucketCount);
  for (let b = 0; b < bucketCount; b++) {
    if ((answers[b] as number) === 0) {
      status[b] = RowStatus.empty;
      continue;
    }
    // Withheld when a criterion row is; "below threshold" when every such row is too small.
    let withheld = 0;
    let tooSmall = 0;
    for (const ordinal of plan.primaries) {
      const criterionRow = indicatorStatus[ordinal * bucketCount + b] as RowStatus;
      if (criterionRow === RowStatus.shown || criterionRow === RowStatus.empty) continue;
      withheld++;
      if (criterionRow === RowStatus.belowThreshold) tooSmall++;
    }
    status[b] =
      withheld === 0
        ? RowStatus.shown
        : tooSmall === withheld
          ? RowStatus.belowThreshold
          : RowStatus.criterionWithheld;
  }
  return status;
}

function dimensionResult(
  tally: Tally,
  dimension: number,
  indicatorStatus: Uint8Array,
  policy: DisclosurePolicy,
): DimensionResult {
  const plan = tally.plan.dimensions[dimension] as DimensionEntryPlan;
  const { bucketCount } = tally;
  const pooled = poolDimension(tally, plan);
  const poolStride = plan.poolValues.length + 2;
  const raters = tally.dimensionRaters.subarray(
    dimension * bucketCount,
    (dimension + 1) * bucketCount,
  );
  const answers = new Int32Array(bucketCount);
  for (let b = 0; b < bucketCount; b++) {
    let total = 0;
    for (let k = 0; k < poolStride; k++) total += pooled[b * poolStride + k] as number;
    answers[b] = total;
  }
  const status = dimensionStatus(plan, answers, indicatorStatus, bucketCount);
  const stats: (DimensionStats | undefined)[] = new Array(bucketCount);
  for (let b = 0; b < bucketCount; b++) {
    const visible =
      status[b] === RowStatus.shown ||
      (b === BucketLayout.overall && status[b] === RowStatus.empty);
    if (visible) stats[b] = dimensionStats(plan, pooled, b, raters[b] as number);
  }
  return {
    dimensionId: plan.dimension.id,
    label: plan.dimension.label,
    criterionIds: plan.criterionIds,
    levelValues: plan.shared ? plan.poolValues : null,
    stats: assembleBreakdown(tally.groups, tally.layout, status, stats, policy.audience),
  };
}

const NO_STORIES: StoryCounts = Object.freeze({ total: 0, positive: 0, negative: 0, mixed: 0 });

function newerPosition(a: CollectivePosition, b: CollectivePosition): boolean {
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}

function positionResult(
  position: CollectivePosition,
  criterion: { levels: CriterionResult["levels"]; stats: CriterionResult["stats"] },
  groupsById: Map<string, StakeholderGroup>,
  smallGroupIds: ReadonlySet<string>,
): PositionResult {
  // A dissent may name a group only where that group's figures are shown.
  const shownIds = new Set(
    criterion.stats === null
      ? [...groupsById.keys()].filter((id) => !smallGroupIds.has(id))
      : criterion.stats.groups.map((g) => g.groupId),
  );
  return {
    status: position.status,
    level: position.level,
    levelLabel:
      position.level === null
        ? null
        : (criterion.levels?.find((l) => l.value === position.level)?.label ?? null),
    rationale: position.rationale ?? null,
    dissents: position.dissents.map((dissent) => {
      const groups: PositionResult["dissents"][number]["groups"] = [];
      let hiddenGroupCount = 0;
      for (const id of new Set(dissent.groupIds)) {
        const group = groupsById.get(id);
        if (group !== undefined && shownIds.has(id)) {
          groups.push({ groupId: group.id, label: group.label, side: group.side });
        } else hiddenGroupCount++;
      }
      return { text: dissent.text, groups, hiddenGroupCount };
    }),
    strengths: [...position.strengths],
    weaknesses: [...position.weaknesses],
    sessionId: position.sessionId ?? null,
    updatedAt: position.updatedAt,
  };
}

/** The global score pools every criterion's "everyone" row: withheld when one of them is. */
function globalScore(
  grid: Grid,
  tally: Tally,
  indicatorStatus: Uint8Array,
): GlobalScoreResult | null {
  if (!grid.globalScore.enabled) return null;
  const convention = grid.globalScore.convention ?? null;
  for (const entry of tally.plan.ordinal) {
    if (!entry.isPrimary) continue;
    const status = indicatorStatus[entry.index * tally.bucketCount + BucketLayout.overall];
    if (status !== RowStatus.shown && status !== RowStatus.empty) {
      return { convention, position: null, n: 0, withheld: "criterionWithheld" };
    }
  }
  const byPosition = new Map<number, number>();
  for (const entry of tally.plan.ordinal) {
    if (!entry.isPrimary) continue;
    const base = (entry.index * tally.bucketCount + BucketLayout.overall) * tally.stride;
    entry.values.forEach((value, k) => {
      const count = tally.counts[base + k] as number;
      if (count === 0) return;
      const position = (value - entry.min) / (entry.max - entry.min);
      byPosition.set(position, (byPosition.get(position) ?? 0) + count);
    });
  }
  const positions = [...byPosition.keys()].sort((a, b) => a - b);
  const summary = summariseCounts(
    positions,
    positions.map((p) => byPosition.get(p) as number),
    0,
    1,
  );
  return { convention, position: summary.median, n: summary.n, withheld: null };
}

/**
 * The results of one cycle: a pure function of the cycle, its pinned grid and its
 * organisation, computed in one pass over the ratings.
 *
 * - Effective ratings: for each person, ordinal indicator and round, the newest
 *   rating by `createdAt` (equal instants: the larger id) supersedes older ones.
 *   `round: "final"` (default) takes a person's round-2 rating where there is one,
 *   else their round-1 rating; `round: 1` or `2` reads that round only.
 * - A criterion's figures are those of its primary (first) ordinal indicator; a
 *   dimension pools its criteria's primary indicators.
 * - Ratings on an indicator that is not an ordinal indicator of the grid, or whose
 *   value is not a level of the scale, count nowhere (validation reports them).
 *   People not listed in the cycle, or in a group the organisation lacks, count in
 *   the overall figures and their perspective only.
 * - What the audience may see is decided by the disclosure policy
 *   (`privacy/disclosure.ts`): rows below the anonymity threshold, and rows that would
 *   let fewer than k people be worked out from the others, are withheld.
 * - No ranking, and no global score unless the grid enables one; it is then the
 *   median of every normalised valued rating of the primary indicators, shown with
 *   the grid's convention text.
 * - The grid is treated as an immutable value: its counting plan is cached per object.
 */
export function computeResults(context: ResultsContext, options: ResultsOptions): CycleResults {
  return computeResultsWith(context, options, { complementary: true });
}

/**
 * `computeResults` with the complementary rule switchable: only the tests turn it off,
 * to show what a reader could work out without it.
 */
export function computeResultsWith(
  context: ResultsContext,
  options: ResultsOptions,
  { complementary }: { complementary: boolean },
): CycleResults {
  const { cycle, grid, organisation } = context;
  const { audience } = options;
  const round = options.round ?? "final";
  const thresholds = { ...DEFAULT_DIVERGENCE_THRESHOLDS, ...options.divergence };
  const minGroupSize = minGroupSizeOf(cycle);
  const plan = gridPlanOf(grid);
  const tally = tallyCycle(cycle, organisation.stakeholderGroups, plan, round);
  const { layout, bucketCount } = tally;
  const policy: DisclosurePolicy = {
    audience,
    minGroupSize,
    views: viewsFor(audience, round),
    complementary,
  };
  const participation = participationOf(tally, cycle.ratings);
  const sideOfGroupBucket = new Int32Array(bucketCount).fill(-1);
  tally.groups.forEach((group, g) => {
    sideOfGroupBucket[layout.group(g)] = layout.sideOf(group.side);
  });
  const viewOffset = viewIndex(round) * bucketCount;
  // The status of every indicator's rows in the view read, for the pooled figures.
  const indicatorStatus = new Uint8Array(plan.ordinal.length * bucketCount);

  const scope = divergenceScope(tally.groups, thresholds, plan.sharedParties, minGroupSize);
  const scratch = bucketScratch(bucketCount);
  const indicators = new Array<IndicatorResult>(plan.ordinal.length);
  for (const entry of plan.ordinal) {
    const criterion = plan.criteria[entry.criterionIndex] as CriterionEntryPlan;
    const status = discloseIndicator(
      participation[entry.index] as Participation,
      layout,
      sideOfGroupBucket,
      policy,
    ).subarray(viewOffset, viewOffset + bucketCount);
    indicatorStatus.set(status, entry.index * bucketCount);
    indicatorBuckets(tally, entry, status, scratch);
    indicators[entry.index] = {
      indicatorId: entry.indicator.id,
      label: entry.indicator.label,
      kind: entry.indicator.kind,
      criterionId: criterion.criterion.id,
      dimensionId: criterion.dimension.id,
      isPrimary: entry.isPrimary,
      levels: entry.levels,
      allowNotApplicable: entry.allowNotApplicable,
      allowDontKnow: entry.allowDontKnow,
      stats: assembleBreakdown(tally.groups, layout, status, scratch.stats, audience),
    };
    // A criterion's prompts are those of its primary indicator; primaries come in criterion order.
    if (entry.isPrimary) {
      criterionDivergences(scope, criterion, entry.max - entry.min, scratch);
    }
  }

  // Most criteria have no story: they share one frozen set of zero counts.
  const storyCounts = new Array<StoryCounts | undefined>(plan.criteria.length).fill(undefined);
  for (const story of cycle.stories) {
    const criteria = new Set<number>();
    for (const id of story.criterionIds) {
      const index = plan.criterionIndex.get(id);
      if (index !== undefined) criteria.add(index);
    }
    if (story.indicatorId !== undefined) {
      const index = plan.criterionOfIndicator.get(story.indicatorId);
      if (index !== undefined) criteria.add(index);
    }
    for (const index of criteria) {
      let counts = storyCounts[index];
      if (counts === undefined) {
        counts = { total: 0, positive: 0, negative: 0, mixed: 0 };
        storyCounts[index] = counts;
      }
      counts.total++;
      counts[story.valence]++;
    }
  }

  const latestPositions = new Map<string, CollectivePosition>();
  for (const position of cycle.positions) {
    const current = latestPositions.get(position.criterionId);
    if (current === undefined || newerPosition(position, current)) {
      latestPositions.set(position.criterionId, position);
    }
  }
  const groupsById = new Map(organisation.stakeholderGroups.map((g) => [g.id, g]));
  const small = new Set(smallGroupIds(cycle, organisation));

  const measuresByIndicator = new Map<string, Measure[]>();
  for (const measure of cycle.measures) {
    const list = measuresByIndicator.get(measure.indicatorId);
    if (list === undefined) measuresByIndicator.set(measure.indicatorId, [measure]);
    else list.push(measure);
  }
  const quantitative: QuantitativeResult[] = [];

  const criteria: CriterionResult[] = plan.criteria.map((entry) => {
    const primary = entry.primary >= 0 ? (indicators[entry.primary] as IndicatorResult) : null;
    const levels = primary?.levels ?? null;
    const stats = primary?.stats ?? null;
    const position = latestPositions.get(entry.criterion.id);
    for (const indicator of entry.quantitative) {
      quantitative.push(
        quantitativeResult(
          indicator,
          entry.criterion.id,
          entry.dimension.id,
          measuresByIndicator.get(indicator.id) ?? [],
        ),
      );
    }
    const result: CriterionResult = {
      criterionId: entry.criterion.id,
      label: entry.criterion.label,
      dimensionId: entry.dimension.id,
      dimensionLabel: entry.dimension.label,
      primaryIndicatorId: primary?.indicatorId ?? null,
      levels,
      stats,
      position:
        position === undefined
          ? null
          : positionResult(position, { levels, stats }, groupsById, small),
      stories: storyCounts[entry.index] ?? NO_STORIES,
      ordinalIndicatorIds: entry.ordinalIds,
      quantitativeIndicatorIds: entry.quantitativeIds,
      narrativeIndicatorIds: entry.narrativeIds,
    };
    return result;
  });

  return {
    cycleId: cycle.id,
    organisationId: organisation.id,
    grid: { gridId: grid.id, version: grid.version },
    round,
    audience,
    minGroupSize,
    participantCount: tally.participantCount,
    dimensions: plan.dimensions.map((d) =>
      dimensionResult(tally, d.index, indicatorStatus, policy),
    ),
    criteria,
    indicators,
    quantitative,
    divergences: sortDivergences(scope.found),
    globalScore: globalScore(grid, tally, indicatorStatus),
  };
}

/** Why a cycle's results cannot be computed from a workspace. */
export type ResultsReferenceCode = "cycleNotFound" | "gridNotFound" | "organisationNotFound";

export class ResultsReferenceError extends Error {
  readonly code: ResultsReferenceCode;
  readonly params: Record<string, string | number>;

  constructor(code: ResultsReferenceCode, params: Record<string, string | number>) {
    super(`${code}: ${Object.values(params).join(" ")}`);
    this.name = "ResultsReferenceError";
    this.code = code;
    this.params = params;
  }
}

/** Finds a cycle, its pinned grid version and its organisation in a workspace, without throwing. */
export function resolveResultsContext(
  workspace: Workspace,
  cycleId: string,
):
  | { ok: true; context: ResultsContext }
  | { ok: false; code: ResultsReferenceCode; params: Record<string, string | number> } {
  const cycle = workspace.cycles.find((c) => c.id === cycleId);
  if (cycle === undefined) return { ok: false, code: "cycleNotFound", params: { cycleId } };
  const grid = findGrid(workspace, cycle.grid);
  if (grid === undefined) {
    return {
      ok: false,
      code: "gridNotFound",
      params: { cycleId, gridId: cycle.grid.gridId, version: cycle.grid.version },
    };
  }
  const organisation = workspace.organisations.find((o) => o.id === cycle.organisationId);
  if (organisation === undefined) {
    return {
      ok: false,
      code: "organisationNotFound",
      params: { cycleId, organisationId: cycle.organisationId },
    };
  }
  return { ok: true, context: { cycle, grid, organisation } };
}

/**
 * `computeResults` for a cycle of a workspace. Throws `ResultsReferenceError` when the
 * cycle, its pinned grid version or its organisation is missing; use
 * `resolveResultsContext` to check without throwing.
 */
export function computeCycleResults(
  workspace: Workspace,
  cycleId: string,
  options: ResultsOptions,
): CycleResults {
  const resolved = resolveResultsContext(workspace, cycleId);
  if (!resolved.ok) throw new ResultsReferenceError(resolved.code, resolved.params);
  return computeResults(resolved.context, options);
}
