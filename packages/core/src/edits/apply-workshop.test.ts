import { describe, expect, it } from "vitest";
import { EXAMPLE_IDS, exampleWorkspace } from "../examples/epicerie-du-lien.ts";
import type { GridWorkshop } from "../model/coconstruction.ts";
import type { Workspace } from "../model/workspace.ts";
import { applyWorkspaceEdit } from "./apply.ts";
import { applied, deps, NOW, refusal, refusals } from "./edits.test-support.ts";
import type { WorkspaceEdit } from "./schema.ts";

const organisationId = EXAMPLE_IDS.organisation;
const gridId = EXAMPLE_IDS.grid;
const CRITERION = EXAMPLE_IDS.participationCriterion;
const GROUPS = EXAMPLE_IDS.groups;
const workshopId = "atelier";

function workshopOf(workspace: Workspace): GridWorkshop {
  const workshop = workspace.gridWorkshops.find((w) => w.id === workshopId);
  if (!workshop) throw new Error("no workshop");
  return workshop;
}

/** Applies edits in turn, each of which core must accept. */
function applyAll(workspace: Workspace, edits: WorkspaceEdit[]): Workspace {
  return edits.reduce((current, edit) => applied(current, edit).workspace, workspace);
}

/** A workshop of three proposals (p1, p2, p3) and two voters (ana, bea) with 3 dots each. */
function workshopWorkspace(): Workspace {
  return applyAll(exampleWorkspace(), [
    {
      type: "workshop.create",
      id: workshopId,
      organisationId,
      gridId,
      title: "Atelier",
      pointsPerVoter: 3,
    },
    ...["p1", "p2", "p3"].map(
      (id): WorkspaceEdit => ({
        type: "workshop.addProposal",
        workshopId,
        id,
        label: `Proposition ${id}`,
      }),
    ),
    {
      type: "workshop.addVoter",
      workshopId,
      id: "ana",
      pseudonym: "Ana",
      groupId: GROUPS.customers,
    },
    {
      type: "workshop.addVoter",
      workshopId,
      id: "bea",
      pseudonym: "Bea",
      groupId: GROUPS.customers,
    },
  ]);
}

describe("creating and setting up a workshop", () => {
  it("creates a workshop on a grid of the workspace, with the id and threshold it needs", () => {
    const result = applied(exampleWorkspace(), {
      type: "workshop.create",
      organisationId,
      gridId,
      title: "  Atelier de mars ",
      date: "2026-03-20",
      pointsPerVoter: 5,
    });
    expect(result.workspace.gridWorkshops).toEqual([
      {
        id: "new-1",
        organisationId,
        gridId,
        title: "Atelier de mars",
        date: "2026-03-20",
        proposals: [],
        pointsPerVoter: 5,
        voters: [],
        votes: [],
        minGroupSize: 3,
      },
    ]);
    expect(result.changed).toEqual([{ kind: "workshop", id: "new-1" }]);
  });

  it("refuses a grid the workspace does not hold, and a taken id", () => {
    const edit: WorkspaceEdit = {
      type: "workshop.create",
      organisationId,
      gridId: "nope",
      title: "Atelier",
      pointsPerVoter: 5,
    };
    const { fr, en } = refusals(exampleWorkspace(), edit);
    expect(fr).toBe(
      "La grille «\u00a0nope\u00a0» n’est pas dans cet espace. Choisissez une grille de la liste.",
    );
    expect(en).toBe('The grid "nope" is not in this workspace. Choose a grid from the list.');
    expect(refusal(workshopWorkspace(), { ...edit, gridId, id: workshopId }).code).toBe(
      "edit.idInUse",
    );
    expect(refusal(exampleWorkspace(), { ...edit, gridId, organisationId: "nope" }).code).toBe(
      "organisation.unknown",
    );
  });

  it("changes the dots per voter, never below what a voter placed", () => {
    const voted = applyAll(workshopWorkspace(), [
      { type: "workshop.setVote", workshopId, voterId: "ana", criterionId: CRITERION, points: 3 },
    ]);
    const more = applied(voted, {
      type: "workshop.update",
      workshopId,
      fields: { pointsPerVoter: 5, title: "Atelier d’avril", date: "" },
    });
    expect(workshopOf(more.workspace)).toMatchObject({
      pointsPerVoter: 5,
      title: "Atelier d’avril",
    });
    const { fr, en } = refusals(voted, {
      type: "workshop.update",
      workshopId,
      fields: { pointsPerVoter: 2 },
    });
    expect(fr).toBe(
      "Un votant a déjà placé 3 gommettes\u00a0: le nombre par votant ne peut pas être plus petit.",
    );
    expect(en).toBe("A voter has already placed 3 dots: the number per voter cannot be smaller.");
  });

  it("refuses an unknown workshop", () => {
    const { fr, en } = refusals(exampleWorkspace(), {
      type: "workshop.update",
      workshopId: "nope",
      fields: {},
    });
    expect(fr).toBe("L’atelier «\u00a0nope\u00a0» n’existe pas dans cet espace.");
    expect(en).toBe('The workshop "nope" is not in this workspace.');
  });
});

