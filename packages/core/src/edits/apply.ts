import { decideProposal, type ProposalDecision } from "../coconstruction/workshop.ts";
import { fromZodIssues } from "../format/zod-issues.ts";
import { applyGridEdit, type GridEdit, GridEditError, type IndicatorDraft } from "../grid/edits.ts";
import { adoptGrid, archiveGrid, reviseGrid } from "../grid/lifecycle.ts";
import type { CriterionProposal } from "../model/coconstruction.ts";
import type { Language } from "../model/common.ts";
import type { Participant } from "../model/cycle.ts";
import { Grid, type GridRef, type Scale } from "../model/grid.ts";
import type { Organisation } from "../model/organisation.ts";
import type { Workspace } from "../model/workspace.ts";
import { createCycle, updateCycleDetails } from "../session/cycle.ts";
import { applyCycleRecordEdit } from "./apply-cycle.ts";
import { applyWorkshopEdit } from "./apply-workshop.ts";
import {
  type ChangedRecord,
  type Context,
  describe,
  type Refused,
  refuse,
  refuseWithIssues,
  type WorkspaceEditResult,
} from "./outcome.ts";
import { type RatingChoice, WorkspaceEdit, type WorkspaceEditOf } from "./schema.ts";

export type { ChangedRecord, Refusal, WorkspaceEditResult } from "./outcome.ts";

/** What an edit needs from outside to stay a pure function: ids, the clock, the language. */
export interface WorkspaceEditDeps {
  newId: () => string;
  /** ISO date-time of the edit. */
  now: string;
  /** The language of a refusal's message; French by default. */
  lang?: Language;
}

type Outcome = WorkspaceEditResult;

/**
 * Applies one edit to a workspace after checking the domain rules. The input is never
 * modified and only the records on the edit's path are copied. A refused edit changes
 * nothing and says why, in the caller's language.
 */
export function applyWorkspaceEdit(
  workspace: Workspace,
  edit: WorkspaceEdit,
  deps: WorkspaceEditDeps,
): WorkspaceEditResult {
  const context: Context = { newId: deps.newId, now: deps.now, lang: deps.lang ?? "fr" };
  // An edit may come from a file, another device or a hand-written script: read it first.
  const parsed = WorkspaceEdit.safeParse(edit);
  if (!parsed.success) {
    return refuse(context, "edit.invalid", {
      details: describe(fromZodIssues(parsed.error.issues), context.lang),
    });
  }
  return applyParsed(workspace, parsed.data, context);
}

