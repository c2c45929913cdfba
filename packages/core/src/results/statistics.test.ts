import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { medianOfCounts, normalisePosition, ordinalStats, summariseCounts } from "./statistics.ts";

/** QUARTILE.INC computed the textbook way, on a sorted copy. */
function spreadsheetQuartile(values: number[], probability: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * probability;
  const low = Math.floor(h);
  const lowValue = sorted[low] as number;
  const highValue = sorted[Math.min(low + 1, sorted.length - 1)] as number;
  return lowValue + (h - low) * (highValue - lowValue);
}

const scaleArbitrary = fc
  .uniqueArray(fc.integer({ min: -10, max: 10 }), { minLength: 2, maxLength: 11 })
  .map((values) => values.sort((a, b) => a - b));

const scaleWithAnswers = scaleArbitrary.chain((levels) =>
  fc.record({
    levels: fc.constant(levels),
    valued: fc.array(fc.constantFrom(...levels), { maxLength: 60 }),
    na: fc.nat({ max: 20 }),
    dontKnow: fc.nat({ max: 20 }),
  }),
);

describe("ordinalStats", () => {
  it("takes the midpoint of the two middle ratings when n is even, and quartiles as QUARTILE.INC", () => {
    const stats = ordinalStats([1, 2, 3, 4], [1, 2, 3, 4]);
    expect(stats.median).toBe(2.5);
    expect(stats.q1).toBe(1.75);
    expect(stats.q3).toBe(3.25);
    expect(stats.iqr).toBe(1.5);
  });

  it("takes the middle rating when n is odd", () => {
    const stats = ordinalStats([1, 2, 3, 4], [4, 1, 2, 1, 3]);
    expect(stats.median).toBe(2);
    expect(stats.q1).toBe(1);
    expect(stats.q3).toBe(3);
  });

  it("lists every level of the scale, chosen or not, and counts N/A and don't know apart", () => {
    const stats = ordinalStats([1, 2, 3, 4, 5], [2, 2, "na", 5, "dontKnow", "dontKnow"]);
    expect(stats.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 2 },
      { value: 3, count: 0 },
      { value: 4, count: 0 },
      { value: 5, count: 1 },
    ]);
    expect(stats).toMatchObject({ n: 3, na: 1, dontKnow: 2, answers: 6, median: 2 });
    expect(stats.shareNa).toBeCloseTo(1 / 6);
    expect(stats.shareDontKnow).toBeCloseTo(2 / 6);
  });

  it("gives no median, quartile, consensus or share without answers", () => {
    const stats = ordinalStats([1, 2, 3], []);
    expect(stats).toMatchObject({
      n: 0,
      answers: 0,
      median: null,
      q1: null,
      q3: null,
      iqr: null,
      consensus: null,
      shareNa: null,
      shareDontKnow: null,
    });
  });

  it("computes Tastle–Wierman consensus on a spread-out distribution", () => {
    // One rating per level of 1–4: μ = 2.5, d = 3, distances 1/2, 1/6, 1/6, 1/2.
    const expected = 1 + 0.5 * Math.log2(0.5) + 0.5 * Math.log2(5 / 6);
    expect(ordinalStats([1, 2, 3, 4], [1, 2, 3, 4]).consensus).toBeCloseTo(expected, 12);
  });

  it("uses the level values, not their ranks, on unevenly spaced scales", () => {
    const stats = ordinalStats([0, 1, 5], [0, 1, 1, 5]);
    expect(stats.median).toBe(1);
    const mean = 7 / 4;
    const term = (x: number) => Math.log2(1 - Math.abs(x - mean) / 5);
    expect(stats.consensus).toBeCloseTo(1 + 0.25 * term(0) + 0.5 * term(1) + 0.25 * term(5), 12);
  });
});