describe("proposals", () => {
  it("adds a proposal as typed, at the edit's time, with the id from the caller", () => {
    const result = applied(workshopWorkspace(), {
      type: "workshop.addProposal",
      workshopId,
      label: " Convivialité ",
      description: " Le lieu donne envie de rester ",
      dimensionId: "",
      proposedBy: "",
      groupId: GROUPS.volunteers,
    });
    expect(workshopOf(result.workspace).proposals.at(-1)).toEqual({
      id: "new-1",
      label: "Convivialité",
      description: "Le lieu donne envie de rester",
      groupId: GROUPS.volunteers,
      status: "pending",
      objections: [],
      createdAt: NOW,
    });
    expect(
      refusal(workshopWorkspace(), {
        type: "workshop.addProposal",
        workshopId,
        label: "X",
        groupId: "nope",
      }).code,
    ).toBe("group.unknown");
  });

  it("merges, rejects with the group's reason, and reopens", () => {
    const decided = applyAll(workshopWorkspace(), [
      {
        type: "workshop.decideProposal",
        workshopId,
        proposalId: "p2",
        decision: { status: "merged", mergedIntoId: "p1" },
      },
      {
        type: "workshop.decideProposal",
        workshopId,
        proposalId: "p3",
        decision: { status: "rejected", note: " Hors sujet " },
      },
    ]);
    expect(workshopOf(decided).proposals.slice(1)).toMatchObject([
      { id: "p2", status: "merged", mergedIntoId: "p1", decidedAt: NOW },
      { id: "p3", status: "rejected", decisionNote: "Hors sujet", decidedAt: NOW },
    ]);
    const reopened = applied(decided, {
      type: "workshop.decideProposal",
      workshopId,
      proposalId: "p3",
      decision: { status: "pending" },
    });
    expect(workshopOf(reopened.workspace).proposals[2]).toEqual({
      id: "p3",
      label: "Proposition p3",
      status: "pending",
      objections: [],
      createdAt: NOW,
    });
  });

  it("refuses to merge a proposal into itself or into a closed one", () => {
    const itself = refusals(workshopWorkspace(), {
      type: "workshop.decideProposal",
      workshopId,
      proposalId: "p1",
      decision: { status: "merged", mergedIntoId: "p1" },
    });
    expect(itself.fr).toBe(
      "Une proposition ne peut pas être fusionnée dans elle-même. Choisissez-en une autre.",
    );
    expect(itself.en).toBe("A proposal cannot be merged into itself. Choose another one.");
    const rejected = applyAll(workshopWorkspace(), [
      {
        type: "workshop.decideProposal",
        workshopId,
        proposalId: "p2",
        decision: { status: "rejected" },
      },
    ]);
    const closed = refusals(rejected, {
      type: "workshop.decideProposal",
      workshopId,
      proposalId: "p1",
      decision: { status: "merged", mergedIntoId: "p2" },
    });
    expect(closed.fr).toBe(
      "La proposition «\u00a0Proposition p2\u00a0» est elle-même fusionnée ou rejetée\u00a0: fusionnez plutôt dans une proposition encore ouverte.",
    );
    expect(closed.en).toBe(
      'The proposal "Proposition p2" is itself merged or rejected: merge into a proposal that is still open instead.',
    );
  });

  it("refuses to reopen a proposal that became a criterion", () => {
    const grid = exampleWorkspace().grids[0];
    const accepted = applyAll(workshopWorkspace(), [
      {
        type: "workshop.acceptProposal",
        workshopId,
        proposalId: "p1",
        dimensionId: grid?.dimensions[0]?.id ?? "",
        rating: { kind: "yesPartlyNo" },
      },
    ]);
    const edit: WorkspaceEdit = {
      type: "workshop.decideProposal",
      workshopId,
      proposalId: "p1",
      decision: { status: "pending" },
    };
    expect(refusal(accepted, edit).message).toBe(
      "La proposition «\u00a0Proposition p1\u00a0» est déjà devenue un critère de la grille\u00a0: modifiez ce critère dans la grille.",
    );
    expect(refusal(accepted, edit, "en").code).toBe("workshop.proposalDecided");
  });

  it("records an objection at the edit's time, whatever is decided later", () => {
    const result = applied(workshopWorkspace(), {
      type: "workshop.addObjection",
      workshopId,
      proposalId: "p1",
      text: " Trop vague ",
      groupId: GROUPS.employees,
    });
    expect(workshopOf(result.workspace).proposals[0]?.objections).toEqual([
      { id: "new-1", text: "Trop vague", groupId: GROUPS.employees, createdAt: NOW },
    ]);
    const { fr, en } = refusals(workshopWorkspace(), {
      type: "workshop.addObjection",
      workshopId,
      proposalId: "nope",
      text: "Trop vague",
    });
    expect(fr).toBe("La proposition «\u00a0nope\u00a0» n’existe pas dans cet atelier.");
    expect(en).toBe('The proposal "nope" is not in this workshop.');
  });
});