function applyParsed(workspace: Workspace, edit: WorkspaceEdit, context: Context): Outcome {
  switch (edit.type) {
    case "organisation.create":
      return createOrganisation(workspace, edit, context);
    case "organisation.update":
      return withOrganisation(workspace, edit.organisationId, context, (organisation) => {
        const next: Organisation = { ...organisation, ...edit.fields };
        for (const key of ["territory", "network", "portrait"] as const) {
          if (key in edit.fields && !edit.fields[key]?.trim()) delete next[key];
        }
        return { organisation: next, changed: [{ kind: "organisation", id: organisation.id }] };
      });
    case "group.add":
      return withOrganisation(workspace, edit.organisationId, context, (organisation) => {
        const id = edit.id ?? context.newId();
        if (organisation.stakeholderGroups.some((g) => g.id === id)) {
          return refuse(context, "edit.idInUse", { id });
        }
        const group = { id, label: edit.label, side: edit.side };
        return {
          organisation: {
            ...organisation,
            stakeholderGroups: [...organisation.stakeholderGroups, group],
          },
          changed: [{ kind: "group", id }],
        };
      });
    case "group.update":
      return withOrganisation(workspace, edit.organisationId, context, (organisation) => {
        const index = organisation.stakeholderGroups.findIndex((g) => g.id === edit.groupId);
        const group = organisation.stakeholderGroups[index];
        if (group === undefined) return refuse(context, "group.unknown", { id: edit.groupId });
        const stakeholderGroups = organisation.stakeholderGroups.slice();
        stakeholderGroups[index] = { ...group, ...edit.fields };
        return {
          organisation: { ...organisation, stakeholderGroups },
          changed: [{ kind: "group", id: group.id }],
        };
      });
    case "group.remove":
      return withOrganisation(workspace, edit.organisationId, context, (organisation) => {
        const group = organisation.stakeholderGroups.find((g) => g.id === edit.groupId);
        if (group === undefined) return refuse(context, "group.unknown", { id: edit.groupId });
        // Members' results are read group by group: removing their group would lose who they are.
        const members = membersOfGroup(workspace, group.id).length;
        if (members > 0)
          return refuse(context, "group.hasMembers", { label: group.label, members });
        if (isGroupNamed(workspace, group.id)) {
          return refuse(context, "group.named", { label: group.label });
        }
        return {
          organisation: {
            ...organisation,
            stakeholderGroups: organisation.stakeholderGroups.filter((g) => g.id !== group.id),
          },
          changed: [{ kind: "group", id: group.id }],
        };
      });
    case "participant.add":
      return withOrganisation(workspace, edit.organisationId, context, (organisation) => {
        if (!organisation.stakeholderGroups.some((g) => g.id === edit.groupId)) {
          return refuse(context, "group.unknown", { id: edit.groupId });
        }
        const id = edit.id ?? context.newId();
        const roster = organisation.participants ?? [];
        if (roster.some((p) => p.id === id)) return refuse(context, "edit.idInUse", { id });
        // Nobody's name or words are shown until they say so.
        const participant: Participant = {
          id,
          pseudonym: edit.pseudonym,
          groupId: edit.groupId,
          roles: [],
          consent: { showName: false, quotes: "none" },
        };
        return {
          organisation: { ...organisation, participants: [...roster, participant] },
          changed: [{ kind: "participant", id }],
        };
      });
    case "participant.update":
      return withOrganisation(workspace, edit.organisationId, context, (organisation) => {
        const roster = organisation.participants ?? [];
        const index = roster.findIndex((p) => p.id === edit.participantId);
        const participant = roster[index];
        if (participant === undefined) {
          return refuse(context, "participant.unknown", { id: edit.participantId });
        }
        const { groupId } = edit.fields;
        if (
          groupId !== undefined &&
          !organisation.stakeholderGroups.some((g) => g.id === groupId)
        ) {
          return refuse(context, "group.unknown", { id: groupId });
        }
        const next: Participant = { ...participant, ...edit.fields };
        if ("name" in edit.fields && !edit.fields.name?.trim()) delete next.name;
        const participants = roster.slice();
        participants[index] = next;
        return {
          organisation: { ...organisation, participants },
          changed: [{ kind: "participant", id: participant.id }],
        };
      });
    case "participant.remove":
      return withOrganisation(workspace, edit.organisationId, context, (organisation) => {
        const roster = organisation.participants ?? [];
        const participant = roster.find((p) => p.id === edit.participantId);
        if (participant === undefined) {
          return refuse(context, "participant.unknown", { id: edit.participantId });
        }
        if (hasRatings(workspace, participant.id)) {
          return refuse(context, "participant.hasRatings", { pseudonym: participant.pseudonym });
        }
        return {
          organisation: { ...organisation, participants: roster.filter((p) => p !== participant) },
          changed: [{ kind: "participant", id: participant.id }],
        };
      });
    case "grid.add": {
      const { grid } = edit;
      if (findVersion(workspace, { gridId: grid.id, version: grid.version })) {
        return refuse(context, "grid.idInUse", { id: grid.id, version: grid.version });
      }
      return {
        ok: true,
        workspace: { ...workspace, grids: [...workspace.grids, grid] },
        changed: [gridChange(grid)],
      };
    }
    case "grid.edit":
      return editGrid(workspace, edit.ref, edit.edit, context);
    case "grid.newDraft": {
      const grid = findVersion(workspace, edit.ref);
      if (grid === undefined) return unknownVersion(edit.ref, context);
      if (grid.status === "draft") {
        return refuse(context, "grid.alreadyDraft", { version: grid.version });
      }
      const draft = reviseGrid(grid, {
        now: context.now,
        version: nextVersion(workspace, grid.id),
      });
      return {
        ok: true,
        workspace: { ...workspace, grids: [...workspace.grids, draft] },
        changed: [gridChange(draft)],
      };
    }
    case "grid.adopt": {
      const grid = findVersion(workspace, edit.ref);
      if (grid === undefined) return unknownVersion(edit.ref, context);
      const adopted = adoptGrid(grid, { now: context.now });
      if (!adopted.ok) {
        return refuse(
          context,
          "grid.notAdoptable",
          { count: adopted.issues.length, details: describe(adopted.issues, context.lang) },
          adopted.issues,
        );
      }
      return replaceGrid(workspace, grid, adopted.grid);
    }
    case "grid.archive": {
      const grid = findVersion(workspace, edit.ref);
      if (grid === undefined) return unknownVersion(edit.ref, context);
      return replaceGrid(workspace, grid, archiveGrid(grid));
    }
    case "workshop.acceptProposal":
      return acceptProposal(workspace, edit, context);
    case "cycle.create":
      return createCycleEdit(workspace, edit, context);
    case "cycle.update":
      return updateCycle(workspace, edit, context);
    case "cycleParticipant.addFromRoster":
    case "cycleParticipant.add":
    case "cycleParticipant.update":
    case "cycleParticipant.remove":
    case "session.create":
    case "session.update":
    case "session.remove":
    case "position.set":
    case "position.clear":
    case "measure.add":
    case "measure.update":
    case "measure.remove":
    case "story.add":
    case "story.update":
    case "story.remove":
    case "recommendation.add":
    case "recommendation.update":
    case "recommendation.remove":
    case "action.add":
    case "action.update":
    case "action.remove":
    case "action.addFollowUp":
      return applyCycleRecordEdit(workspace, edit, context);
    case "workshop.create":
    case "workshop.update":
    case "workshop.addProposal":
    case "workshop.decideProposal":
    case "workshop.addObjection":
    case "workshop.addVoter":
    case "workshop.addRosterVoters":
    case "workshop.setVote":
    case "workshop.removeVoter":
      return applyWorkshopEdit(workspace, edit, context);
  }
}

