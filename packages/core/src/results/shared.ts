import { type OrdinalStats, ordinalStatsFromCounts } from "./statistics.ts";

/**
 * At most this many statistics are kept per scale. Small groups repeat the same few
 * distributions endlessly; past the bound, new ones are simply not shared.
 */
export const MAX_SHARED_STATS = 16_384;

/** Packed keys stay small integers (V8's "Smi"): a Map looks them up without boxing a number. */
const KEY_BITS = 30;

function frozenStats(stats: OrdinalStats): OrdinalStats {
  Object.freeze(stats.distribution);
  return Object.freeze(stats);
}

/**
 * The statistics of one scale (one list of level values), shared between every
 * result computed on the same grid object: equal counts give the same frozen
 * object. A network's results then hold a few thousand distinct statistics instead
 * of hundreds of thousands of copies, which is what their garbage collection costs.
 */
export class SharedOrdinalStats {
  private readonly byCounts = new Map<number, OrdinalStats>();
  /**
   * Counts are packed into one number, one digit per level, N/A and don't know;
   * counts too large for a digit are not shared (large groups rarely repeat anyway).
   */
  private readonly radix: number;

  constructor(readonly values: readonly number[]) {
    this.radix = 2 ** Math.floor(KEY_BITS / (values.length + 2));
  }

  /** The statistics of `counts[base + k]` raters per level, `na` and `dontKnow`. */
  of(counts: ArrayLike<number>, base: number, na: number, dontKnow: number): OrdinalStats {
    const { radix, values } = this;
    let key = 0;
    let fits = na < radix && dontKnow < radix;
    for (let k = 0; fits && k < values.length; k++) {
      const count = counts[base + k] as number;
      fits = count < radix;
      key = key * radix + count;
    }
    if (!fits) return ordinalStatsFromCounts(values, counts, base, na, dontKnow);
    key = (key * radix + na) * radix + dontKnow;
    const known = this.byCounts.get(key);
    if (known !== undefined) return known;
    const stats = ordinalStatsFromCounts(values, counts, base, na, dontKnow);
    if (this.byCounts.size >= MAX_SHARED_STATS) return stats;
    const shared = frozenStats(stats);
    this.byCounts.set(key, shared);
    return shared;
  }
}
