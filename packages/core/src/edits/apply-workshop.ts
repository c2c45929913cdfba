import {
  addObjection,
  addParticipantsAsVoters,
  addProposal,
  addVoter,
  decideProposal,
  mostPointsUsed,
  type ProposalDecision,
  setVote,
  type WorkshopProblem,
  type WorkshopResult,
  withoutVoter,
} from "../coconstruction/workshop.ts";
import type { GridWorkshop } from "../model/coconstruction.ts";
import { DEFAULT_MIN_GROUP_SIZE } from "../model/cycle.ts";
import type { Organisation } from "../model/organisation.ts";
import type { Workspace } from "../model/workspace.ts";
import { type Context, type Refused, refuse, type WorkspaceEditResult } from "./outcome.ts";
import type { WorkspaceEditOf } from "./schema.ts";

/** The edits of a co-construction workshop this module applies (accepting a proposal edits the grid too: see apply.ts). */
export type WorkshopEdit = WorkspaceEditOf<
  | "workshop.create"
  | "workshop.update"
  | "workshop.addProposal"
  | "workshop.decideProposal"
  | "workshop.addObjection"
  | "workshop.addVoter"
  | "workshop.addRosterVoters"
  | "workshop.setVote"
  | "workshop.removeVoter"
>;

type WorkshopChange = GridWorkshop | Refused;

export function applyWorkshopEdit(
  workspace: Workspace,
  edit: WorkshopEdit,
  context: Context,
): WorkspaceEditResult {
  if (edit.type === "workshop.create") return createWorkshop(workspace, edit, context);
  return withWorkshop(workspace, edit.workshopId, context, (workshop) => {
    const organisation = workspace.organisations.find((o) => o.id === workshop.organisationId);
    if (organisation === undefined) {
      return refuse(context, "organisation.unknown", { id: workshop.organisationId });
    }
    return changeWorkshop(workshop, organisation, edit, context);
  });
}

/**
 * Applies a change to one workshop of the workspace. A change that gives the workshop back
 * as it was (everyone already votes…) leaves the workspace as it was.
 */
export function withWorkshop(
  workspace: Workspace,
  workshopId: string,
  context: Context,
  change: (workshop: GridWorkshop) => WorkshopChange,
): WorkspaceEditResult {
  const index = workspace.gridWorkshops.findIndex((w) => w.id === workshopId);
  const workshop = workspace.gridWorkshops[index];
  if (workshop === undefined) return refuse(context, "workshop.unknown", { id: workshopId });
  const result = change(workshop);
  if ("refusal" in result) return result;
  if (result === workshop) return { ok: true, workspace, changed: [] };
  const gridWorkshops = workspace.gridWorkshops.slice();
  gridWorkshops[index] = result;
  return {
    ok: true,
    workspace: { ...workspace, gridWorkshops },
    changed: [{ kind: "workshop", id: workshop.id }],
  };
}

function createWorkshop(
  workspace: Workspace,
  edit: WorkspaceEditOf<"workshop.create">,
  context: Context,
): WorkspaceEditResult {
  if (!workspace.organisations.some((o) => o.id === edit.organisationId)) {
    return refuse(context, "organisation.unknown", { id: edit.organisationId });
  }
  // Any version will do: accepting a proposal goes into the grid's latest version.
  if (!workspace.grids.some((g) => g.id === edit.gridId)) {
    return refuse(context, "workshop.unknownGrid", { gridId: edit.gridId });
  }
  const id = edit.id ?? context.newId();
  if (workspace.gridWorkshops.some((w) => w.id === id)) {
    return refuse(context, "edit.idInUse", { id });
  }
  const workshop: GridWorkshop = {
    id,
    organisationId: edit.organisationId,
    gridId: edit.gridId,
    title: edit.title,
    ...(edit.date ? { date: edit.date } : {}),
    proposals: [],
    pointsPerVoter: edit.pointsPerVoter,
    voters: [],
    votes: [],
    minGroupSize: DEFAULT_MIN_GROUP_SIZE,
  };
  return {
    ok: true,
    workspace: { ...workspace, gridWorkshops: [...workspace.gridWorkshops, workshop] },
    changed: [{ kind: "workshop", id }],
  };
}

function hasGroup(organisation: Organisation, groupId: string | undefined): boolean {
  return !groupId || organisation.stakeholderGroups.some((g) => g.id === groupId);
}

