import type { OrdinalStats } from "./statistics.ts";
import type {
  CriterionResult,
  Divergence,
  DivergenceKind,
  DivergenceParty,
  DivergenceThresholds,
} from "./types.ts";

export const DEFAULT_DIVERGENCE_THRESHOLDS: Required<DivergenceThresholds> = {
  gapThreshold: 0.5,
  consensusThreshold: 0.5,
  spreadMinN: 2,
};

function party(
  kind: DivergenceParty["kind"],
  key: string,
  stats: OrdinalStats,
  extra: Pick<DivergenceParty, "label" | "side"> = {},
): DivergenceParty | null {
  if (stats.median === null) return null;
  return { kind, key, ...extra, median: stats.median, n: stats.n };
}

/**
 * "Worth discussing" prompts of one criterion, from its shown breakdown only (so a
 * hidden group can never appear): a gap between the medians of two shown groups,
 * of internal and external, or of self-view and peer-view, when gap / (max − min)
 * reaches `gapThreshold`; and a high spread when the overall consensus is below
 * `consensusThreshold` with at least `spreadMinN` valued ratings.
 */
export function criterionDivergences(
  criterion: CriterionResult,
  thresholds: Required<DivergenceThresholds>,
): Divergence[] {
  const stats = criterion.stats;
  const levels = criterion.levels;
  if (stats === null || levels === null) return [];
  const range = (levels[levels.length - 1]?.value as number) - (levels[0]?.value as number);
  const found: Divergence[] = [];
  const base = {
    criterionId: criterion.criterionId,
    criterionLabel: criterion.label,
    dimensionId: criterion.dimensionId,
  };
  const compare = (kind: DivergenceKind, a: DivergenceParty | null, b: DivergenceParty | null) => {
    if (a === null || b === null) return;
    const gap = Math.abs(a.median - b.median);
    const normalisedGap = gap / range;
    if (normalisedGap >= thresholds.gapThreshold) {
      found.push({ kind, ...base, a, b, gap, normalisedGap, consensus: null });
    }
  };

  const groups = stats.groups.map((g) =>
    party("group", g.groupId, g.stats, { label: g.label, side: g.side }),
  );
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++)
      compare("groups", groups[i] ?? null, groups[j] ?? null);
  }
  const internal = stats.sides.find((s) => s.side === "internal");
  const external = stats.sides.find((s) => s.side === "external");
  if (internal && external) {
    compare(
      "sides",
      party("side", "internal", internal.stats, { side: "internal" }),
      party("side", "external", external.stats, { side: "external" }),
    );
  }
  const self = stats.perspectives.find((p) => p.perspective === "self");
  const peer = stats.perspectives.find((p) => p.perspective === "peer");
  if (self && peer) {
    compare(
      "perspectives",
      party("perspective", "self", self.stats),
      party("perspective", "peer", peer.stats),
    );
  }

  const overall = stats.overall;
  if (
    overall.consensus !== null &&
    overall.n >= thresholds.spreadMinN &&
    overall.consensus < thresholds.consensusThreshold
  ) {
    const everyone = party("overall", "overall", overall);
    if (everyone !== null) {
      found.push({
        kind: "spread",
        ...base,
        a: everyone,
        b: null,
        gap: null,
        normalisedGap: null,
        consensus: overall.consensus,
      });
    }
  }
  return found;
}

/**
 * All prompts of a cycle: gaps first, largest normalised gap first; then spreads,
 * lowest consensus first. Equal keys keep the grid's order.
 */
export function sortDivergences(divergences: Divergence[]): Divergence[] {
  return divergences
    .map((divergence, order) => ({ divergence, order }))
    .sort((x, y) => {
      const a = x.divergence;
      const b = y.divergence;
      if (a.normalisedGap !== null && b.normalisedGap !== null) {
        return b.normalisedGap - a.normalisedGap || x.order - y.order;
      }
      if (a.normalisedGap !== null) return -1;
      if (b.normalisedGap !== null) return 1;
      return (a.consensus ?? 0) - (b.consensus ?? 0) || x.order - y.order;
    })
    .map(({ divergence }) => divergence);
}
