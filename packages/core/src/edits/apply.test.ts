import { describe, expect, it } from "vitest";
import { EXAMPLE_IDS, exampleWorkspace } from "../examples/epicerie-du-lien.ts";
import type { Grid } from "../model/grid.ts";
import type { Workspace } from "../model/workspace.ts";
import { applied, NOW, refusal } from "./edits.test-support.ts";
import type { WorkspaceEdit } from "./schema.ts";

const organisationId = EXAMPLE_IDS.organisation;
const gridRef = { gridId: EXAMPLE_IDS.grid, version: 1 };
const CRITERION = EXAMPLE_IDS.participationCriterion;

function organisationOf(workspace: Workspace) {
  const organisation = workspace.organisations.find((o) => o.id === organisationId);
  if (!organisation) throw new Error("no organisation");
  return organisation;
}

function emptyGroupWorkspace(): { workspace: Workspace; groupId: string } {
  const result = applied(exampleWorkspace(), {
    type: "group.add",
    organisationId,
    label: "  Voisins ",
    side: "external",
  });
  return { workspace: result.workspace, groupId: "new-1" };
}

describe("organisation edits", () => {
  it("creates an organisation with the id given by the caller", () => {
    const result = applied(exampleWorkspace(), {
      type: "organisation.create",
      name: "La Ressourcerie",
      kind: "cooperative",
    });
    expect(result.workspace.organisations.at(-1)).toMatchObject({
      id: "new-1",
      name: "La Ressourcerie",
    });
    expect(result.changed).toEqual([{ kind: "organisation", id: "new-1" }]);
  });

  it("removes an optional field set blank rather than storing an empty text", () => {
    const result = applied(exampleWorkspace(), {
      type: "organisation.update",
      organisationId,
      fields: { territory: "  ", name: "L'Épicerie" },
    });
    const organisation = organisationOf(result.workspace);
    expect(organisation.name).toBe("L'Épicerie");
    expect("territory" in organisation).toBe(false);
  });

  it("shares what the edit did not touch", () => {
    const workspace = exampleWorkspace();
    const result = applied(workspace, {
      type: "organisation.update",
      organisationId,
      fields: { network: "Réseau" },
    });
    expect(result.workspace.cycles).toBe(workspace.cycles);
    expect(result.workspace.grids).toBe(workspace.grids);
    expect(organisationOf(result.workspace).stakeholderGroups).toBe(
      organisationOf(workspace).stakeholderGroups,
    );
  });

  it("refuses an unknown organisation, in French by default and in English", () => {
    const edit: WorkspaceEdit = { type: "organisation.update", organisationId: "nope", fields: {} };
    expect(refusal(exampleWorkspace(), edit)).toMatchObject({
      code: "organisation.unknown",
      message:
        "La structure «\u00a0nope\u00a0» n’existe pas dans cet espace. Rouvrez l’espace et réessayez.",
    });
    expect(refusal(exampleWorkspace(), edit, "en").message).toBe(
      'The organisation "nope" is not in this workspace. Reopen the workspace and try again.',
    );
  });

  it("refuses a malformed edit without throwing", () => {
    const edit = {
      type: "group.add",
      organisationId,
      label: "",
      side: "inside",
    } as unknown as WorkspaceEdit;
    expect(refusal(exampleWorkspace(), edit).code).toBe("edit.invalid");
    expect(refusal(exampleWorkspace(), edit, "en").message).toMatch(/^This change is malformed: /);
  });
});