function changeWorkshop(
  workshop: GridWorkshop,
  organisation: Organisation,
  edit: Exclude<WorkshopEdit, { type: "workshop.create" }>,
  context: Context,
): WorkshopChange {
  switch (edit.type) {
    case "workshop.update": {
      const { title, date, pointsPerVoter } = edit.fields;
      // Fewer dots per voter than someone placed would leave their dots over budget.
      const used = mostPointsUsed(workshop);
      if (pointsPerVoter !== undefined && pointsPerVoter < used) {
        return refuse(context, "workshop.pointsBelowUsed", { used });
      }
      const next: GridWorkshop = { ...workshop };
      if (title !== undefined) next.title = title;
      if (pointsPerVoter !== undefined) next.pointsPerVoter = pointsPerVoter;
      if ("date" in edit.fields) {
        if (date) next.date = date;
        else delete next.date;
      }
      return next;
    }
    case "workshop.addProposal": {
      if (!hasGroup(organisation, edit.groupId)) {
        return refuse(context, "group.unknown", { id: edit.groupId ?? "" });
      }
      const id = edit.id ?? context.newId();
      if (workshop.proposals.some((p) => p.id === id)) {
        return refuse(context, "edit.idInUse", { id });
      }
      return addProposal(workshop, edit, { id, now: context.now });
    }
    case "workshop.decideProposal": {
      const proposal = workshop.proposals.find((p) => p.id === edit.proposalId);
      // A proposal that became a criterion is changed in the grid, where its criterion is.
      if (proposal?.criterionId !== undefined) {
        return refuse(context, "workshop.proposalDecided", { label: proposal.label });
      }
      const { decision } = edit;
      const note = decision.status === "pending" ? undefined : decision.note?.trim() || undefined;
      const verdict: ProposalDecision =
        decision.status === "merged"
          ? { status: "merged", mergedIntoId: decision.mergedIntoId, note }
          : decision.status === "rejected"
            ? { status: "rejected", note }
            : { status: "pending" };
      return orRefuse(
        workshop,
        decideProposal(workshop, edit.proposalId, verdict, context.now),
        context,
      );
    }
    case "workshop.addObjection": {
      if (!hasGroup(organisation, edit.groupId)) {
        return refuse(context, "group.unknown", { id: edit.groupId ?? "" });
      }
      const id = edit.id ?? context.newId();
      const proposal = workshop.proposals.find((p) => p.id === edit.proposalId);
      if (proposal?.objections.some((o) => o.id === id)) {
        return refuse(context, "edit.idInUse", { id });
      }
      const objection = {
        id,
        text: edit.text,
        ...(edit.groupId ? { groupId: edit.groupId } : {}),
        createdAt: context.now,
      };
      return orRefuse(workshop, addObjection(workshop, edit.proposalId, objection), context);
    }
    case "workshop.addVoter": {
      if (!hasGroup(organisation, edit.groupId)) {
        return refuse(context, "group.unknown", { id: edit.groupId });
      }
      const id = edit.id ?? context.newId();
      if (workshop.voters.some((v) => v.id === id)) return refuse(context, "edit.idInUse", { id });
      return addVoter(workshop, { id, pseudonym: edit.pseudonym, groupId: edit.groupId });
    }
    case "workshop.addRosterVoters": {
      const roster = organisation.participants ?? [];
      const unknown = edit.participantIds.find((id) => !roster.some((p) => p.id === id));
      if (unknown !== undefined) return refuse(context, "participant.unknown", { id: unknown });
      const chosen = new Set(edit.participantIds);
      return addParticipantsAsVoters(
        workshop,
        roster.filter((p) => chosen.has(p.id)),
      );
    }
    case "workshop.setVote":
      return orRefuse(
        workshop,
        setVote(workshop, edit.voterId, edit.criterionId, edit.points),
        context,
      );
    case "workshop.removeVoter":
      if (!workshop.voters.some((v) => v.id === edit.voterId)) {
        return refuse(context, "workshop.unknownVoter", { id: edit.voterId });
      }
      return withoutVoter(workshop, edit.voterId);
  }
}

function orRefuse(
  workshop: GridWorkshop,
  result: WorkshopResult,
  context: Context,
): WorkshopChange {
  return result.ok ? result.workshop : refuseProblem(workshop, result.problem, context);
}

/** The core's reason for refusing a workshop change, in words. */
function refuseProblem(
  workshop: GridWorkshop,
  problem: WorkshopProblem,
  context: Context,
): Refused {
  const labelOf = (id: string) => {
    const proposal = workshop.proposals.find((p) => p.id === id);
    return proposal?.amendedLabel ?? proposal?.label ?? id;
  };
  switch (problem.code) {
    case "coconstruction.unknownProposal":
      return refuse(context, "workshop.unknownProposal", { id: problem.proposalId });
    case "coconstruction.unknownMergeTarget":
      return refuse(context, "workshop.unknownProposal", { id: problem.mergedIntoId });
    case "coconstruction.mergeIntoItself":
      return refuse(context, "workshop.mergeIntoItself", undefined);
    case "coconstruction.closedMergeTarget":
      return refuse(context, "workshop.closedMergeTarget", {
        label: labelOf(problem.mergedIntoId),
      });
    case "coconstruction.unknownVoter":
      return refuse(context, "workshop.unknownVoter", { id: problem.voterId });
    case "coconstruction.invalidPoints":
      return refuse(context, "workshop.invalidPoints", undefined);
    case "coconstruction.overBudget": {
      const voter = workshop.voters.find((v) => v.id === problem.voterId);
      return refuse(context, "workshop.overBudget", {
        pseudonym: voter?.pseudonym ?? problem.voterId,
        pointsPerVoter: problem.pointsPerVoter,
        requested: problem.requested,
      });
    }
  }
}
