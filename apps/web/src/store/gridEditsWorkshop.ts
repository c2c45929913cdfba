import {
  type CriterionProposal,
  DEFAULT_MIN_GROUP_SIZE,
  type GridWorkshop,
  type Participant,
  type RatingChoice,
  type Refusal,
  type Voter,
  type Workspace,
  withoutVoter,
} from "@coeval/core";
import { dispatchEdit } from "./dispatchEdit.ts";
import type { EditClock } from "./gridEdits.ts";

/** Pure edits of the grid co-construction workshops of a workspace. */

export function findWorkshop(workspace: Workspace, workshopId: string): GridWorkshop | undefined {
  return workspace.gridWorkshops.find((w) => w.id === workshopId);
}

export function replaceWorkshop(workspace: Workspace, workshop: GridWorkshop): Workspace {
  return {
    ...workspace,
    gridWorkshops: workspace.gridWorkshops.map((w) => (w.id === workshop.id ? workshop : w)),
  };
}

export interface NewWorkshop {
  organisationId: string;
  gridId: string;
  title: string;
  date?: string;
  pointsPerVoter: number;
}

export function createWorkshop(
  workspace: Workspace,
  fields: NewWorkshop,
  id: string,
): { workspace: Workspace; workshop: GridWorkshop } {
  const workshop: GridWorkshop = {
    id,
    organisationId: fields.organisationId,
    gridId: fields.gridId,
    title: fields.title.trim(),
    ...(fields.date ? { date: fields.date } : {}),
    proposals: [],
    pointsPerVoter: fields.pointsPerVoter,
    voters: [],
    votes: [],
    minGroupSize: DEFAULT_MIN_GROUP_SIZE,
  };
  return {
    workshop,
    workspace: { ...workspace, gridWorkshops: [...workspace.gridWorkshops, workshop] },
  };
}

export interface ProposalDraft {
  label: string;
  description?: string;
  dimensionId?: string;
  proposedBy?: string;
  groupId?: string;
}

/** A new pending proposal, as the facilitator typed it; empty optional fields are left out. */
export function addProposal(
  workshop: GridWorkshop,
  draft: ProposalDraft,
  clock: EditClock,
): GridWorkshop {
  const proposal: CriterionProposal = {
    id: clock.newId(),
    label: draft.label.trim(),
    status: "pending",
    objections: [],
    createdAt: clock.now,
  };
  if (draft.description?.trim()) proposal.description = draft.description.trim();
  if (draft.dimensionId) proposal.dimensionId = draft.dimensionId;
  if (draft.proposedBy?.trim()) proposal.proposedBy = draft.proposedBy.trim();
  if (draft.groupId) proposal.groupId = draft.groupId;
  return { ...workshop, proposals: [...workshop.proposals, proposal] };
}

/** How an accepted criterion is rated: a scale offered from the grid, or yes / partly / no. */
export type { RatingChoice } from "@coeval/core";
export { ratingIndicator } from "@coeval/core";

export type AcceptOutcome =
  | { ok: true; workspace: Workspace; criterionId: string }
  | { ok: false; refusal: Refusal };

/**
 * Accepts a proposal as it is, or in the wording the group agreed on (`amendedLabel`), as the
 * core `workshop.acceptProposal` edit: core adds the criterion to the latest version of the
 * workshop's grid (an adopted version gets a new draft) and links the proposal to it.
 */
export function acceptProposal(
  workspace: Workspace,
  workshopId: string,
  proposalId: string,
  choice: { dimensionId: string; rating: RatingChoice; amendedLabel?: string; note?: string },
  clock: EditClock,
): AcceptOutcome {
  const criterionId = clock.newId();
  const result = dispatchEdit(
    workspace,
    { type: "workshop.acceptProposal", workshopId, proposalId, criterionId, ...choice },
    clock,
  );
  return result.ok ? { ok: true, workspace: result.workspace, criterionId } : result;
}

export function addVoter(
  workshop: GridWorkshop,
  voter: { pseudonym: string; groupId: string },
  id: string,
): GridWorkshop {
  return {
    ...workshop,
    voters: [...workshop.voters, { id, pseudonym: voter.pseudonym.trim(), groupId: voter.groupId }],
  };
}

/** Removes a voter and the dots they placed (the rule is core's). */
export function removeVoter(workshop: GridWorkshop, voterId: string): GridWorkshop {
  return withoutVoter(workshop, voterId);
}

/** The structure's participants who are not voters yet (matched by id, then pseudonym and group). */
export function participantsNotVoting(
  workshop: GridWorkshop,
  participants: readonly Participant[],
) {
  return participants.filter(
    (p) =>
      !workshop.voters.some(
        (v) => v.id === p.id || (v.pseudonym === p.pseudonym && v.groupId === p.groupId),
      ),
  );
}

/** Adds the structure's participants as voters, keeping their ids so both stay linked. */
export function addParticipantsAsVoters(
  workshop: GridWorkshop,
  participants: readonly Participant[],
): GridWorkshop {
  const added: Voter[] = participantsNotVoting(workshop, participants).map((p) => ({
    id: p.id,
    pseudonym: p.pseudonym,
    groupId: p.groupId,
  }));
  return { ...workshop, voters: [...workshop.voters, ...added] };
}

/** The most dots any voter has placed: the points per voter cannot go below it. */
export function mostPointsUsed(workshop: GridWorkshop): number {
  const used = new Map<string, number>();
  for (const vote of workshop.votes) {
    used.set(vote.voterId, (used.get(vote.voterId) ?? 0) + vote.points);
  }
  return Math.max(0, ...used.values());
}
