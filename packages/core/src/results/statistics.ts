/**
 * Order statistics and consensus for ordinal ratings, computed from counts per level.
 *
 * Ratings on an ordinal scale are not interval data, so results carry the full
 * distribution, the median, the quartiles and a consensus measure, never a mean.
 * Everything here works on counts per level (never on sorted lists of ratings),
 * which keeps a cycle's results linear in the number of ratings.
 *
 * How a median and quartiles are taken (quoted in the user documentation):
 * - Quartiles use linear interpolation between order statistics, "type 7" of
 *   Hyndman and Fan, the method of spreadsheets' QUARTILE.INC / QUARTILE and of R's
 *   default: sort the n valued ratings x(1) ≤ … ≤ x(n), take h = (n − 1)·p + 1 and
 *   return x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋ + 1) − x(⌊h⌋)). A spreadsheet user can check
 *   every figure with =QUARTILE.INC(range; 1), =MEDIAN(range), =QUARTILE.INC(range; 3).
 * - The median is the same rule with p = ½: with an odd n it is the middle rating;
 *   with an even n it is the midpoint of the two middle ratings, which may fall
 *   halfway between two levels (e.g. 2.5: "between 2 and 3").
 * - "Not applicable" and "don't know" are counted and shown but never enter a
 *   median, a quartile or the consensus.
 *
 * Consensus (Tastle and Wierman, 2007): Cns = 1 + Σ pᵢ·log₂(1 − |Xᵢ − μ| / d), over
 * the levels Xᵢ with their shares pᵢ of valued ratings, μ the mean level and
 * d = highest level − lowest level of the scale. It is 1 when everyone gives the
 * same level and 0 when the ratings split evenly between the two extremes.
 */

/** Counts per level, in scale order, for one group of raters. */
export interface LevelCount {
  readonly value: number;
  readonly count: number;
}

const SHARED_MAX_COUNT = 64;
const SHARED_MIN_VALUE = -100;
const SHARED_MAX_VALUE = 100;
const sharedLevelCounts: (LevelCount | undefined)[] = new Array(
  (SHARED_MAX_VALUE - SHARED_MIN_VALUE + 1) * SHARED_MAX_COUNT,
).fill(undefined);

/**
 * A `{ value, count }` entry. Distributions repeat the same small entries endlessly,
 * so those are shared, frozen objects: results of large networks stay small.
 */
function levelCount(value: number, count: number): LevelCount {
  if (count >= SHARED_MAX_COUNT || value < SHARED_MIN_VALUE || value > SHARED_MAX_VALUE) {
    return { value, count };
  }
  const key = (value - SHARED_MIN_VALUE) * SHARED_MAX_COUNT + count;
  let entry = sharedLevelCounts[key];
  if (entry === undefined) {
    entry = Object.freeze({ value, count });
    sharedLevelCounts[key] = entry;
  }
  return entry;
}

/** The distribution and summary of the ratings of one indicator by one set of raters. */
export interface OrdinalStats {
  /** Valued answers: raters who gave a level of the scale. */
  n: number;
  /** "Not applicable" answers: counted and shown, never a value. */
  na: number;
  /** "Don't know" answers: counted and shown, never a value. */
  dontKnow: number;
  /** All answers: n + na + dontKnow. */
  answers: number;
  /** One entry for every level of the scale, in scale order, including levels nobody chose. */
  distribution: LevelCount[];
  /** Null when n = 0. May fall halfway between two levels when n is even. */
  median: number | null;
  /** First quartile, linear interpolation (QUARTILE.INC); null when n = 0. */
  q1: number | null;
  /** Third quartile, linear interpolation (QUARTILE.INC); null when n = 0. */
  q3: number | null;
  /** q3 − q1, in scale units; null when n = 0. */
  iqr: number | null;
  /** Tastle–Wierman consensus in [0, 1]; null when n = 0. */
  consensus: number | null;
  /** na / answers; null when nobody answered. */
  shareNa: number | null;
  /** dontKnow / answers; null when nobody answered. */
  shareDontKnow: number | null;
}

export interface OrderSummary {
  n: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  consensus: number | null;
}

/** Interpolates between the values at ranks ⌊h⌋ and ⌊h⌋ + 1 (type 7). */
function interpolate(low: number, high: number, h: number): number {
  const fraction = h - Math.floor(h);
  return fraction === 0 ? low : low + fraction * (high - low);
}

/**
 * Median, quartiles and consensus of the multiset where `values[k]` (increasing)
 * occurs `counts[base + k]` times; `spread` (d) is the scale's highest minus lowest
 * level. One walk over the counts finds the six order statistics the quartiles need.
 */
