import { describe, expect, it } from "vitest";
import type { Action, CollectivePosition } from "../model/cycle.ts";
import type { Workspace } from "../model/workspace.ts";
import type { ResultsContext } from "../results/compute.ts";
import {
  criterion,
  cycle,
  epicerieDuLien,
  grid,
  participant,
  rating,
  scaleIndicator,
} from "../results/test-fixtures.ts";
import { compareCycles, compareWithPreviousCycle } from "./compare.ts";

const saturdayMeeting: Action = {
  id: "ag-samedi",
  title: "Tenir l'assemblée générale un samedi et ouvrir deux sièges aux clients",
  owner: "La présidente",
  status: "done",
  criterionIds: ["participation-clients"],
  followUps: [],
};

function position(level: number): CollectivePosition {
  return {
    criterionId: "participation-clients",
    level,
    status: "majorityWithDissent",
    dissents: [],
    strengths: [],
    weaknesses: [],
    updatedAt: "2026-03-01T12:00:00Z",
  };
}

/** The year after DOMAIN.md's example: everyone rated 3, a new criterion, a follow-up action. */
function nextYear(previous: ResultsContext): ResultsContext {
  const people = previous.cycle.participants;
  const nextGrid = grid([
    {
      id: "lien-social",
      criteria: [
        criterion("participation-clients", [scaleIndicator("participation-clients-niveau")]),
        criterion("ouverture-quartier", [scaleIndicator("ouverture-quartier-niveau")]),
      ],
    },
  ]);
  return {
    organisation: previous.organisation,
    grid: { ...nextGrid, version: 2 },
    cycle: {
      ...cycle({
        id: "cycle-2027",
        participants: people.map((p) => participant(p.id, p.groupId)),
        ratings: people.map((p) =>
          rating({
            participantId: p.id,
            criterionId: "participation-clients",
            indicatorId: "participation-clients-niveau",
            value: 3,
            createdAt: "2027-03-01T10:00:00Z",
          }),
        ),
        positions: [position(3)],
        actions: [
          {
            id: "sieges-clients",
            title: "Accueillir les deux clients élus au conseil",
            status: "inProgress",
            criterionIds: ["participation-clients"],
            previousActionId: "ag-samedi",
            followUps: [],
          },
        ],
      }),
      grid: { gridId: "grille", version: 2 },
      previousCycleId: "cycle-2026",
    },
  };
}

describe("compareCycles", () => {
  const before = epicerieDuLien({ withRound2: true });
  before.cycle = { ...before.cycle, positions: [position(2)], actions: [saturdayMeeting] };
  const after = nextYear(before);

  it("shows each criterion's change, the collective levels then and now, and what was added", () => {
    const comparison = compareCycles(before, after, { audience: "internal" });
    expect(comparison.added).toEqual([
      {
        criterionId: "ouverture-quartier",
        label: "Critère ouverture-quartier",
        dimensionId: "lien-social",
      },
    ]);
    expect(comparison.removed).toEqual([]);
    const [change] = comparison.criteria;
    // Final round of 2026: 2,2,2,2 (employees' round 2), 3,2,3, 1,1,2,1, 2 → median 2.
    expect(change).toMatchObject({
      criterionId: "participation-clients",
      previous: { median: 2, n: 12, positionLevel: 2, positionStatus: "majorityWithDissent" },
      current: { median: 3, n: 13, positionLevel: 3 },
      scaleChanged: false,
      change: 1,
      positionChange: 1,
      previousActionIds: ["ag-samedi"],
    });
    expect(change?.normalisedChange).toBeCloseTo(1 / 3);
    expect(comparison.dimensions).toEqual([
      {
        dimensionId: "lien-social",
        label: "Dimension lien-social",
        previous: 1 / 3,
        current: 2 / 3,
        change: 1 / 3,
      },
    ]);
  });

  it("says whether the previous actions were done and which current actions continue them", () => {
    const comparison = compareCycles(before, after, { audience: "internal" });
    expect(comparison.actions).toEqual([
      { action: saturdayMeeting, continuedBy: [after.cycle.actions[0]] },
    ]);
  });

  it("compares on 0..1 only when the scale changed", () => {
    const fivePoints = {
      ...after,
      grid: grid([
        {
          id: "lien-social",
          criteria: [
            criterion("participation-clients", [
              scaleIndicator("participation-clients-niveau", [1, 2, 3, 4, 5]),
            ]),
          ],
        },
      ]),
    };
    const [change] = compareCycles(before, fivePoints, { audience: "internal" }).criteria;
    expect(change).toMatchObject({ scaleChanged: true, change: null, positionChange: null });
    // 2 on 1–4 is 1/3; 3 on 1–5 is 1/2.
    expect(change?.normalisedChange).toBeCloseTo(1 / 2 - 1 / 3);
  });

  it("lists criteria and dimensions that are gone", () => {
    const other = {
      ...after,
      grid: grid([
        { id: "autre", criteria: [criterion("autre-critere", [scaleIndicator("autre-i")])] },
      ]),
    };
    const comparison = compareCycles(before, other, { audience: "internal" });
    expect(comparison.removed.map((c) => c.criterionId)).toEqual(["participation-clients"]);
    expect(comparison.removedDimensions).toEqual([
      { dimensionId: "lien-social", label: "Dimension lien-social" },
    ]);
    expect(comparison.dimensions[0]).toMatchObject({
      dimensionId: "autre",
      previous: null,
      change: null,
    });
  });

  it("follows previousCycleId in a workspace", () => {
    const workspace: Workspace = {
      formatVersion: 1,
      id: "ws",
      grids: [before.grid, after.grid],
      organisations: [before.organisation],
      cycles: [before.cycle, after.cycle],
      gridWorkshops: [],
    };
    expect(compareWithPreviousCycle(workspace, "cycle-2027", { audience: "internal" })).toEqual(
      compareCycles(before, after, { audience: "internal" }),
    );
    expect(compareWithPreviousCycle(workspace, "cycle-2026", { audience: "internal" })).toBeNull();
  });
});
