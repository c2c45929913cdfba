import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Perspective, Rating, RatingValue } from "../model/cycle.ts";
import type { Indicator } from "../model/grid.ts";
import type { Side } from "../model/organisation.ts";
import { computeResults, type ResultsContext } from "./compute.ts";
import {
  criterion,
  cycle,
  grid,
  organisation,
  participant,
  rating,
  scaleIndicator,
} from "./test-fixtures.ts";
import type { Breakdown, CycleResults } from "./types.ts";

const INDICATORS: { criterionId: string; indicator: Indicator; values: number[] }[] = [
  { criterionId: "c1", indicator: scaleIndicator("c1-i", [1, 2, 3, 4]), values: [1, 2, 3, 4] },
  { criterionId: "c1", indicator: scaleIndicator("c1-j", [0, 1, 5]), values: [0, 1, 5] },
  {
    criterionId: "c2",
    indicator: {
      id: "c2-i",
      label: "Oui ?",
      kind: "yesPartlyNo",
      allowNotApplicable: true,
      allowDontKnow: true,
    },
    values: [1, 2, 3],
  },
  {
    criterionId: "c3",
    indicator: scaleIndicator("c3-i", [1, 2, 3, 4, 5]),
    values: [1, 2, 3, 4, 5],
  },
];

const TIMES = [
  "2026-03-01T09:00:00Z",
  "2026-03-01T10:00:00Z",
  "2026-03-01T10:00:00+01:00",
  "2026-03-01T11:30:00.250Z",
];

interface Scenario {
  sides: Side[];
  members: number[];
  minGroupSize: number;
  ratings: {
    person: number;
    indicator: number;
    value: number | "na" | "dontKnow";
    round: 1 | 2;
    perspective: Perspective;
    time: number;
  }[];
}

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    sides: fc.array(fc.constantFrom<Side>("internal", "external"), { minLength: 1, maxLength: 4 }),
    minGroupSize: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ sides, minGroupSize }) =>
    fc.array(fc.integer({ min: 0, max: sides.length - 1 }), { maxLength: 14 }).chain((members) =>
      fc.record({
        sides: fc.constant(sides),
        members: fc.constant(members),
        minGroupSize: fc.constant(minGroupSize),
        ratings: fc.array(
          fc.record({
            // Up to two people not listed in the cycle: they count overall only.
            person: fc.integer({ min: 0, max: members.length + 1 }),
            indicator: fc.integer({ min: 0, max: INDICATORS.length - 1 }),
            value: fc.oneof(
              fc.integer({ min: 0, max: 5 }),
              fc.constant<"na">("na"),
              fc.constant<"dontKnow">("dontKnow"),
            ),
            round: fc.constantFrom<1 | 2>(1, 2),
            perspective: fc.constantFrom<Perspective>("self", "peer", "external"),
            time: fc.integer({ min: 0, max: TIMES.length - 1 }),
          }),
          { maxLength: 80 },
        ),
      }),
    ),
  );

/** Group ids and labels are unusual tokens, so their absence from a JSON text is meaningful. */
const groupId = (g: number) => `grpzq${g}x`;
const groupLabel = (g: number) => `Collège zq${g}x`;

function toContext(scenario: Scenario): ResultsContext {
  const byCriterion = new Map<string, Indicator[]>();
  for (const { criterionId, indicator } of INDICATORS) {
    byCriterion.set(criterionId, [...(byCriterion.get(criterionId) ?? []), indicator]);
  }
  return {
    grid: grid([
      {
        id: "d1",
        criteria: [
          criterion("c1", byCriterion.get("c1") ?? []),
          criterion("c2", byCriterion.get("c2") ?? []),
        ],
      },
      { id: "d2", criteria: [criterion("c3", byCriterion.get("c3") ?? [])] },
    ]),
    organisation: organisation(
      scenario.sides.map((side, g) => ({ id: groupId(g), label: groupLabel(g), side })),
    ),
    cycle: cycle({
      minGroupSize: scenario.minGroupSize,
      participants: scenario.members.map((g, p) => participant(`p${p}`, groupId(g))),
      ratings: scenario.ratings.map((r, k) => {
        const target = INDICATORS[r.indicator] as (typeof INDICATORS)[number];
        return rating({
          participantId: `p${r.person}`,
          criterionId: target.criterionId,
          indicatorId: target.indicator.id,
          value: r.value as RatingValue,
          round: r.round,
          perspective: r.perspective,
          createdAt: TIMES[r.time] as string,
          id: `00000000-0000-4000-8000-${k.toString(16).padStart(12, "0")}`,
        });
      }),
    }),
  };
}

