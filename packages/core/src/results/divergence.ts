import type { OrdinalStats } from "./statistics.ts";
import type {
  CriterionResult,
  Divergence,
  DivergenceKind,
  DivergenceParty,
  DivergenceThresholds,
  SideStats,
} from "./types.ts";

export const DEFAULT_DIVERGENCE_THRESHOLDS: Required<DivergenceThresholds> = {
  gapThreshold: 0.5,
  consensusThreshold: 0.5,
  spreadMinN: 2,
};

/** Shown breakdown entries reduced to what a comparison needs. */
interface Candidate {
  kind: DivergenceParty["kind"];
  key: string;
  label: string | undefined;
  side: DivergenceParty["side"];
  stats: OrdinalStats;
}

function toParty(candidate: Candidate): DivergenceParty {
  const party: DivergenceParty = {
    kind: candidate.kind,
    key: candidate.key,
    median: candidate.stats.median as number,
    n: candidate.stats.n,
  };
  if (candidate.label !== undefined) party.label = candidate.label;
  if (candidate.side !== undefined) party.side = candidate.side;
  return party;
}

function pushGap(
  found: Divergence[],
  kind: DivergenceKind,
  criterion: CriterionResult,
  range: number,
  gapThreshold: number,
  a: Candidate,
  b: Candidate,
): void {
  if (a.stats.median === null || b.stats.median === null) return;
  const gap = Math.abs(a.stats.median - b.stats.median);
  const normalisedGap = gap / range;
  if (normalisedGap < gapThreshold) return;
  found.push({
    kind,
    criterionId: criterion.criterionId,
    criterionLabel: criterion.label,
    dimensionId: criterion.dimensionId,
    a: toParty(a),
    b: toParty(b),
    gap,
    normalisedGap,
    consensus: null,
  });
}

/**
 * "Worth discussing" prompts of one criterion, appended to `found`, read from its
 * shown breakdown only (so a hidden group can never appear): a gap between the
 * medians of two shown groups, of internal and external, or of self-view and
 * peer-view, when gap / (max − min) reaches `gapThreshold`; and a high spread when
 * the overall consensus is below `consensusThreshold` with at least `spreadMinN`
 * valued ratings.
 */
export function criterionDivergences(
  criterion: CriterionResult,
  thresholds: Required<DivergenceThresholds>,
  found: Divergence[] = [],
): Divergence[] {
  const stats = criterion.stats;
  const levels = criterion.levels;
  if (stats === null || levels === null) return found;
  const range = (levels[levels.length - 1]?.value as number) - (levels[0]?.value as number);
  const { gapThreshold } = thresholds;

  const groups = stats.groups;
  for (let i = 0; i < groups.length; i++) {
    const gi = groups[i] as (typeof groups)[number];
    for (let j = i + 1; j < groups.length; j++) {
      const gj = groups[j] as (typeof groups)[number];
      const a: Candidate = {
        kind: "group",
        key: gi.groupId,
        label: gi.label,
        side: gi.side,
        stats: gi.stats,
      };
      const b: Candidate = {
        kind: "group",
        key: gj.groupId,
        label: gj.label,
        side: gj.side,
        stats: gj.stats,
      };
      pushGap(found, "groups", criterion, range, gapThreshold, a, b);
    }
  }
  if (stats.sides.length === 2) {
    const [internal, external] = stats.sides as [SideStats, SideStats];
    pushGap(
      found,
      "sides",
      criterion,
      range,
      gapThreshold,
      { kind: "side", key: "internal", label: undefined, side: "internal", stats: internal.stats },
      { kind: "side", key: "external", label: undefined, side: "external", stats: external.stats },
    );
  }
  let self: OrdinalStats | undefined;
  let peer: OrdinalStats | undefined;
  for (const entry of stats.perspectives) {
    if (entry.perspective === "self") self = entry.stats;
    else if (entry.perspective === "peer") peer = entry.stats;
  }
  if (self !== undefined && peer !== undefined) {
    pushGap(
      found,
      "perspectives",
      criterion,
      range,
      gapThreshold,
      { kind: "perspective", key: "self", label: undefined, side: undefined, stats: self },
      { kind: "perspective", key: "peer", label: undefined, side: undefined, stats: peer },
    );
  }

  const overall = stats.overall;
  if (
    overall.consensus !== null &&
    overall.median !== null &&
    overall.n >= thresholds.spreadMinN &&
    overall.consensus < thresholds.consensusThreshold
  ) {
    found.push({
      kind: "spread",
      criterionId: criterion.criterionId,
      criterionLabel: criterion.label,
      dimensionId: criterion.dimensionId,
      a: { kind: "overall", key: "overall", median: overall.median, n: overall.n },
      b: null,
      gap: null,
      normalisedGap: null,
      consensus: overall.consensus,
    });
  }
  return found;
}

/**
 * All prompts of a cycle: gaps first, largest normalised gap first; then spreads,
 * lowest consensus first. Equal keys keep the grid's order (the sort is stable).
 */
export function sortDivergences(divergences: Divergence[]): Divergence[] {
  return [...divergences].sort((a, b) => {
    if (a.normalisedGap !== null && b.normalisedGap !== null)
      return b.normalisedGap - a.normalisedGap;
    if (a.normalisedGap !== null) return -1;
    if (b.normalisedGap !== null) return 1;
    return (a.consensus ?? 0) - (b.consensus ?? 0);
  });
}
