import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXAMPLE_IDS, exampleWorkspace } from "../examples/epicerie-du-lien.ts";
import type { Perspective, Rating, RatingValue } from "../model/cycle.ts";
import type { Side } from "../model/organisation.ts";
import {
  computeResults,
  computeResultsWith,
  type ResultsContext,
  resolveResultsContext,
} from "../results/compute.ts";
import {
  criterion,
  cycle,
  epicerieDuLien,
  grid,
  organisation,
  participant,
  rating,
  scaleIndicator,
} from "../results/test-fixtures.ts";
import type { CycleResults } from "../results/types.ts";
import { possibleWorldsAttack, roundsRead, subtractionAttack } from "./attacker.test-support.ts";
import { AUDIENCES, type Audience } from "./disclosure-terms.ts";

function outputsFor(
  context: ResultsContext,
  audience: Audience,
  complementary = true,
): CycleResults[] {
  return roundsRead(audience).map((round) =>
    computeResultsWith(context, { audience, round }, { complementary }),
  );
}

interface Answer {
  value: RatingValue;
  perspective: Perspective;
}

interface Scenario {
  minGroupSize: number;
  groups: { side: Side; size: number }[];
  /** Someone who rated but is not listed in the cycle (counts in everyone and a perspective). */
  stranger: boolean;
  /** Per person (in group order, the stranger last) and indicator: round 1 and round 2 answers. */
  answers: { round1: Answer | null; round2: Answer | null }[][];
}

const INDICATORS = [
  { criterionId: "c1", indicatorId: "c1-i" },
  { criterionId: "c1", indicatorId: "c1-j" },
  { criterionId: "c2", indicatorId: "c2-i" },
  { criterionId: "c3", indicatorId: "c3-i" },
];

const answerArbitrary: fc.Arbitrary<Answer> = fc.record({
  value: fc.constantFrom<RatingValue>(1, 2, 3, 1, 2, 3, "na", "dontKnow"),
  perspective: fc.constantFrom<Perspective>("self", "peer", "external"),
});