describe("stakeholder groups", () => {
  it("adds a group with a trimmed label, then renames it", () => {
    const { workspace, groupId } = emptyGroupWorkspace();
    expect(organisationOf(workspace).stakeholderGroups.at(-1)).toEqual({
      id: groupId,
      label: "Voisins",
      side: "external",
    });
    const renamed = applied(workspace, {
      type: "group.update",
      organisationId,
      groupId,
      fields: { label: "Riverains" },
    });
    expect(organisationOf(renamed.workspace).stakeholderGroups.at(-1)?.label).toBe("Riverains");
  });

  it("removes a group nobody belongs to", () => {
    const { workspace, groupId } = emptyGroupWorkspace();
    const result = applied(workspace, { type: "group.remove", organisationId, groupId });
    expect(organisationOf(result.workspace).stakeholderGroups.map((g) => g.id)).not.toContain(
      groupId,
    );
  });

  it("refuses to remove a group that still has members", () => {
    const workspace = exampleWorkspace();
    const group = organisationOf(workspace).stakeholderGroups[0];
    if (!group) throw new Error("no group");
    const edit: WorkspaceEdit = { type: "group.remove", organisationId, groupId: group.id };
    const fr = refusal(workspace, edit);
    expect(fr.code).toBe("group.hasMembers");
    expect(fr.message).toMatch(
      new RegExp(`^Le groupe «\u00a0${group.label}\u00a0» compte encore \\d+ membres?\u00a0; `),
    );
    expect(refusal(workspace, edit, "en").message).toMatch(
      new RegExp(`^The group "${group.label}" still has \\d+ members?; move them`),
    );
  });

  it("refuses to remove a group named by a dissent, in French and English", () => {
    const { workspace, groupId } = emptyGroupWorkspace();
    const named = applied(workspace, {
      type: "position.set",
      cycleId: EXAMPLE_IDS.cycle2026,
      criterionId: CRITERION,
      level: null,
      status: "noAgreement",
      dissents: [{ text: "Les voisins ne sont jamais consultés", groupIds: [groupId] }],
    }).workspace;
    const edit: WorkspaceEdit = { type: "group.remove", organisationId, groupId };
    expect(refusal(named, edit).message).toBe(
      "Le groupe «\u00a0Voisins\u00a0» est nommé dans des désaccords ou dans un atelier de co-construction\u00a0: le retirer effacerait qui s’y est exprimé. Gardez-le, ou renommez-le.",
    );
    expect(refusal(named, edit, "en").message).toBe(
      'The group "Voisins" is named in dissents or in a co-construction workshop: removing it would lose who spoke there. Keep it, or rename it.',
    );
  });

  it("refuses an id already used by another group", () => {
    const workspace = exampleWorkspace();
    const taken = organisationOf(workspace).stakeholderGroups[0]?.id ?? "";
    const edit: WorkspaceEdit = {
      type: "group.add",
      organisationId,
      id: taken,
      label: "X",
      side: "internal",
    };
    expect(refusal(workspace, edit).code).toBe("edit.idInUse");
  });
});

describe("participants", () => {
  it("adds a participant with no consent given yet", () => {
    const { workspace, groupId } = emptyGroupWorkspace();
    const result = applied(workspace, {
      type: "participant.add",
      organisationId,
      pseudonym: " Zoé ",
      groupId,
    });
    expect(organisationOf(result.workspace).participants?.at(-1)).toEqual({
      id: "new-1",
      pseudonym: "Zoé",
      groupId,
      roles: [],
      consent: { showName: false, quotes: "none" },
    });
  });

  it("refuses a participant in a group the organisation does not have", () => {
    const edit: WorkspaceEdit = {
      type: "participant.add",
      organisationId,
      pseudonym: "Zoé",
      groupId: "nope",
    };
    expect(refusal(exampleWorkspace(), edit).code).toBe("group.unknown");
  });

  it("removes a blank name when updating", () => {
    const workspace = exampleWorkspace();
    const participantId = organisationOf(workspace).participants?.[0]?.id ?? "";
    const named = applied(workspace, {
      type: "participant.update",
      organisationId,
      participantId,
      fields: { name: "Sophie M." },
    });
    const cleared = applied(named.workspace, {
      type: "participant.update",
      organisationId,
      participantId,
      fields: { name: " " },
    });
    const person = organisationOf(cleared.workspace).participants?.find(
      (p) => p.id === participantId,
    );
    expect(person && "name" in person).toBe(false);
  });

  it("refuses to remove a participant who gave ratings, and removes one who did not", () => {
    const workspace = exampleWorkspace();
    const rater = workspace.cycles[0]?.ratings[0]?.participantId ?? "";
    const edit: WorkspaceEdit = {
      type: "participant.remove",
      organisationId,
      participantId: rater,
    };
    const fr = refusal(workspace, edit);
    expect(fr.code).toBe("participant.hasRatings");
    expect(fr.message).toContain("a déjà donné des appréciations\u00a0; ");
    expect(refusal(workspace, edit, "en").message).toContain("has already given ratings; ");

    const added = applied(workspace, {
      type: "participant.add",
      organisationId,
      pseudonym: "Zoé",
      groupId: organisationOf(workspace).stakeholderGroups[0]?.id ?? "",
    });
    const removed = applied(added.workspace, {
      type: "participant.remove",
      organisationId,
      participantId: "new-1",
    });
    expect(organisationOf(removed.workspace).participants).toEqual(
      organisationOf(workspace).participants,
    );
  });
});

