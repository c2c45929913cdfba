import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../format/format-issue.ts";
import { validateWorkspace } from "../format/validate.ts";
import type { Cycle, RatingValue } from "../model/cycle.ts";
import { computeResults, effectiveRatings } from "../results/compute.ts";
import {
  currentRatings,
  type RatingDeps,
  recordGroupCounts,
  recordRating,
  withdrawRating,
} from "./ratings.ts";
import {
  NOW,
  ticking,
  uuids,
  workshopCycle,
  workshopGrid,
  workshopOrganisation,
  workshopWorkspace,
} from "./test-support.ts";

function deps(): RatingDeps {
  const clock = ticking();
  const ids = uuids();
  return {
    grid: workshopGrid(),
    organisation: workshopOrganisation(),
    get now() {
      return clock();
    },
    newId: ids,
  };
}

const at = { sessionId: "atelier-1", criterionId: "participation", round: 1 as const };

function record(cycle: Cycle, participantId: string, value: RatingValue, d = deps()): Cycle {
  const result = recordRating(cycle, { ...at, participantId, value }, d);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.cycle;
}

describe("recordRating", () => {
  it("appends an immutable record on the criterion's primary indicator, with a perspective from the group", () => {
    const before = workshopCycle();
    const result = recordRating(
      before,
      { ...at, participantId: "dia", value: 2, comment: "AG en semaine" },
      deps(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(before.ratings).toEqual([]);
    expect(result.rating).toMatchObject({
      participantId: "dia",
      indicatorId: "participation-niveau",
      value: 2,
      round: 1,
      perspective: "external",
      comment: "AG en semaine",
      createdAt: "2026-03-01T10:00:01.000Z",
    });
    expect(result.cycle.ratings).toEqual([result.rating]);
    const workspace = { ...workshopWorkspace(), cycles: [result.cycle] };
    expect(validateWorkspace(workspace)).toEqual([]);
  });

  it("gives peers the peer perspective during a peer visit, and leaves a blank comment out", () => {
    const cycle = { ...workshopCycle(), mode: "peerVisit" as const };
    const result = recordRating(
      cycle,
      { ...at, participantId: "eli", value: 3, comment: "  " },
      deps(),
    );
    expect(result.ok && result.rating.perspective).toBe("peer");
    expect(result.ok && "comment" in result.rating).toBe(false);
  });

  it("refuses values the scale does not allow, with the file validation's messages", () => {
    const cycle = workshopCycle();
    const notALevel = recordRating(cycle, { ...at, participantId: "ana", value: 7 }, deps());
    expect(notALevel.ok).toBe(false);
    if (notALevel.ok) return;
    expect(notALevel.issues.map((issue) => formatIssue(issue, "fr"))).toEqual([
      expect.stringMatching(/7/),
    ]);
    const yesNo = { ...at, criterionId: "accueil", participantId: "ana" };
    expect(recordRating(cycle, { ...yesNo, value: "na" }, deps()).ok).toBe(false);
    expect(recordRating(cycle, { ...yesNo, value: "dontKnow" }, deps()).ok).toBe(false);
    expect(recordRating(cycle, { ...yesNo, value: 3 }, deps()).ok).toBe(true);
    expect(recordRating(cycle, { ...at, participantId: "ana", value: "na" }, deps()).ok).toBe(true);
  });

  it("refuses unknown sessions, participants, criteria and non-ordinal indicators", () => {
    const cycle = workshopCycle();
    const codes = (input: Parameters<typeof recordRating>[1]) => {
      const result = recordRating(cycle, input, deps());
      return result.ok ? [] : result.issues.map((issue) => issue.code);
    };
    expect(codes({ ...at, sessionId: "nope", participantId: "ana", value: 1 })).toEqual([
      "ref.session",
    ]);
    expect(codes({ ...at, participantId: "zoe", value: 1 })).toEqual(["ref.participant"]);
    expect(codes({ ...at, criterionId: "nope", participantId: "ana", value: 1 })).toEqual([
      "ref.criterion",
    ]);
    expect(codes({ ...at, criterionId: "ancrage", participantId: "ana", value: 1 })).toEqual([
      "position.noScale",
    ]);
    expect(
      codes({ ...at, indicatorId: "participation-ag", participantId: "ana", value: 1 }),
    ).toEqual(["rating.notOrdinal"]);
  });
});

describe("currentRatings", () => {
  it("shows each person's newest choice in the round, as the results engine reads it", () => {
    const d = deps();
    let cycle = record(workshopCycle(), "ana", 2, d);
    cycle = record(cycle, "ana", 4, d);
    cycle = record(cycle, "bea", "dontKnow", d);
    const round2 = recordRating(cycle, { ...at, round: 2, participantId: "ana", value: 1 }, d);
    if (!round2.ok) throw new Error("refused");
    const current = currentRatings(round2.cycle, { indicatorId: "participation-niveau", round: 1 });
    expect([...current].map(([id, r]) => [id, r.value])).toEqual([
      ["ana", 4],
      ["bea", "dontKnow"],
    ]);
    expect([
      ...currentRatings(round2.cycle, { indicatorId: "participation-niveau", round: 2 }).keys(),
    ]).toEqual(["ana"]);
  });

  const participants = ["ana", "bea", "cal", "dia", "eli", "fez", "gil", "hal"];
  const value = fc.constantFrom<RatingValue>(1, 2, 3, 4, "na", "dontKnow");

  it("agrees with the engine's effective ratings and with the last choice of each person (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            participantId: fc.constantFrom(...participants),
            value,
            round: fc.constantFrom<1 | 2>(1, 2),
          }),
          { maxLength: 40 },
        ),
        (steps) => {
          const d = deps();
          let cycle = workshopCycle();
          const last = new Map<string, RatingValue>();
          for (const step of steps) {
            const result = recordRating(cycle, { ...at, ...step }, d);
            expect(result.ok).toBe(true);
            if (result.ok) cycle = result.cycle;
            last.set(`${step.round}/${step.participantId}`, step.value);
          }
          for (const round of [1, 2] as const) {
            const current = currentRatings(cycle, { indicatorId: "participation-niveau", round });
            for (const id of participants) {
              expect(current.get(id)?.value).toBe(last.get(`${round}/${id}`));
            }
            const engine = effectiveRatings(cycle, workshopGrid(), round);
            expect(new Set(engine)).toEqual(new Set(current.values()));
          }
          expect(cycle.ratings).toHaveLength(steps.length);
        },
      ),
    );
  });
});

