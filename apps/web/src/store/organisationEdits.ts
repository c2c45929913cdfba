import type { Organisation, Participant, Side, StakeholderGroup, Workspace } from "@coeval/core";
import { newId } from "./ids.ts";

/** Pure edits of one organisation of a workspace: each returns a new workspace. */

type OrganisationFields = Pick<
  Organisation,
  "name" | "kind" | "territory" | "network" | "portrait"
>;

function mapOrganisation(
  workspace: Workspace,
  organisationId: string,
  change: (organisation: Organisation) => Organisation,
): Workspace {
  return {
    ...workspace,
    organisations: workspace.organisations.map((organisation) =>
      organisation.id === organisationId ? change(organisation) : organisation,
    ),
  };
}

/** Sets identity fields; an empty optional field is removed rather than stored as "". */
export function setOrganisationFields(
  workspace: Workspace,
  organisationId: string,
  fields: Partial<OrganisationFields>,
): Workspace {
  return mapOrganisation(workspace, organisationId, (organisation) => {
    const next: Organisation = { ...organisation, ...fields };
    for (const key of ["territory", "network", "portrait"] as const) {
      if (key in fields && !fields[key]?.trim()) delete next[key];
    }
    return next;
  });
}

export function addGroup(
  workspace: Workspace,
  organisationId: string,
  group: { label: string; side: Side },
): { workspace: Workspace; group: StakeholderGroup } {
  const created: StakeholderGroup = { id: newId(), label: group.label.trim(), side: group.side };
  return {
    group: created,
    workspace: mapOrganisation(workspace, organisationId, (organisation) => ({
      ...organisation,
      stakeholderGroups: [...organisation.stakeholderGroups, created],
    })),
  };
}

export function updateGroup(
  workspace: Workspace,
  organisationId: string,
  groupId: string,
  fields: Partial<Pick<StakeholderGroup, "label" | "side">>,
): Workspace {
  return mapOrganisation(workspace, organisationId, (organisation) => ({
    ...organisation,
    stakeholderGroups: organisation.stakeholderGroups.map((group) =>
      group.id === groupId ? { ...group, ...fields } : group,
    ),
  }));
}

/** The participants (of the roster and of every cycle) who belong to a group. */
export function membersOfGroup(workspace: Workspace, groupId: string): Participant[] {
  const rosters = workspace.organisations.flatMap((o) => o.participants ?? []);
  const inCycles = workspace.cycles.flatMap((cycle) => cycle.participants);
  return [...rosters, ...inCycles].filter((participant) => participant.groupId === groupId);
}

/** Removes a group nobody belongs to; a group with members is kept (returns the workspace unchanged). */
export function removeGroup(
  workspace: Workspace,
  organisationId: string,
  groupId: string,
): Workspace {
  if (membersOfGroup(workspace, groupId).length > 0) return workspace;
  return mapOrganisation(workspace, organisationId, (organisation) => ({
    ...organisation,
    stakeholderGroups: organisation.stakeholderGroups.filter((group) => group.id !== groupId),
  }));
}

export function addParticipant(
  workspace: Workspace,
  organisationId: string,
  participant: { pseudonym: string; groupId: string },
): { workspace: Workspace; participant: Participant } {
  const created: Participant = {
    id: newId(),
    pseudonym: participant.pseudonym.trim(),
    groupId: participant.groupId,
    roles: [],
    consent: { showName: false, quotes: "none" },
  };
  return {
    participant: created,
    workspace: mapOrganisation(workspace, organisationId, (organisation) => ({
      ...organisation,
      participants: [...(organisation.participants ?? []), created],
    })),
  };
}

export function updateParticipant(
  workspace: Workspace,
  organisationId: string,
  participantId: string,
  fields: Partial<Omit<Participant, "id">>,
): Workspace {
  return mapOrganisation(workspace, organisationId, (organisation) => ({
    ...organisation,
    participants: (organisation.participants ?? []).map((participant) => {
      if (participant.id !== participantId) return participant;
      const next: Participant = { ...participant, ...fields };
      if ("name" in fields && !fields.name?.trim()) delete next.name;
      return next;
    }),
  }));
}

/** True when some cycle holds ratings by this participant: removing them would orphan the ratings. */
export function hasRatings(workspace: Workspace, participantId: string): boolean {
  return workspace.cycles.some((cycle) =>
    cycle.ratings.some((rating) => rating.participantId === participantId),
  );
}

export function removeParticipant(
  workspace: Workspace,
  organisationId: string,
  participantId: string,
): Workspace {
  if (hasRatings(workspace, participantId)) return workspace;
  return mapOrganisation(workspace, organisationId, (organisation) => ({
    ...organisation,
    participants: (organisation.participants ?? []).filter((p) => p.id !== participantId),
  }));
}

/** "a, b ,, c" → ["a", "b", "c"]: roles are typed as one comma-separated line. */
export function parseRoles(text: string): string[] {
  return text
    .split(",")
    .map((role) => role.trim())
    .filter((role) => role.length > 0);
}