function gridOf(workspace: Workspace, version: number): Grid {
  const grid = workspace.grids.find((g) => g.id === gridRef.gridId && g.version === version);
  if (!grid) throw new Error(`no version ${version}`);
  return grid;
}

describe("grid versions", () => {
  it("never touches an adopted version: an edit starts the draft after the highest version", () => {
    const workspace = exampleWorkspace();
    const adopted = gridOf(workspace, 1);
    const withLater = applied(workspace, {
      type: "grid.add",
      grid: { ...adopted, version: 4, status: "archived" },
    });
    const result = applied(withLater.workspace, {
      type: "grid.edit",
      ref: gridRef,
      edit: { type: "renameGrid", name: "Grille révisée" },
    });
    expect(gridOf(result.workspace, 1)).toBe(adopted);
    expect(gridOf(result.workspace, 5)).toMatchObject({ status: "draft", name: "Grille révisée" });
    expect(result.changed).toEqual([{ kind: "grid", id: gridRef.gridId, version: 5 }]);
  });

  it("changes a draft in place, keeping it as a file would read it back", () => {
    const draft = applied(exampleWorkspace(), { type: "grid.newDraft", ref: gridRef });
    const ref = { gridId: gridRef.gridId, version: 2 };
    const renamed = applied(draft.workspace, {
      type: "grid.edit",
      ref,
      edit: { type: "renameGrid", name: " V2 " },
    });
    expect(renamed.workspace.grids).toHaveLength(draft.workspace.grids.length);
    expect(gridOf(renamed.workspace, 2).name).toBe("V2");
  });

  it("refuses a grid edit that does not fit the grid", () => {
    const edit: WorkspaceEdit = {
      type: "grid.edit",
      ref: gridRef,
      edit: { type: "removeCriterion", criterionId: "nope" },
    };
    const fr = refusal(exampleWorkspace(), edit);
    expect(fr.code).toBe("grid.editDoesNotFit");
    expect(fr.message).toContain("grid.edit.unknownCriterion");
    expect(refusal(exampleWorkspace(), edit, "en").message).toMatch(
      /^This change does not fit the grid/,
    );
  });

  it("refuses a new draft of a draft", () => {
    const draft = applied(exampleWorkspace(), { type: "grid.newDraft", ref: gridRef });
    const edit: WorkspaceEdit = {
      type: "grid.newDraft",
      ref: { gridId: gridRef.gridId, version: 2 },
    };
    expect(refusal(draft.workspace, edit).message).toBe(
      "La version 2 est déjà un brouillon\u00a0: modifiez-la directement.",
    );
    expect(refusal(draft.workspace, edit, "en").message).toBe(
      "Version 2 is already a draft: edit it directly.",
    );
  });

  it("adopts a valid draft at the edit's time, and refuses an invalid one with its problems", () => {
    const draft = applied(exampleWorkspace(), { type: "grid.newDraft", ref: gridRef });
    const ref = { gridId: gridRef.gridId, version: 2 };
    const adopted = applied(draft.workspace, { type: "grid.adopt", ref });
    expect(gridOf(adopted.workspace, 2)).toMatchObject({ status: "adopted", adoptedAt: NOW });

    // A dimension with no criterion is fine in a draft, not in an adopted grid.
    const emptied = applied(draft.workspace, {
      type: "grid.edit",
      ref,
      edit: { type: "addDimension", dimension: { label: "À remplir" } },
    }).workspace;
    const fr = refusal(emptied, { type: "grid.adopt", ref });
    expect(fr.code).toBe("grid.notAdoptable");
    expect(fr.issues?.length).toBeGreaterThan(0);
    expect(fr.message).toMatch(/^La grille ne peut pas être adoptée \(\d+ problèmes?\)\u00a0: /);
    expect(refusal(emptied, { type: "grid.adopt", ref }, "en").message).toMatch(
      /^The grid cannot be adopted \(\d+ problems?\): /,
    );
  });

  it("refuses an unknown version", () => {
    const edit: WorkspaceEdit = {
      type: "grid.archive",
      ref: { gridId: gridRef.gridId, version: 9 },
    };
    expect(refusal(exampleWorkspace(), edit).code).toBe("grid.unknownVersion");
  });
});

