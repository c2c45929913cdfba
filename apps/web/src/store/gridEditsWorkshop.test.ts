// @vitest-environment node
import { adoptGrid, instantiateTemplate, sequentialIds, type Workspace } from "@coeval/core";
import { describe, expect, it } from "vitest";
import { gridVersions } from "./gridEdits.ts";
import {
  acceptProposal,
  addParticipantsAsVoters,
  addProposal,
  createWorkshop,
  participantsNotVoting,
} from "./gridEditsWorkshop.ts";
import { newWorkspace } from "./newWorkspace.ts";

const now = "2026-03-01T10:00:00.000Z";

function setUp(adopted: boolean) {
  const base = newWorkspace({ name: "Test" });
  let grid = instantiateTemplate("social-utility-5d", "fr", { now, newGridId: "g" });
  if (adopted) {
    const result = adoptGrid(grid, { now });
    if (!result.ok) throw new Error("the template must be adoptable");
    grid = result.grid;
  }
  const organisationId = base.organisations[0]?.id ?? "";
  const workspace: Workspace = { ...base, grids: [grid] };
  const created = createWorkshop(
    workspace,
    { organisationId, gridId: "g", title: "Atelier", pointsPerVoter: 5 },
    "w",
  );
  const clock = { now, newId: sequentialIds("p-") };
  const workshop = addProposal(
    created.workshop,
    { label: "  Les clients décident ", groupId: "" },
    clock,
  );
  return {
    workspace: { ...created.workspace, gridWorkshops: [workshop] },
    proposalId: workshop.proposals[0]?.id ?? "",
    dimensionId: grid.dimensions[1]?.id ?? "",
    clock,
  };
}

describe("co-construction edits", () => {
  it("keeps a proposal as typed, without empty optional fields", () => {
    const { workspace } = setUp(false);
    expect(workspace.gridWorkshops[0]?.proposals[0]).toEqual({
      id: "p-1",
      label: "Les clients décident",
      status: "pending",
      objections: [],
      createdAt: now,
    });
  });

  it("accepts into the draft grid, and into a new draft version when the grid was adopted", () => {
    for (const adopted of [false, true]) {
      const { workspace, proposalId, dimensionId, clock } = setUp(adopted);
      const outcome = acceptProposal(
        workspace,
        "w",
        proposalId,
        { dimensionId, rating: { kind: "yesPartlyNo" }, amendedLabel: "Les clients votent" },
        clock,
      );
      if (!outcome.ok) throw new Error("accept refused");
      const versions = gridVersions(outcome.workspace, "g");
      expect(versions.map((g) => g.status)).toEqual(adopted ? ["adopted", "draft"] : ["draft"]);
      const criterion = versions.at(-1)?.dimensions[1]?.criteria.at(-1);
      expect(criterion).toMatchObject({ id: outcome.criterionId, label: "Les clients votent" });
      expect(criterion?.indicators[0]?.kind).toBe("yesPartlyNo");
      expect(versions[0]?.dimensions[1]?.criteria.some((c) => c.id === outcome.criterionId)).toBe(
        !adopted,
      );
      expect(outcome.workspace.gridWorkshops[0]?.proposals[0]).toMatchObject({
        status: "amended",
        amendedLabel: "Les clients votent",
        criterionId: outcome.criterionId,
      });
    }
  });

  it("takes the organisation's participants as voters once, keeping their ids", () => {
    const { workspace } = setUp(false);
    const workshop = workspace.gridWorkshops[0];
    if (!workshop) throw new Error("no workshop");
    const participants = [
      {
        id: "a",
        pseudonym: "Camille",
        groupId: "g1",
        roles: [],
        consent: { showName: false, quotes: "none" as const },
      },
      {
        id: "b",
        pseudonym: "Sam",
        groupId: "g2",
        roles: [],
        consent: { showName: false, quotes: "none" as const },
      },
    ];
    const once = addParticipantsAsVoters(workshop, participants);
    expect(once.voters).toEqual([
      { id: "a", pseudonym: "Camille", groupId: "g1" },
      { id: "b", pseudonym: "Sam", groupId: "g2" },
    ]);
    expect(addParticipantsAsVoters(once, participants).voters).toHaveLength(2);
    expect(participantsNotVoting(once, participants)).toEqual([]);
  });
});
