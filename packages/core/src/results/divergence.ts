import type { StakeholderGroup } from "../model/organisation.ts";
import { RowStatus } from "../privacy/disclosure-terms.ts";
import type { BucketScratch } from "./breakdown.ts";
import { BucketLayout, PERSPECTIVES, SIDES } from "./buckets.ts";
import type { CriterionEntryPlan } from "./plan.ts";
import type { PartyIdentity, SharedParties } from "./shared-parties.ts";
import type { Divergence, DivergenceKind, DivergenceParty, DivergenceThresholds } from "./types.ts";

export const DEFAULT_DIVERGENCE_THRESHOLDS: Required<DivergenceThresholds> = {
  gapThreshold: 0.5,
  consensusThreshold: 0.5,
  spreadMinN: 2,
};

/**
 * What the divergences of one cycle need, by bucket (see `Tally`): who each bucket
 * is and its shared parties, the thresholds, and the list the prompts go to.
 */
export interface DivergenceScope {
  thresholds: Required<DivergenceThresholds>;
  layout: BucketLayout;
  /** A gap is read only between rows where at least this many people gave a level. */
  minGroupSize: number;
  identities: PartyIdentity[];
  tables: Map<number, DivergenceParty>[];
  shared: SharedParties;
  found: Divergence[];
}

export function divergenceScope(
  groups: readonly StakeholderGroup[],
  thresholds: Required<DivergenceThresholds>,
  shared: SharedParties,
  minGroupSize: number,
): DivergenceScope {
  const identities: PartyIdentity[] = [{ kind: "overall", key: "overall" }];
  for (const group of groups) {
    identities.push({ kind: "group", key: group.id, label: group.label, side: group.side });
  }
  for (const side of SIDES) identities.push({ kind: "side", key: side, side });
  for (const perspective of PERSPECTIVES)
    identities.push({ kind: "perspective", key: perspective });
  return {
    thresholds,
    layout: new BucketLayout(groups.length),
    minGroupSize,
    identities,
    // The same name in every cycle for the same group (id, label, side), side or perspective.
    tables: identities.map((identity) =>
      shared.tableOf(JSON.stringify([identity.kind, identity.key, identity.label, identity.side])),
    ),
    shared,
    found: [],
  };
}

function partyOf(
  scope: DivergenceScope,
  bucket: number,
  median: number,
  n: number,
): DivergenceParty {
  return scope.shared.partyOf(
    scope.identities[bucket] as PartyIdentity,
    scope.tables[bucket] as Map<number, DivergenceParty>,
    median,
    n,
  );
}

/** Flags the gap between two shown buckets' medians when it reaches the threshold. */
function compareBuckets(
  scope: DivergenceScope,
  kind: DivergenceKind,
  criterion: CriterionEntryPlan,
  range: number,
  buckets: BucketScratch,
  a: number,
  b: number,
): void {
  const medianA = buckets.medians[a] as number;
  const medianB = buckets.medians[b] as number;
  const gap = Math.abs(medianA - medianB);
  // NaN: one of them has no valued answer, so no median.
  if (Number.isNaN(gap)) return;
  const normalisedGap = gap / range;
  if (normalisedGap < scope.thresholds.gapThreshold) return;
  scope.found.push({
    kind,
    criterionId: criterion.criterion.id,
    criterionLabel: criterion.criterion.label,
    dimensionId: criterion.dimension.id,
    a: partyOf(scope, a, medianA, buckets.valued[a] as number),
    b: partyOf(scope, b, medianB, buckets.valued[b] as number),
    gap,
    normalisedGap,
    consensus: null,
  });
}

/**
 * "Worth discussing" prompts of one criterion, appended to `scope.found`, read from
 * its primary indicator's shown buckets only (`buckets.status`), so a withheld row can
 * never appear: a gap between the medians of two shown groups, of internal and
 * external, or of self-view and peer-view, each with at least k levels given (a median
 * of one or two answers is no group's view), when gap / (max − min) reaches
 * `gapThreshold`; and a high spread when the overall consensus is below
 * `consensusThreshold` with at least `spreadMinN` valued ratings.
 */
export function criterionDivergences(
  scope: DivergenceScope,
  criterion: CriterionEntryPlan,
  range: number,
  buckets: BucketScratch,
): void {
  const { layout } = scope;
  const shown = (bucket: number) =>
    buckets.status[bucket] === RowStatus.shown &&
    (buckets.valued[bucket] as number) >= scope.minGroupSize;
  for (let i = 0; i < layout.groupCount; i++) {
    const a = layout.group(i);
    if (!shown(a)) continue;
    for (let j = i + 1; j < layout.groupCount; j++) {
      const b = layout.group(j);
      if (shown(b)) compareBuckets(scope, "groups", criterion, range, buckets, a, b);
    }
  }
  const internal = layout.sideOf("internal");
  const external = layout.sideOf("external");
  if (shown(internal) && shown(external)) {
    compareBuckets(scope, "sides", criterion, range, buckets, internal, external);
  }
  const self = layout.perspective(0);
  const peer = layout.perspective(1);
  if (shown(self) && shown(peer)) {
    compareBuckets(scope, "perspectives", criterion, range, buckets, self, peer);
  }

  const overall = buckets.stats[BucketLayout.overall];
  const { spreadMinN, consensusThreshold } = scope.thresholds;
  if (
    overall !== undefined &&
    buckets.status[BucketLayout.overall] === RowStatus.shown &&
    overall.consensus !== null &&
    overall.median !== null &&
    overall.n >= spreadMinN &&
    overall.consensus < consensusThreshold
  ) {
    scope.found.push({
      kind: "spread",
      criterionId: criterion.criterion.id,
      criterionLabel: criterion.criterion.label,
      dimensionId: criterion.dimension.id,
      a: partyOf(scope, BucketLayout.overall, overall.median, overall.n),
      b: null,
      gap: null,
      normalisedGap: null,
      consensus: overall.consensus,
    });
  }
}

/**
 * Sorts a cycle's prompts in place: gaps first, largest normalised gap first; then
 * spreads, lowest consensus first. Equal keys keep the grid's order (the sort is stable).
 */
export function sortDivergences(divergences: Divergence[]): Divergence[] {
  return divergences.sort((a, b) => {
    if (a.normalisedGap !== null && b.normalisedGap !== null)
      return b.normalisedGap - a.normalisedGap;
    if (a.normalisedGap !== null) return -1;
    if (b.normalisedGap !== null) return 1;
    return (a.consensus ?? 0) - (b.consensus ?? 0);
  });
}