describe("ordinalStats properties", () => {
  it("counts add up: the distribution sums to n, and n + na + dontKnow = answers", () => {
    fc.assert(
      fc.property(scaleWithAnswers, ({ levels, valued, na, dontKnow }) => {
        const stats = ordinalStats(levels, [
          ...valued,
          ...Array<"na">(na).fill("na"),
          ...Array<"dontKnow">(dontKnow).fill("dontKnow"),
        ]);
        expect(stats.distribution.reduce((sum, level) => sum + level.count, 0)).toBe(stats.n);
        expect(stats.n).toBe(valued.length);
        expect(stats.n + stats.na + stats.dontKnow).toBe(stats.answers);
        expect(stats.distribution.map((d) => d.value)).toEqual(levels);
      }),
    );
  });

  it("agrees with QUARTILE.INC and MEDIAN computed on the sorted ratings", () => {
    fc.assert(
      fc.property(scaleWithAnswers, ({ levels, valued }) => {
        fc.pre(valued.length > 0);
        const stats = ordinalStats(levels, valued);
        expect(stats.median).toBeCloseTo(spreadsheetQuartile(valued, 0.5), 12);
        expect(stats.q1).toBeCloseTo(spreadsheetQuartile(valued, 0.25), 12);
        expect(stats.q3).toBeCloseTo(spreadsheetQuartile(valued, 0.75), 12);
      }),
    );
  });

  it("N/A and don't know never change a median, a quartile or the consensus", () => {
    fc.assert(
      fc.property(scaleWithAnswers, ({ levels, valued, na, dontKnow }) => {
        const without = ordinalStats(levels, valued);
        const withThem = ordinalStats(levels, [
          ...Array<"na">(na).fill("na"),
          ...valued,
          ...Array<"dontKnow">(dontKnow).fill("dontKnow"),
        ]);
        expect(withThem.median).toBe(without.median);
        expect(withThem.q1).toBe(without.q1);
        expect(withThem.q3).toBe(without.q3);
        expect(withThem.consensus).toBe(without.consensus);
      }),
    );
  });

  it("medians and quartiles lie within the scale, in order, and consensus within [0, 1]", () => {
    fc.assert(
      fc.property(scaleWithAnswers, ({ levels, valued }) => {
        fc.pre(valued.length > 0);
        const stats = ordinalStats(levels, valued);
        const min = levels[0] as number;
        const max = levels[levels.length - 1] as number;
        const q1 = stats.q1 as number;
        const median = stats.median as number;
        const q3 = stats.q3 as number;
        const consensus = stats.consensus as number;
        expect(min).toBeLessThanOrEqual(q1);
        expect(q1).toBeLessThanOrEqual(median);
        expect(median).toBeLessThanOrEqual(q3);
        expect(q3).toBeLessThanOrEqual(max);
        expect(consensus).toBeGreaterThanOrEqual(0);
        expect(consensus).toBeLessThanOrEqual(1);
        const position = normalisePosition(median, min, max);
        expect(position).toBeGreaterThanOrEqual(0);
        expect(position).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("consensus is 1 when everyone gives the same level", () => {
    fc.assert(
      fc.property(
        scaleArbitrary.chain((levels) =>
          fc.tuple(
            fc.constant(levels),
            fc.constantFrom(...levels),
            fc.integer({ min: 1, max: 50 }),
          ),
        ),
        ([levels, level, count]) => {
          const stats = ordinalStats(levels, Array<number>(count).fill(level));
          expect(stats.consensus).toBe(1);
          expect(stats.iqr).toBe(0);
        },
      ),
    );
  });

  it("consensus is 0 when ratings split evenly between the two extremes", () => {
    fc.assert(
      fc.property(scaleArbitrary, fc.integer({ min: 1, max: 50 }), (levels, half) => {
        const min = levels[0] as number;
        const max = levels[levels.length - 1] as number;
        const answers = [...Array<number>(half).fill(min), ...Array<number>(half).fill(max)];
        expect(ordinalStats(levels, answers).consensus).toBeCloseTo(0, 12);
      }),
    );
  });
});

describe("medianOfCounts", () => {
  it("gives exactly the median of summariseCounts, read at any offset of the counts", () => {
    fc.assert(
      fc.property(scaleWithAnswers, fc.nat({ max: 5 }), ({ levels, valued }, offset) => {
        fc.pre(valued.length > 0);
        const counts = new Array<number>(offset + levels.length + 2).fill(7);
        for (let k = 0; k < levels.length; k++) {
          counts[offset + k] = valued.filter((value) => value === levels[k]).length;
        }
        const spread = (levels[levels.length - 1] as number) - (levels[0] as number);
        expect(medianOfCounts(levels, counts, offset, valued.length)).toBe(
          summariseCounts(levels, counts, offset, spread).median,
        );
        expect(medianOfCounts(levels, counts, offset, valued.length)).toBe(
          spreadsheetQuartile(valued, 0.5),
        );
      }),
    );
  });
});
