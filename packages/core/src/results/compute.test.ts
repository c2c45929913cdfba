import { describe, expect, it } from "vitest";
import type { Workspace } from "../model/workspace.ts";
import {
  computeCycleResults,
  computeResults,
  effectiveRatings,
  ResultsReferenceError,
  resolveResultsContext,
} from "./compute.ts";
import {
  criterion,
  cycle,
  epicerieDuLien,
  grid,
  organisation,
  participant,
  rating,
  scaleIndicator,
} from "./test-fixtures.ts";

describe("DOMAIN.md's worked example: L'Épicerie du Lien", () => {
  it("round 1: internal median 3 (n = 7), external median 1 (n = 5, 1 don't know), gap flagged", () => {
    const results = computeResults(epicerieDuLien({ withRound2: false }), { audience: "internal" });
    const [result] = results.criteria;
    if (!result?.stats) throw new Error("the criterion has an ordinal indicator");
    const { overall, sides, groups, hiddenGroupCount, withheld } = result.stats;

    const internal = sides.find((s) => s.side === "internal")?.stats;
    const external = sides.find((s) => s.side === "external")?.stats;
    expect(internal).toMatchObject({ n: 7, median: 3, dontKnow: 0 });
    expect(external).toMatchObject({ n: 5, median: 1, dontKnow: 1, answers: 6 });

    // The social services' one rating counts in the external and overall figures only; the
    // customers are not shown beside them: "external" minus the customers would be that rating.
    expect(groups.map((g) => [g.groupId, g.label, g.side, g.stats.n, g.stats.median])).toEqual([
      ["salaries", "Salariés", "internal", 4, 3],
      ["benevoles", "Bénévoles", "internal", 3, 3],
    ]);
    expect(hiddenGroupCount).toBe(2);
    expect(withheld).toEqual([
      { kind: "group", groupId: "clients", label: "Clients", reason: "wouldReveal" },
      {
        kind: "group",
        groupId: "services-sociaux",
        label: "Services sociaux",
        reason: "belowThreshold",
      },
    ]);
    expect(overall).toMatchObject({
      n: 12,
      dontKnow: 1,
      answers: 13,
      median: 2.5,
      q1: 1.75,
      q3: 3,
    });
    expect(overall?.distribution).toEqual([
      { value: 1, count: 3 },
      { value: 2, count: 3 },
      { value: 3, count: 5 },
      { value: 4, count: 1 },
    ]);

    const sidesPrompt = results.divergences.find((d) => d.kind === "sides");
    expect(sidesPrompt).toMatchObject({
      criterionId: "participation-clients",
      a: { key: "internal", median: 3, n: 7 },
      b: { key: "external", median: 1, n: 5 },
      gap: 2,
    });
    expect(sidesPrompt?.normalisedGap).toBeCloseTo(2 / 3);
    expect(results.divergences.filter((d) => d.kind === "groups")).toEqual([]);
  });

  it("names no withheld group for partners, and shows the same figures otherwise", () => {
    const context = epicerieDuLien({ withRound2: false });
    const partners = computeResults(context, { audience: "partners" });
    const stats = partners.criteria[0]?.stats;
    expect(stats?.withheld).toEqual([
      { kind: "group", groupId: null, label: null, reason: "wouldReveal" },
      { kind: "group", groupId: null, label: null, reason: "belowThreshold" },
    ]);
    expect(stats?.overall).toEqual(
      computeResults(context, { audience: "internal" }).criteria[0]?.stats?.overall,
    );
    const serialised = JSON.stringify(partners);
    expect(serialised).not.toContain("services-sociaux");
    expect(serialised).not.toContain("Services sociaux");
    expect(serialised).not.toContain("Clients");
  });

  it("round 2: employees move to 2, the internal median falls to 2 and the gap is no longer flagged", () => {
    const context = epicerieDuLien({ withRound2: true });
    const final = computeResults(context, { audience: "internal" });
    const sides = final.criteria[0]?.stats?.sides ?? [];
    expect(sides.find((s) => s.side === "internal")?.stats).toMatchObject({ n: 7, median: 2 });
    expect(sides.find((s) => s.side === "external")?.stats).toMatchObject({ n: 5, median: 1 });
    expect(final.divergences.filter((d) => d.kind === "sides")).toEqual([]);

    const firstRound = computeResults(context, { audience: "internal", round: 1 });
    expect(firstRound.criteria[0]?.stats?.sides[0]?.stats.median).toBe(3);
    const secondRound = computeResults(context, { audience: "internal", round: 2 });
    // Only the four employees rated again: below no threshold, but alone in round 2.
    expect(secondRound.criteria[0]?.stats?.overall).toMatchObject({ n: 4, median: 2 });
    expect(secondRound.criteria[0]?.stats?.groups.map((g) => g.groupId)).toEqual(["salaries"]);
  });

  it("round 2: the partners see the final figures only, so nothing of round 1 or 2 is withheld for them", () => {
    const context = epicerieDuLien({ withRound2: true });
    const internal = computeResults(context, { audience: "internal" }).criteria[0]?.stats;
    const partners = computeResults(context, { audience: "partners" }).criteria[0]?.stats;
    expect(partners?.sides).toEqual(internal?.sides);
    expect(partners?.overall).toEqual(internal?.overall);
  });
});

