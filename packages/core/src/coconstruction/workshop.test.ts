import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GridWorkshop } from "../model/coconstruction.ts";
import type { Grid } from "../model/grid.ts";
import type { Organisation } from "../model/organisation.ts";
import {
  addObjection,
  addParticipantsAsVoters,
  addProposal,
  addVoter,
  decideProposal,
  mergeTargets,
  mostPointsUsed,
  participantsNotVoting,
  pointsUsed,
  setVote,
  tallyImportance,
  withoutVoter,
} from "./workshop.ts";

const NOW = "2026-03-14T10:00:00+01:00";

const grid: Grid = {
  id: "grille",
  version: 1,
  name: "Grille",
  language: "fr",
  status: "draft",
  provenance: {},
  levelNames: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
  glossary: [],
  principles: [],
  globalScore: { enabled: false },
  createdAt: NOW,
  dimensions: [
    {
      id: "lien",
      label: "Lien social",
      criteria: [
        {
          id: "c1",
          label: "Participation",
          guidingQuestions: [],
          principleIds: [],
          indicators: [],
        },
        { id: "c2", label: "Convivialité", guidingQuestions: [], principleIds: [], indicators: [] },
      ],
    },
    {
      id: "eco",
      label: "Économie",
      criteria: [
        { id: "c3", label: "Emplois", guidingQuestions: [], principleIds: [], indicators: [] },
      ],
    },
  ],
};

const organisation: Organisation = {
  id: "epicerie",
  name: "L'Épicerie du Lien",
  kind: "association",
  stakeholderGroups: [
    { id: "salaries", label: "Salariés", side: "internal" },
    { id: "clients", label: "Clients", side: "external" },
    { id: "services", label: "Services sociaux", side: "external" },
  ],
};

function workshop(overrides: Partial<GridWorkshop> = {}): GridWorkshop {
  return {
    id: "atelier",
    organisationId: "epicerie",
    gridId: "grille",
    title: "Construire notre grille",
    proposals: [
      {
        id: "p1",
        label: "Les clients décident",
        status: "pending",
        objections: [],
        createdAt: NOW,
      },
      {
        id: "p2",
        label: "Les clients participent",
        status: "pending",
        objections: [],
        createdAt: NOW,
      },
    ],
    pointsPerVoter: 5,
    voters: [
      { id: "s1", pseudonym: "Ana", groupId: "salaries" },
      { id: "s2", pseudonym: "Bo", groupId: "salaries" },
      { id: "s3", pseudonym: "Cy", groupId: "salaries" },
      { id: "k1", pseudonym: "Dee", groupId: "clients" },
      { id: "k2", pseudonym: "Eli", groupId: "clients" },
      { id: "k3", pseudonym: "Fay", groupId: "clients" },
      { id: "v1", pseudonym: "Gus", groupId: "services" },
    ],
    votes: [],
    minGroupSize: 3,
    ...overrides,
  };
}

function unwrap(result: ReturnType<typeof setVote>): GridWorkshop {
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
  return result.workshop;
}

describe("proposals and voters", () => {
  it("keeps a proposal as typed, trimmed, without blank optional fields", () => {
    const added = addProposal(
      workshop({ proposals: [] }),
      { label: "  Convivialité ", description: " ", proposedBy: " Ana ", groupId: "" },
      { id: "p3", now: NOW },
    );
    expect(added.proposals).toEqual([
      {
        id: "p3",
        label: "Convivialité",
        proposedBy: "Ana",
        status: "pending",
        objections: [],
        createdAt: NOW,
      },
    ]);
  });

  it("takes people of the roster as voters once, by id or by pseudonym and group", () => {
    const person = (id: string, pseudonym: string, groupId: string) => ({
      id,
      pseudonym,
      groupId,
      roles: [],
      consent: { showName: false, quotes: "none" as const },
    });
    const roster = [
      person("r1", "Hugo", "clients"),
      person("r2", "Ana", "salaries"),
      person("s2", "Bob", "salaries"),
    ];
    const start = workshop();
    // Ana was typed by hand in the same group; s2 already votes.
    expect(participantsNotVoting(start, roster).map((p) => p.id)).toEqual(["r1"]);
    const once = addParticipantsAsVoters(start, roster);
    expect(once.voters.at(-1)).toEqual({ id: "r1", pseudonym: "Hugo", groupId: "clients" });
    expect(addParticipantsAsVoters(once, roster)).toBe(once);
    expect(
      addVoter(start, { id: "n1", pseudonym: " Nour ", groupId: "clients" }).voters.at(-1),
    ).toEqual({ id: "n1", pseudonym: "Nour", groupId: "clients" });
  });

  it("removes a voter with their dots, and knows the most dots anyone placed", () => {
    const voted = unwrap(setVote(unwrap(setVote(workshop(), "s1", "c1", 3)), "k1", "c2", 1));
    expect(mostPointsUsed(voted)).toBe(3);
    const without = withoutVoter(voted, "s1");
    expect(without.voters.some((v) => v.id === "s1")).toBe(false);
    expect(without.votes).toEqual([{ voterId: "k1", criterionId: "c2", points: 1 }]);
    expect(mostPointsUsed(workshop())).toBe(0);
  });
});

