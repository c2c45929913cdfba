import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cycle, RatingValue } from "../model/cycle.ts";
import { computeResults } from "../results/compute.ts";
import { updateSession } from "./cycle.ts";
import { setCollectivePosition } from "./positions.ts";
import { computeCriterionResults, resumeCriterionId, sessionProgress } from "./progress.ts";
import { recordRating } from "./ratings.ts";
import {
  NOW,
  ticking,
  uuids,
  workshopCycle,
  workshopGrid,
  workshopOrganisation,
} from "./test-support.ts";

const grid = workshopGrid();
const organisation = workshopOrganisation();

function rate(
  cycle: Cycle,
  participantId: string,
  criterionId: string,
  value: RatingValue,
  round: 1 | 2,
  d: { now: () => string; newId: () => string },
): Cycle {
  const result = recordRating(
    cycle,
    { sessionId: "atelier-1", participantId, criterionId, value, round },
    { grid, organisation, now: d.now(), newId: d.newId },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.cycle;
}

describe("sessionProgress", () => {
  it("counts who answered among those present and which criteria are positioned", () => {
    const d = { now: ticking(), newId: uuids() };
    const present = updateSession(workshopCycle(), "atelier-1", {
      participantIds: ["ana", "bea", "dia"],
      criterionIds: ["accueil", "participation"],
    });
    if (!present.ok) throw new Error("refused");
    let cycle = rate(present.cycle, "ana", "participation", 2, 1, d);
    cycle = rate(cycle, "ana", "participation", 3, 1, d);
    cycle = rate(cycle, "hal", "participation", 3, 1, d);
    cycle = rate(cycle, "dia", "participation", 1, 2, d);
    const session = cycle.sessions[0];
    if (!session) throw new Error("no session");
    expect(sessionProgress(cycle, session, grid)).toEqual([
      { criterionId: "accueil", answered: { 1: 0, 2: 0 }, present: 3, position: null },
      { criterionId: "participation", answered: { 1: 1, 2: 1 }, present: 3, position: null },
    ]);
    const positioned = setCollectivePosition(
      cycle,
      { criterionId: "accueil", level: null, status: "noAgreement" },
      { grid, now: NOW },
    );
    if (!positioned.ok) throw new Error("refused");
    const progress = sessionProgress(positioned.cycle, session, grid);
    expect(progress[0]?.position).toBe("noAgreement");
    expect(resumeCriterionId(progress)).toBe("participation");
    expect(resumeCriterionId([])).toBeUndefined();
  });
});

describe("computeCriterionResults", () => {
  const people = ["ana", "bea", "cal", "dia", "eli", "fez", "gil", "hal"];
  it("gives exactly the criterion's part of the cycle's results (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            participantId: fc.constantFrom(...people),
            criterionId: fc.constantFrom("participation", "accueil"),
            level: fc.integer({ min: 1, max: 3 }),
            round: fc.constantFrom<1 | 2>(1, 2),
          }),
          { maxLength: 50 },
        ),
        fc.constantFrom<1 | 2 | "final">(1, 2, "final"),
        (steps, round) => {
          const d = { now: ticking(), newId: uuids() };
          let cycle = workshopCycle();
          for (const step of steps) {
            cycle = rate(cycle, step.participantId, step.criterionId, step.level, step.round, d);
          }
          const context = { cycle, grid, organisation };
          const full = computeResults(context, { audience: "internal", round });
          for (const criterionId of ["participation", "accueil", "ancrage"]) {
            const single = computeCriterionResults(context, criterionId, {
              audience: "internal",
              round,
            });
            expect(single?.criteria).toEqual(
              full.criteria.filter((c) => c.criterionId === criterionId),
            );
            expect(single?.divergences).toEqual(
              full.divergences.filter((v) => v.criterionId === criterionId),
            );
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it("is undefined for a criterion the grid lacks", () => {
    expect(
      computeCriterionResults({ cycle: workshopCycle(), grid, organisation }, "nope", {
        audience: "internal",
      }),
    ).toBeUndefined();
  });
});