export function summariseCounts(
  values: ArrayLike<number>,
  counts: ArrayLike<number>,
  base: number,
  spread: number,
): OrderSummary {
  const levels = values.length;
  let n = 0;
  let sum = 0;
  for (let k = 0; k < levels; k++) {
    const count = counts[base + k] as number;
    n += count;
    sum += count * (values[k] as number);
  }
  if (n === 0) return { n, median: null, q1: null, q3: null, consensus: null };

  const h1 = (n - 1) * 0.25;
  const h2 = (n - 1) * 0.5;
  const h3 = (n - 1) * 0.75;
  const r1 = Math.floor(h1);
  const r2 = Math.floor(h2);
  const r3 = Math.floor(h3);
  // The values at 0-based ranks r and r + 1, for each quartile; NaN until the walk reaches them.
  let low1 = Number.NaN;
  let high1 = Number.NaN;
  let low2 = Number.NaN;
  let high2 = Number.NaN;
  let low3 = Number.NaN;
  let high3 = Number.NaN;
  const mean = sum / n;
  let logSum = 0;
  let cumulative = 0;
  for (let k = 0; k < levels; k++) {
    const count = counts[base + k] as number;
    if (count === 0) continue;
    const value = values[k] as number;
    cumulative += count;
    if (Number.isNaN(low1) && r1 < cumulative) low1 = value;
    if (Number.isNaN(high1) && r1 + 1 < cumulative) high1 = value;
    if (Number.isNaN(low2) && r2 < cumulative) low2 = value;
    if (Number.isNaN(high2) && r2 + 1 < cumulative) high2 = value;
    if (Number.isNaN(low3) && r3 < cumulative) low3 = value;
    if (Number.isNaN(high3) && r3 + 1 < cumulative) high3 = value;
    // Levels nobody chose are skipped above: 0·log 0 would be NaN at an extreme.
    logSum += (count / n) * Math.log2(1 - Math.abs(value - mean) / spread);
  }
  return {
    n,
    median: interpolate(low2, high2, h2),
    q1: interpolate(low1, high1, h1),
    q3: interpolate(low3, high3, h3),
    consensus: Math.min(1, Math.max(0, 1 + logSum)),
  };
}

/**
 * The median alone of the multiset of `summariseCounts` over its `n` values (n > 0),
 * the same number `summariseCounts` gives: for callers that only compare medians.
 */
export function medianOfCounts(
  values: ArrayLike<number>,
  counts: ArrayLike<number>,
  base: number,
  n: number,
): number {
  const h = (n - 1) * 0.5;
  const rank = Math.floor(h);
  let low = Number.NaN;
  let cumulative = 0;
  for (let k = 0; k < values.length; k++) {
    cumulative += counts[base + k] as number;
    if (Number.isNaN(low) && rank < cumulative) low = values[k] as number;
    if (rank + 1 < cumulative) return interpolate(low, values[k] as number, h);
  }
  return interpolate(low, Number.NaN, h);
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * Ordinal statistics from counts per level: `counts[base + k]` raters chose `values[k]`.
 * `values` are the scale's levels in increasing order.
 */
export function ordinalStatsFromCounts(
  values: readonly number[],
  counts: ArrayLike<number>,
  base: number,
  na: number,
  dontKnow: number,
): OrdinalStats {
  const spread = (values[values.length - 1] as number) - (values[0] as number);
  const summary = summariseCounts(values, counts, base, spread);
  const distribution: LevelCount[] = new Array(values.length);
  for (let k = 0; k < values.length; k++) {
    distribution[k] = levelCount(values[k] as number, counts[base + k] as number);
  }
  const answers = summary.n + na + dontKnow;
  return {
    n: summary.n,
    na,
    dontKnow,
    answers,
    distribution,
    median: summary.median,
    q1: summary.q1,
    q3: summary.q3,
    iqr: summary.q1 === null || summary.q3 === null ? null : summary.q3 - summary.q1,
    consensus: summary.consensus,
    shareNa: share(na, answers),
    shareDontKnow: share(dontKnow, answers),
  };
}

/** Ordinal statistics of a plain list of answers on a scale (levels in increasing order). */
export function ordinalStats(
  levelValues: readonly number[],
  answers: readonly (number | "na" | "dontKnow")[],
): OrdinalStats {
  const counts = new Array<number>(levelValues.length).fill(0);
  let na = 0;
  let dontKnow = 0;
  for (const answer of answers) {
    if (answer === "na") na++;
    else if (answer === "dontKnow") dontKnow++;
    else {
      const index = levelValues.indexOf(answer);
      if (index >= 0) counts[index] = (counts[index] as number) + 1;
    }
  }
  return ordinalStatsFromCounts(levelValues, counts, 0, na, dontKnow);
}

/** Position of a level (or a median between levels) on 0..1: (x − min) / (max − min). */
export function normalisePosition(value: number, min: number, max: number): number {
  return (value - min) / (max - min);
}