function createOrganisation(
  workspace: Workspace,
  edit: WorkspaceEditOf<"organisation.create">,
  context: Context,
): Outcome {
  const id = edit.id ?? context.newId();
  if (workspace.organisations.some((o) => o.id === id)) {
    return refuse(context, "edit.idInUse", { id });
  }
  const organisation: Organisation = {
    id,
    name: edit.name,
    kind: edit.kind,
    stakeholderGroups: [],
    participants: [],
  };
  return {
    ok: true,
    workspace: { ...workspace, organisations: [...workspace.organisations, organisation] },
    changed: [{ kind: "organisation", id }],
  };
}

type OrganisationChange = { organisation: Organisation; changed: ChangedRecord[] } | Refused;

function withOrganisation(
  workspace: Workspace,
  organisationId: string,
  context: Context,
  change: (organisation: Organisation) => OrganisationChange,
): Outcome {
  const index = workspace.organisations.findIndex((o) => o.id === organisationId);
  const organisation = workspace.organisations[index];
  if (organisation === undefined) {
    return refuse(context, "organisation.unknown", { id: organisationId });
  }
  const result = change(organisation);
  if ("refusal" in result) return result;
  const organisations = workspace.organisations.slice();
  organisations[index] = result.organisation;
  return { ok: true, workspace: { ...workspace, organisations }, changed: result.changed };
}

/** The participants (of every roster and every cycle) who belong to a group. */
export function membersOfGroup(workspace: Workspace, groupId: string): Participant[] {
  const rosters = workspace.organisations.flatMap((o) => o.participants ?? []);
  const inCycles = workspace.cycles.flatMap((cycle) => cycle.participants);
  return [...rosters, ...inCycles].filter((participant) => participant.groupId === groupId);
}

/**
 * True when a record other than a person names the group: a dissent of a collective position,
 * or a proposal, an objection or a voter of a co-construction workshop.
 */
function isGroupNamed(workspace: Workspace, groupId: string): boolean {
  return (
    workspace.cycles.some((cycle) =>
      cycle.positions.some((p) => p.dissents.some((d) => d.groupIds.includes(groupId))),
    ) ||
    workspace.gridWorkshops.some(
      (workshop) =>
        workshop.voters.some((v) => v.groupId === groupId) ||
        workshop.proposals.some(
          (p) => p.groupId === groupId || p.objections.some((o) => o.groupId === groupId),
        ),
    )
  );
}

/** True when some cycle holds ratings by this participant: removing them would orphan the ratings. */
export function hasRatings(workspace: Workspace, participantId: string): boolean {
  return workspace.cycles.some((cycle) =>
    cycle.ratings.some((rating) => rating.participantId === participantId),
  );
}

function findVersion(workspace: Workspace, ref: GridRef): Grid | undefined {
  return workspace.grids.find((g) => g.id === ref.gridId && g.version === ref.version);
}