describe("computeResults", () => {
  const groups = [
    { id: "a", label: "A", side: "internal" as const },
    { id: "b", label: "B", side: "external" as const },
  ];
  const people = ["a1", "a2", "a3", "b1", "b2", "b3"].map((id) => participant(id, id.slice(0, 1)));

  it("keeps the newest rating of a person in a round, whatever the order of the records", () => {
    const at = { criterionId: "c", indicatorId: "c-i" };
    const context = {
      grid: grid([{ id: "d", criteria: [criterion("c", [scaleIndicator("c-i")])] }]),
      organisation: organisation(groups),
      cycle: cycle({
        participants: people,
        ratings: [
          rating({ ...at, participantId: "a1", value: 4, createdAt: "2026-03-01T12:00:00+02:00" }),
          rating({ ...at, participantId: "a1", value: 1, createdAt: "2026-03-01T09:30:00Z" }),
          rating({ ...at, participantId: "a2", value: 2, createdAt: "2026-03-01T09:00:00.5Z" }),
          rating({ ...at, participantId: "a2", value: 3, createdAt: "2026-03-01T09:00:00Z" }),
        ],
      }),
    };
    // 12:00+02:00 is 10:00Z, later than 09:30Z; 09:00:00.5Z is later than 09:00:00Z.
    expect(
      effectiveRatings(context.cycle, context.grid).map((r) => [r.participantId, r.value]),
    ).toEqual([
      ["a1", 4],
      ["a2", 2],
    ]);
    expect(
      computeResults(context, { audience: "internal" }).criteria[0]?.stats?.overall?.distribution,
    ).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 1 },
      { value: 3, count: 0 },
      { value: 4, count: 1 },
    ]);
  });

  it("pools a dimension's criteria on normalised positions when their scales differ", () => {
    const ratings = people.flatMap((p, k) => [
      rating({ criterionId: "c1", indicatorId: "c1-i", participantId: p.id, value: (k % 4) + 1 }),
      rating({ criterionId: "c2", indicatorId: "c2-i", participantId: p.id, value: k < 3 ? 1 : 3 }),
    ]);
    const results = computeResults(
      {
        grid: grid([
          {
            id: "d",
            criteria: [
              criterion("c1", [scaleIndicator("c1-i", [1, 2, 3, 4])]),
              criterion("c2", [
                {
                  id: "c2-i",
                  label: "Oui ?",
                  kind: "yesPartlyNo",
                  allowDontKnow: true,
                  allowNotApplicable: false,
                },
              ]),
            ],
          },
        ]),
        organisation: organisation(groups),
        cycle: cycle({ participants: people, ratings }),
      },
      { audience: "internal" },
    );
    const [dimension] = results.dimensions;
    // c1 positions (0, 1/3, 2/3, 1, 0, 1/3) and c2 positions (0, 0, 0, 1, 1, 1):
    // sorted, the 6th and 7th of 12 are both 1/3.
    expect(dimension?.levelValues).toBeNull();
    expect(dimension?.stats.overall).toMatchObject({ raters: 6, n: 12, median: null });
    expect(dimension?.stats.overall?.normalisedMedian).toBeCloseTo(1 / 3);
    const a = dimension?.stats.groups.find((g) => g.groupId === "a")?.stats;
    // a1..a3: c1 at 0, 1/3, 2/3; c2 at 0, 0, 0.
    expect(a?.raters).toBe(3);
    expect(a?.normalisedMedian).toBe(0);
  });

  it("gives scale-unit medians for a dimension whose criteria share their levels", () => {
    const ratings = people.flatMap((p, k) => [
      rating({ criterionId: "c1", indicatorId: "c1-i", participantId: p.id, value: 1 + (k % 2) }),
      rating({ criterionId: "c2", indicatorId: "c2-i", participantId: p.id, value: 4 }),
    ]);
    const results = computeResults(
      {
        grid: grid([
          {
            id: "d",
            criteria: [
              criterion("c1", [scaleIndicator("c1-i")]),
              criterion("c2", [scaleIndicator("c2-i")]),
            ],
          },
        ]),
        organisation: organisation(groups),
        cycle: cycle({ participants: people, ratings }),
      },
      { audience: "internal" },
    );
    const overall = results.dimensions[0]?.stats.overall;
    // 1, 2, 1, 2, 1, 2, 4 × 6: sorted, the 6th and 7th of 12 are 2 and 4.
    expect(overall).toMatchObject({ n: 12, raters: 6, median: 3, normalisedMedian: 2 / 3 });
    expect(results.dimensions[0]?.levelValues).toEqual([1, 2, 3, 4]);
  });

  it("hides a group below the threshold in the dimension profile but keeps its people in the totals", () => {
    const few = [
      participant("a1", "a"),
      participant("a2", "a"),
      participant("a3", "a"),
      participant("b1", "b"),
    ];
    const ratings = few.map((p) =>
      rating({ criterionId: "c", indicatorId: "c-i", participantId: p.id, value: 2 }),
    );
    const results = computeResults(
      {
        grid: grid([{ id: "d", criteria: [criterion("c", [scaleIndicator("c-i")])] }]),
        organisation: organisation(groups),
        cycle: cycle({ participants: few, ratings }),
      },
      { audience: "internal" },
    );
    const stats = results.dimensions[0]?.stats;
    // Shown beside "everyone", group a would give away b1's rating: only "everyone" is shown.
    expect(stats?.groups).toEqual([]);
    expect(stats?.hiddenGroupCount).toBe(2);
    expect(stats?.withheld.map((row) => [row.kind, row.reason])).toEqual([
      ["group", "criterionWithheld"],
      ["group", "belowThreshold"],
      ["side", "criterionWithheld"],
      ["side", "belowThreshold"],
    ]);
    expect(stats?.overall?.raters).toBe(4);
    const partners = computeResults(
      {
        grid: grid([{ id: "d", criteria: [criterion("c", [scaleIndicator("c-i")])] }]),
        organisation: organisation(groups),
        cycle: cycle({ participants: few, ratings }),
      },
      { audience: "partners" },
    );
    expect(JSON.stringify(partners)).not.toMatch(/"b"|"B"/);
  });

  it("flags a high spread and a self / peer gap", () => {
    const ratings = people.map((p, k) =>
      rating({
        criterionId: "c",
        indicatorId: "c-i",
        participantId: p.id,
        value: k < 3 ? 1 : 4,
        perspective: k < 3 ? "self" : "peer",
      }),
    );
    const results = computeResults(
      {
        grid: grid([{ id: "d", criteria: [criterion("c", [scaleIndicator("c-i")])] }]),
        organisation: organisation(groups),
        cycle: cycle({ participants: people, ratings }),
      },
      { audience: "internal" },
    );
    expect(results.divergences.map((d) => [d.kind, d.normalisedGap, d.consensus])).toEqual([
      ["groups", 1, null],
      ["sides", 1, null],
      ["perspectives", 1, null],
      ["spread", null, 0],
    ]);
    const custom = computeResults(
      {
        grid: grid([{ id: "d", criteria: [criterion("c", [scaleIndicator("c-i")])] }]),
        organisation: organisation(groups),
        cycle: cycle({ participants: people, ratings }),
      },
      { audience: "internal", divergence: { gapThreshold: 1.01, consensusThreshold: 0 } },
    );
    expect(custom.divergences).toEqual([]);
  });

  it("passes through the newest collective position and names only shown groups in dissents", () => {
    const few = [...people, participant("c1", "c")];
    const results = computeResults(
      {
        grid: grid([{ id: "d", criteria: [criterion("c", [scaleIndicator("c-i")])] }]),
        organisation: organisation([...groups, { id: "c", label: "C", side: "external" }]),
        cycle: cycle({
          participants: few,
          ratings: few.map((p) =>
            rating({ criterionId: "c", indicatorId: "c-i", participantId: p.id, value: 2 }),
          ),
          positions: [
            {
              criterionId: "c",
              level: 3,
              status: "consensus",
              dissents: [],
              strengths: [],
              weaknesses: [],
              updatedAt: "2026-03-01T10:00:00Z",
            },
            {
              criterionId: "c",
              level: 2,
              status: "majorityWithDissent",
              rationale: "Consultés sur les produits, pas sur la gestion",
              dissents: [{ text: "La boîte à idées est une participation", groupIds: ["a", "c"] }],
              strengths: [],
              weaknesses: [],
              updatedAt: "2026-03-01T12:00:00Z",
            },
          ],
        }),
      },
      { audience: "internal" },
    );
    expect(results.criteria[0]?.position).toMatchObject({
      level: 2,
      levelLabel: "Niveau 2",
      status: "majorityWithDissent",
      dissents: [
        {
          text: "La boîte à idées est une participation",
          groups: [{ groupId: "a", label: "A", side: "internal" }],
          hiddenGroupCount: 1,
        },
      ],
    });
  });

  it("counts stories per criterion and valence, and gives a global score only when the grid enables it", () => {
    const context = {
      grid: grid(
        [
          {
            id: "d",
            criteria: [
              criterion("c", [
                scaleIndicator("c-i"),
                { id: "c-r", label: "Récits", kind: "narrative" },
              ]),
            ],
          },
        ],
        true,
      ),
      organisation: organisation(groups),
      cycle: cycle({
        participants: people,
        ratings: people.map((p, k) =>
          rating({
            criterionId: "c",
            indicatorId: "c-i",
            participantId: p.id,
            value: k < 4 ? 4 : 1,
          }),
        ),
        stories: [
          {
            id: "s1",
            criterionIds: ["c"],
            text: "…",
            kind: "story",
            valence: "mixed",
            consent: "internal",
          },
          {
            id: "s2",
            criterionIds: [],
            indicatorId: "c-r",
            text: "…",
            kind: "testimony",
            valence: "positive",
            consent: "public",
          },
        ],
      }),
    };
    const results = computeResults(context, { audience: "internal" });
    expect(results.criteria[0]?.stories).toEqual({ total: 2, positive: 1, negative: 0, mixed: 1 });
    expect(results.globalScore).toEqual({
      convention: "Médiane de tous les positionnements",
      position: 1,
      n: 6,
      withheld: null,
    });
    expect(
      computeResults(
        { ...context, grid: { ...context.grid, globalScore: { enabled: false } } },
        { audience: "internal" },
      ).globalScore,
    ).toBeNull();
  });
});

describe("computeCycleResults", () => {
  const context = epicerieDuLien({ withRound2: false });
  const workspace: Workspace = {
    formatVersion: 1,
    id: "ws",
    grids: [context.grid],
    organisations: [context.organisation],
    cycles: [context.cycle],
    gridWorkshops: [],
  };

  it("finds the cycle, its pinned grid and its organisation", () => {
    expect(computeCycleResults(workspace, context.cycle.id, { audience: "internal" })).toEqual(
      computeResults(context, { audience: "internal" }),
    );
  });

  it("says which reference is missing", () => {
    expect(() => computeCycleResults(workspace, "absent", { audience: "internal" })).toThrow(
      ResultsReferenceError,
    );
    const pinnedElsewhere = { ...context.cycle, grid: { gridId: "grille", version: 2 } };
    expect(
      resolveResultsContext({ ...workspace, cycles: [pinnedElsewhere] }, context.cycle.id),
    ).toEqual({
      ok: false,
      code: "gridNotFound",
      params: { cycleId: context.cycle.id, gridId: "grille", version: 2 },
    });
    expect(
      resolveResultsContext({ ...workspace, organisations: [] }, context.cycle.id),
    ).toMatchObject({
      ok: false,
      code: "organisationNotFound",
    });
  });
});