/** Every row a breakdown shows: "everyone" when it is not withheld, then groups, sides, perspectives. */
function shownRows<S>(breakdown: Breakdown<S>): S[] {
  return [
    ...(breakdown.overall === null ? [] : [breakdown.overall]),
    ...breakdown.groups.map((g) => g.stats),
    ...breakdown.sides.map((s) => s.stats),
    ...breakdown.perspectives.map((p) => p.stats),
  ];
}

function everyBreakdown(results: CycleResults): Breakdown<{ n: number; answers: number }>[] {
  return [
    ...results.indicators.map((i) => i.stats),
    ...results.criteria.flatMap((c) => (c.stats ? [c.stats] : [])),
    ...results.dimensions.map((d) => d.stats),
  ];
}

/** The effective ratings the plain way: sort by time, keep the last per slot, then pick the round. */
function referenceEffective(ratings: readonly Rating[], round: 1 | 2 | "final"): Rating[] {
  const newest = new Map<string, Rating>();
  const ordered = [...ratings].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1),
  );
  for (const r of ordered) newest.set(`${r.participantId}|${r.indicatorId}|${r.round}`, r);
  const chosen = new Map<string, Rating>();
  for (const r of newest.values()) {
    const key = `${r.participantId}|${r.indicatorId}`;
    if (round !== "final" && r.round !== round) continue;
    const other = chosen.get(key);
    if (other === undefined || r.round === 2) chosen.set(key, r);
  }
  return [...chosen.values()];
}