/** The newest version of a grid in the workspace. */
export function latestGridVersion(workspace: Workspace, gridId: string): Grid | undefined {
  let latest: Grid | undefined;
  for (const grid of workspace.grids) {
    if (grid.id === gridId && (latest === undefined || grid.version > latest.version))
      latest = grid;
  }
  return latest;
}

/**
 * The number a new draft of a grid takes: after the highest version in the workspace, not
 * after the edited one, so two drafts started from different versions never share a number.
 */
function nextVersion(workspace: Workspace, gridId: string): number {
  return (latestGridVersion(workspace, gridId)?.version ?? 0) + 1;
}

function gridChange(grid: Grid): ChangedRecord {
  return { kind: "grid", id: grid.id, version: grid.version };
}

function unknownVersion(ref: GridRef, context: Context): Outcome {
  return refuse(context, "grid.unknownVersion", { id: ref.gridId, version: ref.version });
}

function replaceGrid(workspace: Workspace, before: Grid, after: Grid): Outcome {
  if (after === before) return { ok: true, workspace, changed: [] };
  const grids = workspace.grids.map((g) => (g === before ? after : g));
  return { ok: true, workspace: { ...workspace, grids }, changed: [gridChange(after)] };
}

/**
 * A draft changes in place. An adopted or archived version is never touched, since cycles
 * pin it: the edit starts a new draft, appended to the workspace's grids.
 */
function editGrid(
  workspace: Workspace,
  ref: GridRef,
  gridEdit: GridEdit,
  context: Context,
): Outcome & { grid?: Grid } {
  const grid = findVersion(workspace, ref);
  if (grid === undefined) return unknownVersion(ref, context);
  let after: Grid;
  try {
    after = applyGridEdit(grid, gridEdit, {
      now: context.now,
      newId: context.newId,
      nextVersion: nextVersion(workspace, grid.id),
    });
  } catch (error) {
    // A malformed payload can make the grid edit fail in other ways than a `GridEditError`.
    const reason = error instanceof GridEditError ? error.code : "grid.edit.malformed";
    return refuse(context, "grid.editDoesNotFit", { reason });
  }
  const shaped = Grid.safeParse(after);
  if (!shaped.success) {
    return refuse(context, "grid.invalidResult", {
      details: describe(fromZodIssues(shaped.error.issues), context.lang),
    });
  }
  // Kept as a file reads it back (labels trimmed…), so an export and import changes nothing.
  after = shaped.data;
  if (grid.status === "draft") return { ...replaceGrid(workspace, grid, after), grid: after };
  return {
    ok: true,
    workspace: { ...workspace, grids: [...workspace.grids, after] },
    changed: [gridChange(after)],
    grid: after,
  };
}

/**
 * The levels' labels and values of a scale, without the descriptors, which say what each
 * level looks like for one criterion only: how a scale is offered to a new criterion.
 */
export function blankScale(scale: Scale): Scale {
  return {
    ...scale,
    levels: scale.levels.map(({ descriptor: _descriptor, ...level }) => ({ ...level })),
  };
}

export function ratingIndicator(label: string, rating: RatingChoice): IndicatorDraft {
  return rating.kind === "scale"
    ? { kind: "scale", label, scale: blankScale(rating.scale) }
    : { kind: "yesPartlyNo", label, allowNotApplicable: true, allowDontKnow: true };
}

/**
 * Accepts a proposal as it is, or in the wording the group agreed on: the criterion is added
 * to the latest version of the workshop's grid (an adopted version gets a new draft, never a
 * change) and the proposal records which criterion it became.
 */