describe("decideProposal", () => {
  it("records an amendment with the criterion it became and keeps objections", () => {
    const objected = unwrap(
      addObjection(workshop(), "p1", {
        id: "o1",
        text: "Trop vague",
        groupId: "clients",
        createdAt: NOW,
      }),
    );
    const decided = unwrap(
      decideProposal(
        objected,
        "p1",
        {
          status: "amended",
          amendedLabel: "Les clients prennent part aux décisions",
          criterionId: "c1",
        },
        NOW,
      ),
    );
    const proposal = decided.proposals[0];
    expect(proposal?.status).toBe("amended");
    expect(proposal?.amendedLabel).toBe("Les clients prennent part aux décisions");
    expect(proposal?.criterionId).toBe("c1");
    expect(proposal?.decidedAt).toBe(NOW);
    expect(proposal?.objections.map((o) => o.text)).toEqual(["Trop vague"]);
  });

  it("merges into another proposal but not into itself or an unknown one", () => {
    expect(
      unwrap(decideProposal(workshop(), "p2", { status: "merged", mergedIntoId: "p1" }, NOW))
        .proposals[1],
    ).toMatchObject({
      status: "merged",
      mergedIntoId: "p1",
    });
    expect(decideProposal(workshop(), "p1", { status: "merged", mergedIntoId: "p1" }, NOW)).toEqual(
      {
        ok: false,
        problem: { code: "coconstruction.mergeIntoItself", proposalId: "p1" },
      },
    );
    expect(decideProposal(workshop(), "p1", { status: "merged", mergedIntoId: "p9" }, NOW)).toEqual(
      {
        ok: false,
        problem: {
          code: "coconstruction.unknownMergeTarget",
          proposalId: "p1",
          mergedIntoId: "p9",
        },
      },
    );
  });

  it("merges only into a proposal still open or kept: a closed one would lose the idea", () => {
    const rejected = unwrap(decideProposal(workshop(), "p2", { status: "rejected" }, NOW));
    expect(mergeTargets(rejected, "p1")).toEqual([]);
    expect(decideProposal(rejected, "p1", { status: "merged", mergedIntoId: "p2" }, NOW)).toEqual({
      ok: false,
      problem: { code: "coconstruction.closedMergeTarget", proposalId: "p1", mergedIntoId: "p2" },
    });
    expect(mergeTargets(workshop(), "p1").map((p) => p.id)).toEqual(["p2"]);
  });

  it("going back to pending clears the earlier decision", () => {
    const accepted = unwrap(
      decideProposal(workshop(), "p1", { status: "accepted", criterionId: "c1" }, NOW),
    );
    const reopened = unwrap(decideProposal(accepted, "p1", { status: "pending" }, NOW))
      .proposals[0];
    expect(reopened).toEqual({
      id: "p1",
      label: "Les clients décident",
      status: "pending",
      objections: [],
      createdAt: NOW,
    });
  });

  it("refuses an unknown proposal and leaves the workshop unchanged", () => {
    expect(decideProposal(workshop(), "nope", { status: "rejected" }, NOW)).toEqual({
      ok: false,
      problem: { code: "coconstruction.unknownProposal", proposalId: "nope" },
    });
  });
});