describe("withdrawRating", () => {
  it("removes a mistaken answer in one round only", () => {
    const d = deps();
    let cycle = record(workshopCycle(), "ana", 2, d);
    const other = recordRating(cycle, { ...at, round: 2, participantId: "ana", value: 3 }, d);
    if (!other.ok) throw new Error("refused");
    cycle = withdrawRating(other.cycle, {
      participantId: "ana",
      indicatorId: "participation-niveau",
      round: 1,
    });
    expect(cycle.ratings.map((r) => r.round)).toEqual([2]);
    expect(
      withdrawRating(cycle, {
        participantId: "bea",
        indicatorId: "participation-niveau",
        round: 1,
      }),
    ).toBe(cycle);
  });
});

describe("recordGroupCounts", () => {
  const clients = ["dia", "eli", "fez", "gil"];
  const countsAt = { sessionId: "atelier-1", criterionId: "participation", round: 1 as const };

  it("gives the group the distribution of the show of hands (property)", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.nat(2), { minLength: 6, maxLength: 6 })
          .filter((c) => c.reduce((a, b) => a + b, 0) <= 4),
        fc
          .array(fc.nat(2), { minLength: 6, maxLength: 6 })
          .filter((c) => c.reduce((a, b) => a + b, 0) <= 4),
        (first, second) => {
          const d = deps();
          const values: RatingValue[] = [1, 2, 3, 4, "na", "dontKnow"];
          let cycle = workshopCycle();
          for (const counts of [first, second]) {
            const result = recordGroupCounts(
              cycle,
              {
                ...countsAt,
                participantIds: clients,
                counts: values.map((value, k) => ({ value, count: counts[k] ?? 0 })),
              },
              d,
            );
            expect(result.ok).toBe(true);
            if (result.ok) cycle = result.cycle;
          }
          const current = currentRatings(cycle, { indicatorId: "participation-niveau", round: 1 });
          const tally = values.map(
            (v) => [...current.values()].filter((r) => r.value === v).length,
          );
          expect(tally).toEqual(second);
          const overall = computeResults(
            {
              cycle,
              grid: workshopGrid(),
              organisation: workshopOrganisation(),
            },
            { audience: "internal" },
          ).criteria[0]?.stats?.overall;
          expect(overall?.distribution.map((l) => l.count)).toEqual(second.slice(0, 4));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses more hands than people, negative counts and answers the scale forbids", () => {
    const cycle = workshopCycle();
    const run = (counts: { value: RatingValue; count: number }[], criterionId = "participation") =>
      recordGroupCounts(
        cycle,
        { ...countsAt, criterionId, participantIds: clients, counts },
        deps(),
      );
    expect(run([{ value: 1, count: 5 }]).ok).toBe(false);
    expect(run([{ value: 1, count: -1 }]).ok).toBe(false);
    expect(run([{ value: "na", count: 1 }], "accueil").ok).toBe(false);
    expect(
      run(
        [
          { value: "na", count: 0 },
          { value: 2, count: 1 },
        ],
        "accueil",
      ).ok,
    ).toBe(true);
  });
});

it("keeps the clock of the edit", () => {
  const result = recordRating(
    workshopCycle(),
    { ...at, participantId: "ana", value: 1 },
    {
      ...deps(),
      now: NOW,
    },
  );
  expect(result.ok && result.rating.createdAt).toBe(NOW);
});