function acceptProposal(
  workspace: Workspace,
  edit: WorkspaceEditOf<"workshop.acceptProposal">,
  context: Context,
): Outcome {
  const workshop = workspace.gridWorkshops.find((w) => w.id === edit.workshopId);
  if (workshop === undefined) return refuse(context, "workshop.unknown", { id: edit.workshopId });
  const proposal: CriterionProposal | undefined = workshop.proposals.find(
    (p) => p.id === edit.proposalId,
  );
  if (proposal === undefined) {
    return refuse(context, "workshop.unknownProposal", { id: edit.proposalId });
  }
  // Accepting twice would put the same criterion in the grid twice.
  if (proposal.criterionId !== undefined) {
    return refuse(context, "workshop.proposalDecided", { label: proposal.label });
  }
  const grid = latestGridVersion(workspace, workshop.gridId);
  if (grid === undefined) return refuse(context, "workshop.noGrid", { gridId: workshop.gridId });
  const amended = edit.amendedLabel?.trim();
  const label = amended || proposal.label;
  const criterionId = edit.criterionId ?? context.newId();
  const edited = editGrid(
    workspace,
    { gridId: grid.id, version: grid.version },
    {
      type: "addCriterion",
      dimensionId: edit.dimensionId,
      criterion: {
        id: criterionId,
        label,
        ...(proposal.description ? { description: proposal.description } : {}),
        indicators: [ratingIndicator(label, edit.rating)],
      },
    },
    context,
  );
  if (!edited.ok) return edited;
  const note = edit.note?.trim() || undefined;
  const decision: ProposalDecision = amended
    ? { status: "amended", amendedLabel: label, criterionId, note }
    : { status: "accepted", criterionId, note };
  const decided = decideProposal(workshop, proposal.id, decision, context.now);
  if (!decided.ok) return refuse(context, "workshop.unknownProposal", { id: proposal.id });
  const gridWorkshops = edited.workspace.gridWorkshops.map((w) =>
    w === workshop ? decided.workshop : w,
  );
  return {
    ok: true,
    workspace: { ...edited.workspace, gridWorkshops },
    changed: [...edited.changed, { kind: "workshop", id: workshop.id }],
  };
}

const CREATE_CYCLE_REFUSALS = {
  gridNotFound: "cycle.gridNotFound",
  gridNotAdopted: "cycle.gridNotAdopted",
  previousCycleNotFound: "cycle.previousCycleNotFound",
  individualAnswersNotConfirmed: "cycle.individualAnswersNotConfirmed",
} as const;

function createCycleEdit(
  workspace: Workspace,
  edit: WorkspaceEditOf<"cycle.create">,
  context: Context,
): Outcome {
  const { type: _type, id: givenId, ...input } = edit;
  const id = givenId ?? context.newId();
  if (workspace.cycles.some((c) => c.id === id)) return refuse(context, "edit.idInUse", { id });
  const created = createCycle(workspace, input, { newId: () => id });
  if (created.ok) {
    return { ok: true, workspace: created.workspace, changed: [{ kind: "cycle", id }] };
  }
  if (created.reason === "organisationNotFound") {
    return refuse(context, "organisation.unknown", { id: edit.organisationId });
  }
  return refuse(context, CREATE_CYCLE_REFUSALS[created.reason], undefined);
}

function updateCycle(
  workspace: Workspace,
  edit: WorkspaceEditOf<"cycle.update">,
  context: Context,
): Outcome {
  const index = workspace.cycles.findIndex((c) => c.id === edit.cycleId);
  const cycle = workspace.cycles[index];
  if (cycle === undefined) return refuse(context, "cycle.unknown", { id: edit.cycleId });
  const { previousCycleId, ...rest } = edit.fields;
  // The progress loop reads a cycle against an earlier one of the same structure.
  if (
    typeof previousCycleId === "string" &&
    previousCycleId !== cycle.id &&
    !workspace.cycles.some(
      (c) => c.id === previousCycleId && c.organisationId === cycle.organisationId,
    )
  ) {
    return refuse(context, "cycle.previousCycleNotFound", undefined);
  }
  if (previousCycleId !== undefined && previousCycleId !== cycle.previousCycleId) {
    // Actions carried over name the actions of the previous cycle: they must still find them.
    const previousActions = new Set(
      workspace.cycles.find((c) => c.id === previousCycleId)?.actions.map((a) => a.id) ?? [],
    );
    const orphaned = cycle.actions.filter(
      (a) => a.previousActionId !== undefined && !previousActions.has(a.previousActionId),
    ).length;
    if (orphaned > 0) return refuse(context, "cycle.carriesActions", { count: orphaned });
  }
  const fields =
    previousCycleId === undefined
      ? rest
      : { ...rest, previousCycleId: previousCycleId ?? undefined };
  const updated = updateCycleDetails(cycle, fields);
  if (!updated.ok) return refuseWithIssues(context, "cycle.invalidDetails", updated.issues);
  const cycles = workspace.cycles.slice();
  cycles[index] = updated.cycle;
  return {
    ok: true,
    workspace: { ...workspace, cycles },
    changed: [{ kind: "cycle", id: cycle.id }],
  };
}