describe("voters and dots", () => {
  it("adds the roster's people as voters once, keeping their ids", () => {
    const roster = exampleWorkspace().organisations[0]?.participants ?? [];
    const participantIds = roster.slice(0, 3).map((p) => p.id);
    const result = applied(workshopWorkspace(), {
      type: "workshop.addRosterVoters",
      workshopId,
      participantIds,
    });
    expect(
      workshopOf(result.workspace)
        .voters.slice(2)
        .map((v) => v.id),
    ).toEqual(participantIds);
    const again = applied(result.workspace, {
      type: "workshop.addRosterVoters",
      workshopId,
      participantIds,
    });
    expect(again.workspace).toBe(result.workspace);
    expect(
      refusal(workshopWorkspace(), {
        type: "workshop.addRosterVoters",
        workshopId,
        participantIds: ["nope"],
      }).code,
    ).toBe("participant.unknown");
  });

  it("refuses a voter in a group the organisation lacks, and a taken id", () => {
    const edit: WorkspaceEdit = {
      type: "workshop.addVoter",
      workshopId,
      pseudonym: "Cy",
      groupId: "nope",
    };
    expect(refusal(workshopWorkspace(), edit).code).toBe("group.unknown");
    expect(refusal(workshopWorkspace(), { ...edit, id: "ana", groupId: GROUPS.peers }).code).toBe(
      "edit.idInUse",
    );
  });

  it("casts dots and withdraws them", () => {
    const cast = applyAll(workshopWorkspace(), [
      { type: "workshop.setVote", workshopId, voterId: "ana", criterionId: CRITERION, points: 2 },
      { type: "workshop.setVote", workshopId, voterId: "bea", criterionId: CRITERION, points: 1 },
    ]);
    expect(workshopOf(cast).votes).toEqual([
      { voterId: "ana", criterionId: CRITERION, points: 2 },
      { voterId: "bea", criterionId: CRITERION, points: 1 },
    ]);
    const withdrawn = applied(cast, {
      type: "workshop.setVote",
      workshopId,
      voterId: "ana",
      criterionId: CRITERION,
      points: 0,
    });
    expect(workshopOf(withdrawn.workspace).votes).toEqual([
      { voterId: "bea", criterionId: CRITERION, points: 1 },
    ]);
  });

  it("refuses dots beyond a voter's budget, and a number that is not a count of dots", () => {
    const over = refusals(workshopWorkspace(), {
      type: "workshop.setVote",
      workshopId,
      voterId: "ana",
      criterionId: CRITERION,
      points: 4,
    });
    expect(over.fr).toBe(
      "Ana a 3 gommettes en tout\u00a0: 4 demandées. Retirez-en d’abord ailleurs.",
    );
    expect(over.en).toBe("Ana has 3 dots in all: 4 requested. Take some off elsewhere first.");
    const invalid = refusals(workshopWorkspace(), {
      type: "workshop.setVote",
      workshopId,
      voterId: "ana",
      criterionId: CRITERION,
      points: 1.5,
    });
    expect(invalid.fr).toBe(
      "Un nombre entier de gommettes, 0 ou plus\u00a0: corrigez le nombre saisi.",
    );
    expect(invalid.en).toBe("A whole number of dots, 0 or more: correct the number typed.");
    expect(
      refusal(workshopWorkspace(), {
        type: "workshop.setVote",
        workshopId,
        voterId: "nope",
        criterionId: CRITERION,
        points: 1,
      }).code,
    ).toBe("workshop.unknownVoter");
  });

  it("takes its ids and its clock from the caller, so a replay gives the same workspace", () => {
    const edits: WorkspaceEdit[] = [
      { type: "workshop.create", organisationId, gridId, title: "Atelier", pointsPerVoter: 5 },
      { type: "workshop.addProposal", workshopId: "new-1", label: "Convivialité" },
      { type: "workshop.addObjection", workshopId: "new-1", proposalId: "new-2", text: "Non" },
      { type: "workshop.addVoter", workshopId: "new-1", pseudonym: "Ana", groupId: GROUPS.peers },
    ];
    const replay = () => {
      const ids = deps();
      return edits.reduce((current, edit) => {
        const result = applyWorkspaceEdit(current, edit, ids);
        if (!result.ok) throw new Error(result.refusal.message);
        return result.workspace;
      }, exampleWorkspace());
    };
    const once = replay();
    expect(replay()).toEqual(once);
    const workshop = once.gridWorkshops[0];
    expect(workshop?.proposals[0]?.objections[0]).toMatchObject({ id: "new-3", createdAt: NOW });
    expect(workshop?.voters[0]?.id).toBe("new-4");
  });
});