/** Workshops with groups of every size around k, two rounds and all perspectives. */
const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    minGroupSize: fc.integer({ min: 2, max: 4 }),
    groups: fc.array(
      fc.record({
        side: fc.constantFrom<Side>("internal", "external"),
        size: fc.integer({ min: 0, max: 6 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    stranger: fc.boolean(),
  })
  .chain((shape) => {
    const people = shape.groups.reduce((sum, g) => sum + g.size, 0) + (shape.stranger ? 1 : 0);
    const perPerson = fc.array(
      fc.record({
        round1: fc.option(answerArbitrary, { freq: 5 }),
        round2: fc.option(answerArbitrary, { freq: 1 }),
      }),
      { minLength: INDICATORS.length, maxLength: INDICATORS.length },
    );
    return fc
      .array(perPerson, { minLength: people, maxLength: people })
      .map((answers) => ({ ...shape, answers }));
  });

function contextOf(scenario: Scenario): ResultsContext {
  const groups = scenario.groups.map((g, index) => ({
    id: `g${index}`,
    label: `Groupe ${index}`,
    side: g.side,
  }));
  const participants = scenario.groups.flatMap((g, index) =>
    Array.from({ length: g.size }, (_, member) => participant(`p${index}-${member}`, `g${index}`)),
  );
  const people = [...participants.map((p) => p.id), ...(scenario.stranger ? ["stranger"] : [])];
  const ratings: Rating[] = [];
  scenario.answers.forEach((perIndicator, person) => {
    perIndicator.forEach(({ round1, round2 }, i) => {
      const at = INDICATORS[i] as (typeof INDICATORS)[number];
      for (const [round, answer] of [
        [1, round1],
        [2, round2],
      ] as const) {
        if (answer === null) continue;
        ratings.push(
          rating({
            ...at,
            participantId: people[person] as string,
            value: answer.value,
            perspective: answer.perspective,
            round,
          }),
        );
      }
    });
  });
  const scale = (id: string) => scaleIndicator(id, [1, 2, 3]);
  return {
    grid: grid(
      [
        {
          id: "d1",
          criteria: [
            criterion("c1", [scale("c1-i"), scale("c1-j")]),
            criterion("c2", [scale("c2-i")]),
          ],
        },
        { id: "d2", criteria: [criterion("c3", [scale("c3-i")])] },
      ],
      true,
    ),
    organisation: organisation(groups),
    cycle: cycle({ participants, ratings, minGroupSize: scenario.minGroupSize }),
  };
}

describe("the disclosure policy against an attacker who subtracts shown figures", () => {
  it("never lets any combination of shown rows, rounds, perspectives or pooled figures pin down fewer than k people", () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.constantFrom(...AUDIENCES), (scenario, audience) => {
        const context = contextOf(scenario);
        expect(subtractionAttack(context, outputsFor(context, audience))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("is an attacker that works: without the complementary rule it pins people down", () => {
    const scenarios = fc.sample(scenarioArbitrary, { numRuns: 150, seed: 42 });
    const leaking = scenarios.filter((scenario) => {
      const context = contextOf(scenario);
      return subtractionAttack(context, outputsFor(context, "partners", false)).length > 0;
    });
    expect(leaking.length).toBeGreaterThan(10);
  });

  it("recovers, without the complementary rule, the one CCAS representative's rating in the example's partners report", () => {
    const workspace = exampleWorkspace();
    const resolved = resolveResultsContext(workspace, EXAMPLE_IDS.cycle2026);
    if (!resolved.ok) throw new Error("the example's cycle resolves");
    const { context } = resolved;
    const ccas = context.cycle.participants.find((p) => p.pseudonym.includes("CCAS"));
    if (ccas === undefined) throw new Error("the example has a CCAS representative");
    const leaks = subtractionAttack(context, outputsFor(context, "partners", false));
    const onParticipation = leaks.filter((leak) =>
      leak.secrets.some((s) => s.startsWith(`${ccas.id}/ties.participation.level/`)),
    );
    expect(onParticipation).not.toEqual([]);
    // The final figures take the representative's round-2 rating.
    expect(onParticipation[0]?.secrets).toEqual([`${ccas.id}/ties.participation.level/r2=2`]);
    expect(subtractionAttack(context, outputsFor(context, "partners"))).toEqual([]);
    expect(subtractionAttack(context, outputsFor(context, "internal"))).toEqual([]);
  });
});

/** A workshop small enough to try every possible answer of everyone: one criterion, a few people. */
const tinyArbitrary = fc
  .record({
    minGroupSize: fc.integer({ min: 2, max: 3 }),
    groups: fc.array(
      fc.record({
        side: fc.constantFrom<Side>("internal", "external"),
        size: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .chain((shape) => {
    const people = shape.groups.reduce((sum, g) => sum + g.size, 0);
    const tinyAnswer = fc.record({
      value: fc.constantFrom<RatingValue>(1, 2, 3, "dontKnow"),
      perspective: fc.constantFrom<Perspective>("self", "peer", "external"),
    });
    return fc
      .array(
        fc.record({
          round1: fc.option(tinyAnswer, { freq: 6 }),
          round2: fc.option(tinyAnswer, { freq: 1 }),
        }),
        { minLength: people, maxLength: people },
      )
      .map((answers) => ({ ...shape, answers }));
  })
  .filter(
    (scenario) =>
      scenario.answers.reduce(
        (sum, a) => sum + (a.round1 === null ? 0 : 1) + (a.round2 === null ? 0 : 1),
        0,
      ) <= 6,
  );

interface TinyScenario {
  minGroupSize: number;
  groups: { side: Side; size: number }[];
  answers: { round1: Answer | null; round2: Answer | null }[];
}

function tinyContext(scenario: TinyScenario): ResultsContext {
  const groups = scenario.groups.map((g, index) => ({
    id: `g${index}`,
    label: `G${index}`,
    side: g.side,
  }));
  const participants = scenario.groups.flatMap((g, index) =>
    Array.from({ length: g.size }, (_, member) => participant(`p${index}-${member}`, `g${index}`)),
  );
  const ratings: Rating[] = [];
  scenario.answers.forEach(({ round1, round2 }, person) => {
    for (const [round, answer] of [
      [1, round1],
      [2, round2],
    ] as const) {
      if (answer === null) continue;
      ratings.push(
        rating({
          criterionId: "c",
          indicatorId: "c-i",
          participantId: (participants[person] as { id: string }).id,
          value: answer.value,
          perspective: answer.perspective,
          round,
        }),
      );
    }
  });
  const indicator = scaleIndicator("c-i", [1, 2, 3]);
  return {
    grid: grid([
      {
        id: "d",
        criteria: [
          criterion("c", [
            { ...indicator, scale: { ...indicator.scale, allowNotApplicable: false } },
          ]),
        ],
      },
    ]),
    organisation: organisation(groups),
    cycle: cycle({ participants, ratings, minGroupSize: scenario.minGroupSize }),
  };
}

describe("the disclosure policy against an attacker who tries every possible answer", () => {
  it("never pins down fewer than k people, by bounds, medians, quartiles or counts", () => {
    fc.assert(
      fc.property(tinyArbitrary, fc.constantFrom(...AUDIENCES), (scenario, audience) => {
        const context = tinyContext(scenario);
        const leaks = possibleWorldsAttack(context, (c) => outputsFor(c, audience), [
          1,
          2,
          3,
          "dontKnow",
        ]);
        expect(leaks).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 600_000);

  it("is an attacker that works: with the primary rule alone it finds answers", () => {
    const scenarios = fc.sample(tinyArbitrary, { numRuns: 40, seed: 7 });
    const leaking = scenarios.filter(
      (scenario) =>
        possibleWorldsAttack(tinyContext(scenario), (c) => outputsFor(c, "partners", false), [
          1,
          2,
          3,
          "dontKnow",
        ]).length > 0,
    );
    expect(leaking.length).toBeGreaterThan(0);
  });
});

describe("the disclosure policy, case by case", () => {
  it("DOMAIN.md's worked example: the customers are not shown beside 'all external', which would give away the social services' one rating", () => {
    const context = epicerieDuLien({ withRound2: false });
    for (const audience of AUDIENCES) {
      const stats = computeResults(context, { audience }).criteria[0]?.stats;
      expect(stats?.groups.map((g) => g.groupId)).toEqual(["salaries", "benevoles"]);
      expect(stats?.sides.map((s) => s.side)).toEqual(["internal", "external"]);
      expect(stats?.withheld.map((w) => w.reason)).toEqual(["wouldReveal", "belowThreshold"]);
    }
  });

  it("hides 'everyone' from partners below k, but shows it inside the structure", () => {
    const context = {
      grid: grid([{ id: "d", criteria: [criterion("c", [scaleIndicator("c-i")])] }]),
      organisation: organisation([{ id: "a", label: "A", side: "internal" }]),
      cycle: cycle({
        participants: [participant("a1", "a"), participant("a2", "a")],
        ratings: ["a1", "a2"].map((id) =>
          rating({ criterionId: "c", indicatorId: "c-i", participantId: id, value: 2 }),
        ),
      }),
    };
    const partners = computeResults(context, { audience: "partners" });
    expect(partners.criteria[0]?.stats?.overall).toBeNull();
    expect(partners.criteria[0]?.stats?.withheld).toContainEqual({
      kind: "overall",
      reason: "belowThreshold",
    });
    expect(partners.dimensions[0]?.stats.overall).toBeNull();
    const internal = computeResults(context, { audience: "internal" });
    expect(internal.criteria[0]?.stats?.overall).toMatchObject({ n: 2, median: 2 });
  });

  it("inside the structure, withholds the final 'everyone' row when round 2 left out fewer than k people, and says so", () => {
    // Five rate in round 1; three of them again in round 2: "final" minus "round 2" would be
    // the two others' round-1 ratings.
    const people = ["a1", "a2", "a3", "a4", "a5"];
    const ratings = [
      ...people.map((id) =>
        rating({ criterionId: "c", indicatorId: "c-i", participantId: id, value: 2 }),
      ),
      ...people.slice(0, 3).map((id) =>
        rating({
          criterionId: "c",
          indicatorId: "c-i",
          participantId: id,
          value: 3,
          round: 2,
          createdAt: "2026-03-01T11:00:00Z",
        }),
      ),
    ];
    const context = {
      grid: grid([{ id: "d", criteria: [criterion("c", [scaleIndicator("c-i")])] }]),
      organisation: organisation([{ id: "a", label: "A", side: "internal" }]),
      cycle: cycle({ participants: people.map((id) => participant(id, "a")), ratings }),
    };
    const final = computeResults(context, { audience: "internal" });
    expect(final.criteria[0]?.stats?.overall).toBeNull();
    expect(final.criteria[0]?.stats?.withheld).toContainEqual({
      kind: "overall",
      reason: "wouldReveal",
    });
    expect(final.dimensions[0]?.stats.overall).toBeNull();
    expect(final.globalScore).toBeNull();
    // The rounds as they were revealed in the room stay shown.
    const round1 = computeResults(context, { audience: "internal", round: 1 });
    const round2 = computeResults(context, { audience: "internal", round: 2 });
    expect(round1.criteria[0]?.stats?.overall).toMatchObject({ n: 5, median: 2 });
    expect(round2.criteria[0]?.stats?.overall).toMatchObject({ n: 3, median: 3 });
    // Partners read the final figures only: nothing to combine them with.
    const partners = computeResults(context, { audience: "partners" });
    expect(partners.criteria[0]?.stats?.overall).toMatchObject({ n: 5, median: 3 });
  });

  it("leaves the figures untouched where no row needs hiding", () => {
    const people = ["a1", "a2", "a3", "b1", "b2", "b3"];
    const context = {
      grid: grid([{ id: "d", criteria: [criterion("c", [scaleIndicator("c-i")])] }]),
      organisation: organisation([
        { id: "a", label: "A", side: "internal" },
        { id: "b", label: "B", side: "external" },
      ]),
      cycle: cycle({
        participants: people.map((id) => participant(id, id.slice(0, 1))),
        ratings: people.map((id, k) =>
          rating({
            criterionId: "c",
            indicatorId: "c-i",
            participantId: id,
            value: (k % 4) + 1,
            perspective: id.startsWith("a") ? "self" : "external",
          }),
        ),
      }),
    };
    for (const audience of AUDIENCES) {
      const stats = computeResults(context, { audience }).criteria[0]?.stats;
      expect(stats?.withheld).toEqual([]);
      expect(stats?.groups.map((g) => [g.groupId, g.stats.median])).toEqual([
        ["a", 2],
        ["b", 2],
      ]);
    }
  });
});