describe("setVote", () => {
  it("replaces a voter's dots on a criterion and refuses to go over the budget", () => {
    let w = unwrap(setVote(workshop(), "s1", "c1", 3));
    w = unwrap(setVote(w, "s1", "c1", 4));
    expect(pointsUsed(w, "s1")).toBe(4);
    expect(setVote(w, "s1", "c2", 2)).toEqual({
      ok: false,
      problem: {
        code: "coconstruction.overBudget",
        voterId: "s1",
        pointsPerVoter: 5,
        requested: 6,
      },
    });
    w = unwrap(setVote(w, "s1", "c1", 0));
    expect(w.votes).toEqual([]);
  });

  it("refuses unknown voters and negative or fractional points", () => {
    expect(setVote(workshop(), "zz", "c1", 1).ok).toBe(false);
    expect(setVote(workshop(), "s1", "c1", -1).ok).toBe(false);
    expect(setVote(workshop(), "s1", "c1", 1.5).ok).toBe(false);
  });
});

describe("tallyImportance", () => {
  it("shows groups side by side, hides the small group and, as the total would reveal its dots, the smallest other group", () => {
    let w = workshop();
    for (const [voter, criterion, points] of [
      ["s1", "c3", 5],
      ["s2", "c3", 3],
      ["s2", "c1", 2],
      ["s3", "c2", 5],
      ["k1", "c1", 5],
      ["k2", "c1", 4],
      ["k3", "c2", 1],
      ["v1", "c1", 5],
    ] as const) {
      w = unwrap(setVote(w, voter, criterion, points));
    }
    const tally = tallyImportance(w, grid, organisation);
    // The total minus the employees and the customers would be the one volunteer's dots.
    expect(tally.groups.map((g) => [g.groupId, g.voters, g.points])).toEqual([
      ["clients", 3, { c1: 9, c2: 1 }],
    ]);
    expect(tally.hiddenGroupCount).toBe(2);
    expect(tally.withheld.map((g) => [g.groupId, g.reason])).toEqual([
      ["salaries", "wouldReveal"],
      ["services", "belowThreshold"],
    ]);
    expect(tally.criteria.map((c) => [c.criterionId, c.totalPoints])).toEqual([
      ["c1", 16],
      ["c3", 8],
      ["c2", 6],
    ]);
    expect(tally.totalPoints).toBe(30);
    expect(tally.voters).toBe(7);
  });

  it("keeps the grid's order when nobody has voted and ignores votes on removed criteria", () => {
    const w = workshop({ votes: [{ voterId: "s1", criterionId: "gone", points: 5 }] });
    const tally = tallyImportance(w, grid, organisation);
    expect(tally.criteria.map((c) => c.criterionId)).toEqual(["c1", "c2", "c3"]);
    expect(tally.totalPoints).toBe(0);
    expect(tally.criteria.every((c) => c.share === 0)).toBe(true);
  });
});

describe("importance invariants", () => {
  const voteCommand = fc.record({
    voter: fc.constantFrom("s1", "s2", "s3", "k1", "k2", "k3", "v1"),
    criterion: fc.constantFrom("c1", "c2", "c3"),
    points: fc.integer({ min: 0, max: 6 }),
  });

  it("no voter ever exceeds the budget, totals add up, hidden groups never appear", () => {
    fc.assert(
      fc.property(
        fc.array(voteCommand, { maxLength: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (commands, k) => {
          let w = workshop({ minGroupSize: k });
          for (const { voter, criterion, points } of commands) {
            const result = setVote(w, voter, criterion, points);
            if (result.ok) w = result.workshop;
          }
          for (const voter of w.voters)
            expect(pointsUsed(w, voter.id)).toBeLessThanOrEqual(w.pointsPerVoter);
          const tally = tallyImportance(w, grid, organisation);
          const sumCriteria = tally.criteria.reduce((s, c) => s + c.totalPoints, 0);
          expect(sumCriteria).toBe(tally.totalPoints);
          const shownPoints = tally.groups.reduce((s, g) => s + g.totalPoints, 0);
          expect(shownPoints).toBeLessThanOrEqual(tally.totalPoints);
          for (const group of tally.groups) expect(group.voters).toBeGreaterThanOrEqual(k);
          // The total minus the shown columns: the dots of no voter, or of at least k of them.
          const rest = tally.voters - tally.groups.reduce((s, g) => s + g.voters, 0);
          expect(rest === 0 || rest >= k || tally.groups.length === 0).toBe(true);
          for (let i = 1; i < tally.criteria.length; i++) {
            expect(tally.criteria[i - 1]?.totalPoints).toBeGreaterThanOrEqual(
              tally.criteria[i]?.totalPoints ?? 0,
            );
          }
        },
      ),
    );
  });
});