function withWorkshop(): Workspace {
  const workspace = exampleWorkspace();
  return {
    ...workspace,
    gridWorkshops: [
      {
        id: "atelier",
        organisationId,
        gridId: gridRef.gridId,
        title: "Atelier",
        proposals: [
          {
            id: "prop",
            label: "Convivialité",
            description: "Le lieu donne envie de rester.",
            status: "pending",
            objections: [],
            createdAt: "2026-05-01T10:00:00.000Z",
          },
        ],
        pointsPerVoter: 5,
        voters: [
          {
            id: "v1",
            pseudonym: "Ana",
            groupId: organisationOf(workspace).stakeholderGroups[0]?.id ?? "",
          },
          {
            id: "v2",
            pseudonym: "Bea",
            groupId: organisationOf(workspace).stakeholderGroups[0]?.id ?? "",
          },
        ],
        votes: [
          { voterId: "v1", criterionId: CRITERION, points: 2 },
          { voterId: "v2", criterionId: CRITERION, points: 1 },
        ],
        minGroupSize: 3,
      },
    ],
  };
}

describe("co-construction", () => {
  it("accepts a proposal into a new draft of the adopted grid, and records the criterion", () => {
    const workspace = withWorkshop();
    const dimensionId = gridOf(workspace, 1).dimensions[0]?.id ?? "";
    const result = applied(workspace, {
      type: "workshop.acceptProposal",
      workshopId: "atelier",
      proposalId: "prop",
      dimensionId,
      rating: { kind: "yesPartlyNo" },
      amendedLabel: "Un lieu convivial",
    });
    expect(gridOf(result.workspace, 1)).toBe(gridOf(workspace, 1));
    const draft = gridOf(result.workspace, 2);
    const criterion = draft.dimensions[0]?.criteria.at(-1);
    expect(criterion).toMatchObject({ id: "new-1", label: "Un lieu convivial" });
    expect(result.workspace.gridWorkshops[0]?.proposals[0]).toMatchObject({
      status: "amended",
      criterionId: "new-1",
    });
    expect(result.changed).toEqual([
      { kind: "grid", id: gridRef.gridId, version: 2 },
      { kind: "workshop", id: "atelier" },
    ]);
    const again = refusal(result.workspace, {
      type: "workshop.acceptProposal",
      workshopId: "atelier",
      proposalId: "prop",
      dimensionId,
      rating: { kind: "yesPartlyNo" },
    });
    expect(again.code).toBe("workshop.proposalDecided");
    expect(again.message).toContain("est déjà devenue un critère de la grille\u00a0: ");
  });

  it("accepts a proposal into the grid's draft in place, when the latest version is a draft", () => {
    const drafted = applied(withWorkshop(), { type: "grid.newDraft", ref: gridRef }).workspace;
    const dimensionId = gridOf(drafted, 2).dimensions[0]?.id ?? "";
    const result = applied(drafted, {
      type: "workshop.acceptProposal",
      workshopId: "atelier",
      proposalId: "prop",
      dimensionId,
      rating: { kind: "yesPartlyNo" },
    });
    expect(result.workspace.grids).toHaveLength(drafted.grids.length);
    expect(gridOf(result.workspace, 2).dimensions[0]?.criteria.at(-1)).toMatchObject({
      id: "new-1",
      label: "Convivialité",
      description: "Le lieu donne envie de rester.",
    });
    expect(result.workspace.gridWorkshops[0]?.proposals[0]).toMatchObject({
      status: "accepted",
      criterionId: "new-1",
    });
  });

  it("refuses an unknown proposal in French and English", () => {
    const edit: WorkspaceEdit = {
      type: "workshop.acceptProposal",
      workshopId: "atelier",
      proposalId: "nope",
      dimensionId: "d",
      rating: { kind: "yesPartlyNo" },
    };
    expect(refusal(withWorkshop(), edit).message).toBe(
      "La proposition «\u00a0nope\u00a0» n’existe pas dans cet atelier.",
    );
    expect(refusal(withWorkshop(), edit, "en").message).toBe(
      'The proposal "nope" is not in this workshop.',
    );
  });

  it("removes a voter with their votes only", () => {
    const result = applied(withWorkshop(), {
      type: "workshop.removeVoter",
      workshopId: "atelier",
      voterId: "v1",
    });
    const workshop = result.workspace.gridWorkshops[0];
    expect(workshop?.voters.map((v) => v.id)).toEqual(["v2"]);
    expect(workshop?.votes).toEqual([{ voterId: "v2", criterionId: CRITERION, points: 1 }]);
    expect(
      refusal(result.workspace, {
        type: "workshop.removeVoter",
        workshopId: "atelier",
        voterId: "v1",
      }).code,
    ).toBe("workshop.unknownVoter");
  });
});

