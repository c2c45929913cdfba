import type { Organisation, Participant, Side, StakeholderGroup, Workspace } from "@coeval/core";
import { afterEdit } from "./dispatchEdit.ts";
import { newId } from "./ids.ts";

/**
 * The structure screen's edits of one organisation, as core workspace edits: core checks the
 * rules (a group with members or a participant with ratings is kept). Each returns the new
 * workspace, or the same one when core refused.
 */

export { hasRatings, membersOfGroup } from "@coeval/core";

type OrganisationFields = Pick<
  Organisation,
  "name" | "kind" | "territory" | "network" | "portrait"
>;

/** Sets identity fields; an empty optional field is removed rather than stored as "". */
export function setOrganisationFields(
  workspace: Workspace,
  organisationId: string,
  fields: Partial<OrganisationFields>,
): Workspace {
  return afterEdit(workspace, { type: "organisation.update", organisationId, fields });
}

function organisationIn(workspace: Workspace, organisationId: string): Organisation | undefined {
  return workspace.organisations.find((o) => o.id === organisationId);
}

export function addGroup(
  workspace: Workspace,
  organisationId: string,
  group: { label: string; side: Side },
): { workspace: Workspace; group: StakeholderGroup } {
  const id = newId();
  const next = afterEdit(workspace, { type: "group.add", organisationId, id, ...group });
  const created = organisationIn(next, organisationId)?.stakeholderGroups.find((g) => g.id === id);
  return { workspace: next, group: created ?? { id, label: group.label.trim(), side: group.side } };
}

export function updateGroup(
  workspace: Workspace,
  organisationId: string,
  groupId: string,
  fields: Partial<Pick<StakeholderGroup, "label" | "side">>,
): Workspace {
  return afterEdit(workspace, { type: "group.update", organisationId, groupId, fields });
}

export function addParticipant(
  workspace: Workspace,
  organisationId: string,
  participant: { pseudonym: string; groupId: string },
): { workspace: Workspace; participant: Participant } {
  const id = newId();
  const next = afterEdit(workspace, {
    type: "participant.add",
    organisationId,
    id,
    ...participant,
  });
  const created = organisationIn(next, organisationId)?.participants?.find((p) => p.id === id);
  return {
    workspace: next,
    participant: created ?? {
      id,
      pseudonym: participant.pseudonym.trim(),
      groupId: participant.groupId,
      roles: [],
      consent: { showName: false, quotes: "none" },
    },
  };
}

export function updateParticipant(
  workspace: Workspace,
  organisationId: string,
  participantId: string,
  fields: Partial<Omit<Participant, "id">>,
): Workspace {
  return afterEdit(workspace, {
    type: "participant.update",
    organisationId,
    participantId,
    fields,
  });
}

export function removeParticipant(
  workspace: Workspace,
  organisationId: string,
  participantId: string,
): Workspace {
  return afterEdit(workspace, { type: "participant.remove", organisationId, participantId });
}

/** "a, b ,, c" → ["a", "b", "c"]: roles are typed as one comma-separated line. */
export function parseRoles(text: string): string[] {
  return text
    .split(",")
    .map((role) => role.trim())
    .filter((role) => role.length > 0);
}
