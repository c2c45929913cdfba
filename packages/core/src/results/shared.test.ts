import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Perspective, RatingValue } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import { computeResults, type ResultsContext } from "./compute.ts";
import { MAX_SHARED_STATS, SharedOrdinalStats } from "./shared.ts";
import { ordinalStatsFromCounts } from "./statistics.ts";
import {
  criterion,
  cycle,
  grid,
  organisation,
  participant,
  rating,
  scaleIndicator,
} from "./test-fixtures.ts";

describe("SharedOrdinalStats", () => {
  it("gives one frozen object for equal counts, with the figures computed from them", () => {
    const shared = new SharedOrdinalStats([1, 2, 3, 4]);
    const first = shared.of([9, 2, 3, 1, 0], 1, 1, 2);
    const again = shared.of(new Int32Array([2, 3, 1, 0]), 0, 1, 2);
    expect(again).toBe(first);
    expect(first).toEqual(ordinalStatsFromCounts([1, 2, 3, 4], [2, 3, 1, 0], 0, 1, 2));
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.distribution)).toBe(true);
    expect(shared.of([2, 3, 1, 0], 0, 0, 2)).not.toBe(first);
  });

  it("computes, without sharing, counts too large to pack", () => {
    const shared = new SharedOrdinalStats([1, 2, 3, 4]);
    const large = shared.of([40, 0, 0, 1], 0, 0, 0);
    expect(large).toEqual(ordinalStatsFromCounts([1, 2, 3, 4], [40, 0, 0, 1], 0, 0, 0));
    expect(Object.isFrozen(large)).toBe(false);
    expect(shared.of([40, 0, 0, 1], 0, 0, 0)).not.toBe(large);
  });

  it("stops sharing past its bound and still gives the right figures", () => {
    const shared = new SharedOrdinalStats([1, 2, 3, 4]);
    let made = 0;
    for (let a = 0; a < 32 && made < MAX_SHARED_STATS; a++) {
      for (let b = 0; b < 32 && made < MAX_SHARED_STATS; b++) {
        for (let c = 0; c < 32 && made < MAX_SHARED_STATS; c++, made++)
          shared.of([a, b, c, 1], 0, 0, 0);
      }
    }
    const past = shared.of([5, 5, 5, 5], 0, 3, 3);
    expect(past).toEqual(ordinalStatsFromCounts([1, 2, 3, 4], [5, 5, 5, 5], 0, 3, 3));
    expect(shared.of([5, 5, 5, 5], 0, 3, 3)).not.toBe(past);
    expect(shared.of([0, 0, 0, 1], 0, 0, 0)).toBe(shared.of([0, 0, 0, 1], 0, 0, 0));
  });
});

const GROUPS = [
  { id: "a", label: "A", side: "internal" as const },
  { id: "b", label: "B", side: "external" as const },
  { id: "c", label: "C", side: "external" as const },
];
const SCALES = [
  [1, 2, 3, 4],
  [0, 1, 5],
  [1, 2, 3, 4],
];

function sharedGrid(): Grid {
  return grid([
    {
      id: "d",
      criteria: SCALES.map((values, k) => criterion(`c${k}`, [scaleIndicator(`c${k}-i`, values)])),
    },
  ]);
}

interface Answer {
  person: number;
  criterion: number;
  value: RatingValue;
  perspective: Perspective;
}

const answerArbitrary: fc.Arbitrary<Answer> = fc.record({
  person: fc.nat(11),
  criterion: fc.nat(SCALES.length - 1),
  value: fc.oneof(fc.nat(5), fc.constantFrom<RatingValue>("na", "dontKnow")),
  perspective: fc.constantFrom<Perspective>("self", "peer", "external"),
});

function contextOf(onGrid: Grid, answers: Answer[], minGroupSize: number): ResultsContext {
  const people = Array.from({ length: 12 }, (_, k) =>
    participant(`p${k}`, (GROUPS[k % 3] as { id: string }).id),
  );
  return {
    grid: onGrid,
    organisation: organisation(GROUPS),
    cycle: cycle({
      participants: people,
      minGroupSize,
      ratings: answers.map((answer) =>
        rating({
          participantId: `p${answer.person}`,
          criterionId: `c${answer.criterion}`,
          indicatorId: `c${answer.criterion}-i`,
          value: answer.value,
          perspective: answer.perspective,
        }),
      ),
    }),
  };
}

describe("results shared between cycles on the same grid object", () => {
  it("are the results a fresh grid object gives, and share equal statistics and parties", () => {
    const onGrid = sharedGrid();
    fc.assert(
      fc.property(
        fc.array(fc.array(answerArbitrary, { maxLength: 60 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (cycles, minGroupSize) => {
          const shared = cycles.map((answers) =>
            computeResults(contextOf(onGrid, answers, minGroupSize), {
              audience: "internal",
              divergence: { gapThreshold: 0.2 },
            }),
          );
          for (let k = 0; k < cycles.length; k++) {
            const fresh = computeResults(
              contextOf(JSON.parse(JSON.stringify(onGrid)) as Grid, cycles[k] ?? [], minGroupSize),
              { audience: "internal", divergence: { gapThreshold: 0.2 } },
            );
            expect(shared[k]).toEqual(fresh);
            expect(JSON.stringify(shared[k])).toBe(JSON.stringify(fresh));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("hands out the same statistics and divergence parties to two cycles that agree", () => {
    const onGrid = sharedGrid();
    const answers = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((person) => ({
      person,
      criterion: 0,
      value: person % 3 === 0 ? 1 : 4,
      perspective: "self" as const,
    }));
    const first = computeResults(contextOf(onGrid, answers, 3), { audience: "internal" });
    const second = computeResults(contextOf(onGrid, answers, 3), { audience: "internal" });
    const [statsA, statsB] = [first, second].map((r) => r.indicators[0]?.stats.groups[0]?.stats);
    expect(statsA).toBeDefined();
    expect(statsB).toBe(statsA);
    expect(second.criteria[1]?.stories).toEqual({ total: 0, positive: 0, negative: 0, mixed: 0 });
    expect(first.divergences.length).toBeGreaterThan(0);
    expect(second.divergences[0]?.a).toBe(first.divergences[0]?.a);
    expect(Object.isFrozen(first.divergences[0]?.a)).toBe(true);
  });
});