describe("cycles", () => {
  it("creates a cycle pinned to an adopted version", () => {
    const result = applied(exampleWorkspace(), {
      type: "cycle.create",
      organisationId,
      grid: gridRef,
      name: "Cycle 2027",
      mode: "selfEvaluation",
    });
    expect(result.workspace.cycles.at(-1)).toMatchObject({
      id: "new-1",
      grid: gridRef,
      status: "planned",
    });
  });

  it("refuses a draft grid, in French and English", () => {
    const draft = applied(exampleWorkspace(), { type: "grid.newDraft", ref: gridRef });
    const edit: WorkspaceEdit = {
      type: "cycle.create",
      organisationId,
      grid: { gridId: gridRef.gridId, version: 2 },
      name: "Cycle 2027",
      mode: "selfEvaluation",
    };
    expect(refusal(draft.workspace, edit).message).toBe(
      "Seule une version adoptée de la grille peut servir à un cycle\u00a0: adoptez-la d’abord.",
    );
    expect(refusal(draft.workspace, edit, "en").code).toBe("cycle.gridNotAdopted");
  });

  it("updates a cycle, sharing the other cycles", () => {
    const workspace = exampleWorkspace();
    const result = applied(workspace, {
      type: "cycle.update",
      cycleId: EXAMPLE_IDS.cycle2026,
      fields: { name: "Cycle 2026 bis", purpose: "" },
    });
    const cycle = result.workspace.cycles.find((c) => c.id === EXAMPLE_IDS.cycle2026);
    expect(cycle?.name).toBe("Cycle 2026 bis");
    expect(cycle && "purpose" in cycle).toBe(false);
    expect(result.workspace.cycles[0]).toBe(workspace.cycles[0]);
  });

  it("refuses to detach a cycle from the previous one whose actions it follows up", () => {
    const edit: WorkspaceEdit = {
      type: "cycle.update",
      cycleId: EXAMPLE_IDS.cycle2026,
      fields: { previousCycleId: null },
    };
    const fr = refusal(exampleWorkspace(), edit);
    expect(fr.code).toBe("cycle.carriesActions");
    expect(fr.message).toMatch(/^Ce cycle suit \d+ actions? du cycle précédent\u00a0: /);
    expect(refusal(exampleWorkspace(), edit, "en").message).toMatch(
      /^This cycle follows up \d+ actions?/,
    );
  });

  it("refuses a threshold of 1 nobody confirmed", () => {
    const edit: WorkspaceEdit = {
      type: "cycle.update",
      cycleId: EXAMPLE_IDS.cycle2026,
      fields: { minGroupSize: 1 },
    };
    const fr = refusal(exampleWorkspace(), edit);
    expect(fr.code).toBe("cycle.invalidDetails");
    expect(fr.message).toMatch(/^Ces réglages du cycle ne conviennent pas\u00a0: /);
    expect(refusal(exampleWorkspace(), edit, "en").message).toMatch(
      /^These cycle settings do not fit: /,
    );
  });
});