describe("computeResults properties", () => {
  it("counts exactly the effective ratings of a plain reference, overall and per group, for every round", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.constantFrom<1 | 2 | "final">(1, 2, "final"),
        (scenario, round) => {
          const context = toContext(scenario);
          const results = computeResults(context, { audience: "internal", round });
          const effective = referenceEffective(context.cycle.ratings, round);
          const groupOf = new Map(context.cycle.participants.map((p) => [p.id, p.groupId]));
          for (const indicator of results.indicators) {
            const values = indicator.levels.map((l) => l.value);
            const mine = effective.filter((r) => r.indicatorId === indicator.indicatorId);
            const tally = (list: Rating[]) => ({
              distribution: values.map((value) => ({
                value,
                count: list.filter((r) => r.value === value).length,
              })),
              na: list.filter((r) => r.value === "na").length,
              dontKnow: list.filter((r) => r.value === "dontKnow").length,
            });
            if (indicator.stats.overall !== null) {
              expect(indicator.stats.overall).toMatchObject(tally(mine));
            }
            for (const group of indicator.stats.groups) {
              expect(group.stats).toMatchObject(
                tally(mine.filter((r) => groupOf.get(r.participantId) === group.groupId)),
              );
            }
          }
        },
      ),
    );
  });

  it("counts add up: distributions sum to n, n + na + dontKnow = answers, parts ≤ whole", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const results = computeResults(toContext(scenario), { audience: "internal" });
        for (const indicator of results.indicators) {
          for (const stats of shownRows(indicator.stats)) {
            expect(stats.distribution.reduce((sum, d) => sum + d.count, 0)).toBe(stats.n);
            expect(stats.n + stats.na + stats.dontKnow).toBe(stats.answers);
          }
        }
        for (const breakdown of everyBreakdown(results)) {
          const { overall } = breakdown;
          if (overall === null) continue;
          const total = (list: { stats: { answers: number } }[]) =>
            list.reduce((sum, e) => sum + e.stats.answers, 0);
          expect(total(breakdown.groups)).toBeLessThanOrEqual(overall.answers);
          expect(total(breakdown.sides)).toBeLessThanOrEqual(overall.answers);
          expect(total(breakdown.perspectives)).toBeLessThanOrEqual(overall.answers);
          for (const g of breakdown.groups) expect(g.stats.n).toBeLessThanOrEqual(overall.n);
        }
      }),
    );
  });

  it("never shows figures of fewer than k people who answered (for partners, not even everyone's), and never names a withheld group to them", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.constantFrom("internal", "partners"),
        (scenario, audience) => {
          const results = computeResults(toContext(scenario), { audience });
          const k = scenario.minGroupSize;
          for (const indicator of results.indicators) {
            const rows = shownRows(indicator.stats);
            // Inside the structure "everyone" is always shown, whatever its size.
            for (const stats of audience === "internal"
              ? rows.slice(indicator.stats.overall ? 1 : 0)
              : rows) {
              if (stats.answers > 0) expect(stats.answers).toBeGreaterThanOrEqual(k);
            }
          }
          for (const dimension of results.dimensions) {
            const rows = shownRows(dimension.stats);
            for (const stats of audience === "internal"
              ? rows.slice(dimension.stats.overall ? 1 : 0)
              : rows) {
              // Pooled over its criteria: at least the k people of each criterion row it pools.
              if (stats.answers > 0) expect(stats.answers).toBeGreaterThanOrEqual(k);
            }
          }
          if (audience === "internal") return;
          const serialised = JSON.stringify(results);
          scenario.sides.forEach((_, g) => {
            const size = scenario.members.filter((member) => member === g).length;
            if (size < k) {
              expect(serialised).not.toContain(groupId(g));
              expect(serialised).not.toContain(groupLabel(g));
            }
          });
        },
      ),
    );
  });

  it("superseded ratings never count: an older record for the same person, indicator and round changes nothing", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary.filter((s) => s.ratings.length > 0),
        fc.nat(),
        fc.oneof(
          fc.integer({ min: 0, max: 5 }),
          fc.constant<"na">("na"),
          fc.constant<"dontKnow">("dontKnow"),
        ),
        fc.nat(),
        (scenario, pick, value, position) => {
          const context = toContext(scenario);
          const ratings = context.cycle.ratings;
          const existing = ratings[pick % ratings.length] as Rating;
          const older: Rating = {
            ...existing,
            id: "ffffffff-ffff-4fff-8fff-ffffffffffff",
            value,
            createdAt: "2026-02-28T23:59:59Z",
          };
          const withOlder = [...ratings];
          withOlder.splice(position % (ratings.length + 1), 0, older);
          expect(
            computeResults(
              { ...context, cycle: { ...context.cycle, ratings: withOlder } },
              { audience: "internal" },
            ),
          ).toEqual(computeResults(context, { audience: "internal" }));
        },
      ),
    );
  });

  it("the order of the records does not matter", () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), (scenario, seed) => {
        const context = toContext(scenario);
        const shuffled = context.cycle.ratings
          .map((r, k) => ({ r, key: (k * 7919 + seed) % 104729 }))
          .sort((a, b) => a.key - b.key)
          .map(({ r }) => r);
        expect(
          computeResults(
            { ...context, cycle: { ...context.cycle, ratings: shuffled } },
            { audience: "internal" },
          ),
        ).toEqual(computeResults(context, { audience: "internal" }));
      }),
    );
  });

  it("N/A and don't know from more people never change a median, a quartile or a consensus", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary.filter((s) => s.members.length > 0),
        fc.array(
          fc.record({
            indicator: fc.integer({ min: 0, max: INDICATORS.length - 1 }),
            value: fc.constantFrom<"na" | "dontKnow">("na", "dontKnow"),
            perspective: fc.constantFrom<Perspective>("self", "peer", "external"),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (scenario, extra) => {
          const context = toContext(scenario);
          const newcomers = extra.map((_, k) =>
            participant(`new${k}`, groupId(k % scenario.sides.length)),
          );
          const moreRatings = extra.map((e, k) => {
            const target = INDICATORS[e.indicator] as (typeof INDICATORS)[number];
            return rating({
              participantId: `new${k}`,
              criterionId: target.criterionId,
              indicatorId: target.indicator.id,
              value: e.value,
              perspective: e.perspective,
            });
          });
          const before = computeResults(context, { audience: "internal" });
          const after = computeResults(
            {
              ...context,
              cycle: {
                ...context.cycle,
                participants: [...context.cycle.participants, ...newcomers],
                ratings: [...context.cycle.ratings, ...moreRatings],
              },
            },
            { audience: "internal" },
          );
          // Rows shown in both: more people may change which rows can be shown together.
          const summary = (results: CycleResults) =>
            new Map(
              results.indicators.flatMap((i) => [
                ...(i.stats.overall === null
                  ? []
                  : [[`${i.indicatorId}:overall`, i.stats.overall] as const]),
                ...i.stats.groups.map((g) => [`${i.indicatorId}:${g.groupId}`, g.stats] as const),
                ...i.stats.sides.map((s) => [`${i.indicatorId}:${s.side}`, s.stats] as const),
              ]),
            );
          const earlier = summary(before);
          for (const [key, s] of summary(after)) {
            const was = earlier.get(key);
            if (was === undefined) continue;
            expect([s.n, s.median, s.q1, s.q3, s.consensus]).toEqual([
              was.n,
              was.median,
              was.q1,
              was.q3,
              was.consensus,
            ]);
          }
        },
      ),
    );
  });

  it("medians lie within the scale, normalised positions within 0..1", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const results = computeResults(toContext(scenario), { audience: "internal" });
        for (const indicator of results.indicators) {
          const min = indicator.levels[0]?.value as number;
          const max = indicator.levels[indicator.levels.length - 1]?.value as number;
          for (const stats of shownRows(indicator.stats)) {
            if (stats.median === null) continue;
            expect(stats.median).toBeGreaterThanOrEqual(min);
            expect(stats.median).toBeLessThanOrEqual(max);
          }
        }
        for (const dimension of results.dimensions) {
          const position = dimension.stats.overall?.normalisedMedian ?? null;
          if (position === null) continue;
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
