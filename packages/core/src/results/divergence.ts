import type { StakeholderGroup } from "../model/organisation.ts";
import type { BucketScratch } from "./breakdown.ts";
import type { CriterionEntryPlan } from "./plan.ts";
import type { OrdinalStats } from "./statistics.ts";
import { OVERALL_BUCKET, PERSPECTIVES, SIDES } from "./tally.ts";
import type { Divergence, DivergenceKind, DivergenceParty, DivergenceThresholds } from "./types.ts";

export const DEFAULT_DIVERGENCE_THRESHOLDS: Required<DivergenceThresholds> = {
  gapThreshold: 0.5,
  consensusThreshold: 0.5,
  spreadMinN: 2,
};

/** Who a party is, without its figures: a group, a side, a perspective or everyone. */
interface PartyIdentity {
  kind: DivergenceParty["kind"];
  key: string;
  label?: string;
  side?: DivergenceParty["side"];
}

/** Parties kept per identity; past this, new ones are simply not shared. */
const MAX_SHARED_PARTIES = 16_384;
/** (n, median) packed into a small integer: medians are whole or half levels in −100…100. */
const MEDIAN_SLOTS = 512;

/**
 * Divergence parties, shared between every result on the same grid object: the
 * prompts of a network name the same few groups with the same few medians and sizes
 * thousands of times, and each copy would survive as long as the results.
 */
export class SharedParties {
  private readonly byIdentity = new Map<string, Map<number, DivergenceParty>>();
  private size = 0;

  /** The shared parties of one identity, by figures (see `partyOf`). */
  tableOf(identity: string): Map<number, DivergenceParty> {
    let table = this.byIdentity.get(identity);
    if (table === undefined) {
      table = new Map();
      this.byIdentity.set(identity, table);
    }
    return table;
  }

  /** The party `identity` with `median` and `n`, frozen and shared where possible. */
  partyOf(
    identity: PartyIdentity,
    table: Map<number, DivergenceParty>,
    median: number,
    n: number,
  ): DivergenceParty {
    const halves = median * 2 + MEDIAN_SLOTS / 2;
    const shareable = Number.isInteger(halves) && halves >= 0 && halves < MEDIAN_SLOTS;
    const key = n * MEDIAN_SLOTS + halves;
    if (shareable) {
      const known = table.get(key);
      if (known !== undefined) return known;
    }
    const party: DivergenceParty = { kind: identity.kind, key: identity.key, median, n };
    if (identity.label !== undefined) party.label = identity.label;
    if (identity.side !== undefined) party.side = identity.side;
    if (!shareable || this.size >= MAX_SHARED_PARTIES) return party;
    this.size++;
    table.set(key, Object.freeze(party));
    return party;
  }
}

/**
 * What the divergences of one cycle need, by bucket (see `Tally`): who each bucket
 * is and its shared parties, the thresholds, and the list the prompts go to.
 */
export interface DivergenceScope {
  thresholds: Required<DivergenceThresholds>;
  groupCount: number;
  identities: PartyIdentity[];
  tables: Map<number, DivergenceParty>[];
  shared: SharedParties;
  found: Divergence[];
}

export function divergenceScope(
  groups: readonly StakeholderGroup[],
  thresholds: Required<DivergenceThresholds>,
  shared: SharedParties,
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
    groupCount: groups.length,
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
 * its primary indicator's shown buckets only (`buckets.shown`), so a hidden group
 * can never appear: a gap between the medians of two shown groups, of internal and
 * external, or of self-view and peer-view, when gap / (max − min) reaches
 * `gapThreshold`; and a high spread when the overall consensus is below
 * `consensusThreshold` with at least `spreadMinN` valued ratings.
 */
export function criterionDivergences(
  scope: DivergenceScope,
  criterion: CriterionEntryPlan,
  range: number,
  buckets: BucketScratch,
): void {
  const { groupCount } = scope;
  const { shown } = buckets;
  for (let i = 1; i <= groupCount; i++) {
    if (shown[i] === 0) continue;
    for (let j = i + 1; j <= groupCount; j++) {
      if (shown[j] === 1) compareBuckets(scope, "groups", criterion, range, buckets, i, j);
    }
  }
  const internal = 1 + groupCount;
  const external = internal + 1;
  if (shown[internal] === 1 && shown[external] === 1) {
    compareBuckets(scope, "sides", criterion, range, buckets, internal, external);
  }
  const self = 3 + groupCount;
  const peer = self + 1;
  if (shown[self] === 1 && shown[peer] === 1) {
    compareBuckets(scope, "perspectives", criterion, range, buckets, self, peer);
  }

  const overall = buckets.stats[OVERALL_BUCKET] as OrdinalStats;
  const { spreadMinN, consensusThreshold } = scope.thresholds;
  if (
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
      a: partyOf(scope, OVERALL_BUCKET, overall.median, overall.n),
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
