// @vitest-environment node
import { Workspace } from "@coeval/core";
import { describe, expect, it } from "vitest";
import { afterEdit } from "./dispatchEdit.ts";
import { newWorkspace } from "./newWorkspace.ts";
import {
  addGroup,
  addParticipant,
  membersOfGroup,
  parseRoles,
  removeParticipant,
  setOrganisationFields,
  updateGroup,
  updateParticipant,
} from "./organisationEdits.ts";

function start() {
  const workspace = newWorkspace({ name: "La Ressourcerie" });
  const organisationId = workspace.organisations[0]?.id ?? "";
  return { workspace, organisationId };
}

describe("organisation edits", () => {
  it("sets identity fields and drops optional ones emptied", () => {
    const { workspace, organisationId } = start();
    const filled = setOrganisationFields(workspace, organisationId, {
      territory: "Quartier Nord",
      network: "Réseau X",
    });
    const emptied = setOrganisationFields(filled, organisationId, { territory: " " });
    expect(emptied.organisations[0]?.network).toBe("Réseau X");
    expect(emptied.organisations[0]).not.toHaveProperty("territory");
    expect(Workspace.safeParse(emptied).success).toBe(true);
    expect(workspace.organisations[0]).not.toHaveProperty("network");
  });

  it("adds, renames and removes a stakeholder group", () => {
    const { workspace, organisationId } = start();
    const added = addGroup(workspace, organisationId, { label: " Bénévoles ", side: "internal" });
    expect(added.group.label).toBe("Bénévoles");
    const renamed = updateGroup(added.workspace, organisationId, added.group.id, {
      label: "Bénévoles actifs",
      side: "external",
    });
    expect(renamed.organisations[0]?.stakeholderGroups).toEqual([
      { id: added.group.id, label: "Bénévoles actifs", side: "external" },
    ]);
    expect(
      afterEdit(renamed, { type: "group.remove", organisationId, groupId: added.group.id })
        .organisations[0]?.stakeholderGroups,
    ).toEqual([]);
  });

  it("keeps a group that still has members", () => {
    const { workspace, organisationId } = start();
    const { workspace: withGroup, group } = addGroup(workspace, organisationId, {
      label: "Usagers",
      side: "external",
    });
    const { workspace: withMember } = addParticipant(withGroup, organisationId, {
      pseudonym: "Camille",
      groupId: group.id,
    });
    expect(membersOfGroup(withMember, group.id)).toHaveLength(1);
    expect(afterEdit(withMember, { type: "group.remove", organisationId, groupId: group.id })).toBe(
      withMember,
    );
  });

  it("adds, edits and removes a participant, with valid consent defaults", () => {
    const { workspace, organisationId } = start();
    const { workspace: withGroup, group } = addGroup(workspace, organisationId, {
      label: "Salariés",
      side: "internal",
    });
    const added = addParticipant(withGroup, organisationId, {
      pseudonym: "Sam",
      groupId: group.id,
    });
    expect(added.participant.consent).toEqual({ showName: false, quotes: "none" });
    const edited = updateParticipant(added.workspace, organisationId, added.participant.id, {
      name: "Samia B.",
      roles: ["trésorière"],
      consent: { showName: true, quotes: "internal" },
    });
    const unnamed = updateParticipant(edited, organisationId, added.participant.id, { name: "" });
    expect(edited.organisations[0]?.participants?.[0]?.name).toBe("Samia B.");
    expect(unnamed.organisations[0]?.participants?.[0]).not.toHaveProperty("name");
    expect(Workspace.safeParse(unnamed).success).toBe(true);
    const removed = removeParticipant(unnamed, organisationId, added.participant.id);
    expect(removed.organisations[0]?.participants).toEqual([]);
  });

  it("reads roles typed as a comma-separated line", () => {
    expect(parseRoles(" président,, trésorière , ")).toEqual(["président", "trésorière"]);
    expect(parseRoles("")).toEqual([]);
  });
});
