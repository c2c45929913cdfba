import type { Cycle } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import { findGrid } from "../model/lookup.ts";
import type { Organisation } from "../model/organisation.ts";
import type { Workspace } from "../model/workspace.ts";
import {
  addCycleParticipant,
  addRosterParticipants,
  createSession,
  participantHasRecords,
  removeCycleParticipant,
  removeSession,
  sessionHasRecords,
  updateCycleParticipant,
  updateSession,
} from "../session/cycle.ts";
import {
  addMeasure,
  addStory,
  removeMeasure,
  removeStory,
  updateMeasure,
  updateStory,
} from "../session/evidence.ts";
import {
  addAction,
  addFollowUp,
  addRecommendation,
  removeAction,
  removeRecommendation,
  updateAction,
  updateRecommendation,
} from "../session/plan.ts";
import { clearCollectivePosition, setCollectivePosition } from "../session/positions.ts";
import type { CycleEditResult } from "../session/result.ts";
import {
  type Context,
  type IssuesRefusalCode,
  type Refused,
  refuse,
  refuseWithIssues,
  type WorkspaceEditResult,
} from "./outcome.ts";
import type { WorkspaceEditOf } from "./schema.ts";

/** The edits of the records inside one cycle. */
export type CycleRecordEdit = WorkspaceEditOf<
  | "cycleParticipant.addFromRoster"
  | "cycleParticipant.add"
  | "cycleParticipant.update"
  | "cycleParticipant.remove"
  | "session.create"
  | "session.update"
  | "session.remove"
  | "position.set"
  | "position.clear"
  | "measure.add"
  | "measure.update"
  | "measure.remove"
  | "story.add"
  | "story.update"
  | "story.remove"
  | "recommendation.add"
  | "recommendation.update"
  | "recommendation.remove"
  | "action.add"
  | "action.update"
  | "action.remove"
  | "action.addFollowUp"
>;

/** A cycle with what its edits are checked against. */
interface CycleScope {
  workspace: Workspace;
  cycle: Cycle;
  /** The grid version the cycle pins. */
  grid: Grid;
  organisation: Organisation;
  context: Context;
}

type CycleChange = Cycle | Refused;

/**
 * Applies an edit of a cycle's records with the session functions, which hold the rules of
 * each record; this adds the rules that need the rest of the workspace (the organisation's
 * groups and roster, the previous and later cycles). An edit that gives the cycle back as it
 * was leaves the workspace as it was.
 */
export function applyCycleRecordEdit(
  workspace: Workspace,
  edit: CycleRecordEdit,
  context: Context,
): WorkspaceEditResult {
  const index = workspace.cycles.findIndex((c) => c.id === edit.cycleId);
  const cycle = workspace.cycles[index];
  if (cycle === undefined) return refuse(context, "cycle.unknown", { id: edit.cycleId });
  const grid = findGrid(workspace, cycle.grid);
  const organisation = workspace.organisations.find((o) => o.id === cycle.organisationId);
  if (grid === undefined || organisation === undefined) {
    return refuse(context, "cycle.unreadable", { id: cycle.id });
  }
  const result = changeCycle({ workspace, cycle, grid, organisation, context }, edit);
  if ("refusal" in result) return result;
  if (result === cycle) return { ok: true, workspace, changed: [] };
  const cycles = workspace.cycles.slice();
  cycles[index] = result;
  return {
    ok: true,
    workspace: { ...workspace, cycles },
    changed: [{ kind: "cycle", id: cycle.id }],
  };
}

function changeCycle(scope: CycleScope, edit: CycleRecordEdit): CycleChange {
  switch (edit.type) {
    case "cycleParticipant.addFromRoster":
    case "cycleParticipant.add":
    case "cycleParticipant.update":
    case "cycleParticipant.remove":
      return changeParticipants(scope, edit);
    case "session.create":
    case "session.update":
    case "session.remove":
      return changeSessions(scope, edit);
    case "position.set":
    case "position.clear":
      return changePositions(scope, edit);
    case "measure.add":
    case "measure.update":
    case "measure.remove":
    case "story.add":
    case "story.update":
    case "story.remove":
      return changeEvidence(scope, edit);
    case "recommendation.add":
    case "recommendation.update":
    case "recommendation.remove":
      return changeRecommendations(scope, edit);
    case "action.add":
    case "action.update":
    case "action.remove":
    case "action.addFollowUp":
      return changeActions(scope, edit);
  }
}

/** The cycle a session function returned, or its problems as a refusal with `code`. */
function orRefused(
  scope: CycleScope,
  result: CycleEditResult,
  code: IssuesRefusalCode,
): CycleChange {
  return result.ok ? result.cycle : refuseWithIssues(scope.context, code, result.issues);
}

/** The id a new record takes: the edit's when replayed, otherwise a new one; refused when taken. */
function newRecordId(
  scope: CycleScope,
  given: string | undefined,
  taken: readonly { id: string }[],
): string | Refused {
  const id = given ?? scope.context.newId();
  return taken.some((record) => record.id === id)
    ? refuse(scope.context, "edit.idInUse", { id })
    : id;
}

function hasGroup(organisation: Organisation, groupId: string): boolean {
  return organisation.stakeholderGroups.some((g) => g.id === groupId);
}

function changeParticipants(
  scope: CycleScope,
  edit: Extract<CycleRecordEdit, { type: `cycleParticipant.${string}` }>,
): CycleChange {
  const { cycle, organisation, context } = scope;
  if (edit.type === "cycleParticipant.addFromRoster") {
    const roster = organisation.participants ?? [];
    const unknown = edit.participantIds.find((id) => !roster.some((p) => p.id === id));
    if (unknown !== undefined) return refuse(context, "participant.unknown", { id: unknown });
    const chosen = new Set(edit.participantIds);
    return addRosterParticipants(
      cycle,
      roster.filter((p) => chosen.has(p.id)),
    );
  }
  if (edit.type === "cycleParticipant.add") {
    // Results are read group by group: a person outside the organisation's groups is read nowhere.
    if (!hasGroup(organisation, edit.groupId)) {
      return refuse(context, "group.unknown", { id: edit.groupId });
    }
    const id = newRecordId(scope, edit.id, cycle.participants);
    if (typeof id !== "string") return id;
    const input = { pseudonym: edit.pseudonym, groupId: edit.groupId };
    return orRefused(scope, addCycleParticipant(cycle, input, { newId: () => id }), "edit.invalid");
  }
  const participant = cycle.participants.find((p) => p.id === edit.participantId);
  if (participant === undefined) {
    return refuse(context, "cycle.unknownParticipant", { id: edit.participantId });
  }
  if (edit.type === "cycleParticipant.update") {
    const { pseudonym, groupId } = edit.fields;
    if (groupId !== undefined && !hasGroup(organisation, groupId)) {
      return refuse(context, "group.unknown", { id: groupId });
    }
    const fields = {
      ...(pseudonym === undefined ? {} : { pseudonym }),
      ...(groupId === undefined ? {} : { groupId }),
    };
    return orRefused(scope, updateCycleParticipant(cycle, participant.id, fields), "edit.invalid");
  }
  if (participantHasRecords(cycle, participant.id)) {
    return refuse(context, "cycle.participantHasRecords", { pseudonym: participant.pseudonym });
  }
  return removeCycleParticipant(cycle, participant.id);
}

function changeSessions(
  scope: CycleScope,
  edit: Extract<CycleRecordEdit, { type: `session.${string}` }>,
): CycleChange {
  const { cycle, grid, context } = scope;
  if (edit.type === "session.create") {
    const { type: _type, cycleId: _cycleId, id: givenId, ...input } = edit;
    const id = newRecordId(scope, givenId, cycle.sessions);
    if (typeof id !== "string") return id;
    return orRefused(
      scope,
      createSession(cycle, input, { newId: () => id, grid }),
      "session.invalid",
    );
  }
  const session = cycle.sessions.find((s) => s.id === edit.sessionId);
  if (session === undefined) return refuse(context, "session.unknown", { id: edit.sessionId });
  if (edit.type === "session.update") {
    return orRefused(
      scope,
      updateSession(cycle, session.id, edit.fields, { grid }),
      "session.invalid",
    );
  }
  // Ratings and positions name the session they were given in.
  if (sessionHasRecords(cycle, session.id)) {
    return refuse(context, "session.hasRecords", { name: session.title ?? session.date });
  }
  return removeSession(cycle, session.id);
}

function changePositions(
  scope: CycleScope,
  edit: Extract<CycleRecordEdit, { type: `position.${string}` }>,
): CycleChange {
  const { cycle, grid, organisation, context } = scope;
  if (edit.type === "position.clear") {
    if (!cycle.positions.some((p) => p.criterionId === edit.criterionId)) {
      return refuse(context, "position.none", { criterionId: edit.criterionId });
    }
    return clearCollectivePosition(cycle, edit.criterionId);
  }
  const { type: _type, cycleId: _cycleId, ...input } = edit;
  for (const dissent of input.dissents ?? []) {
    const unknown = dissent.groupIds.find((groupId) => !hasGroup(organisation, groupId));
    if (unknown !== undefined) return refuse(context, "group.unknown", { id: unknown });
  }
  return orRefused(
    scope,
    setCollectivePosition(cycle, input, { grid, now: context.now }),
    "position.invalid",
  );
}

function changeEvidence(
  scope: CycleScope,
  edit: Extract<CycleRecordEdit, { type: `measure.${string}` | `story.${string}` }>,
): CycleChange {
  const { cycle, grid, context } = scope;
  switch (edit.type) {
    case "measure.add": {
      const { type: _type, cycleId: _cycleId, id: givenId, ...input } = edit;
      const id = newRecordId(scope, givenId, cycle.measures);
      if (typeof id !== "string") return id;
      const deps = { grid, now: context.now, newId: () => id };
      return orRefused(scope, addMeasure(cycle, input, deps), "measure.invalid");
    }
    case "story.add": {
      const { type: _type, cycleId: _cycleId, id: givenId, ...input } = edit;
      const id = newRecordId(scope, givenId, cycle.stories);
      if (typeof id !== "string") return id;
      return orRefused(scope, addStory(cycle, input, { grid, newId: () => id }), "story.invalid");
    }
    case "measure.update":
    case "measure.remove": {
      if (!cycle.measures.some((m) => m.id === edit.measureId)) {
        return refuse(context, "measure.unknown", { id: edit.measureId });
      }
      if (edit.type === "measure.remove") return removeMeasure(cycle, edit.measureId);
      return orRefused(scope, updateMeasure(cycle, edit.measureId, edit.fields), "measure.invalid");
    }
    case "story.update":
    case "story.remove": {
      if (!cycle.stories.some((s) => s.id === edit.storyId)) {
        return refuse(context, "story.unknown", { id: edit.storyId });
      }
      if (edit.type === "story.remove") return removeStory(cycle, edit.storyId);
      return orRefused(
        scope,
        updateStory(cycle, edit.storyId, edit.fields, { grid }),
        "story.invalid",
      );
    }
  }
}

/**
 * A carried-over action continues an action of the cycle's previous cycle: the progress loop
 * reads one against the other.
 */
function unknownPreviousAction(
  scope: CycleScope,
  previousActionId: string | undefined,
): Refused | undefined {
  if (!previousActionId) return undefined;
  const { workspace, cycle, context } = scope;
  const previous = workspace.cycles.find((c) => c.id === cycle.previousCycleId);
  if (previous?.actions.some((a) => a.id === previousActionId)) return undefined;
  return refuse(context, "action.unknownPreviousAction", { id: previousActionId });
}

function changeRecommendations(
  scope: CycleScope,
  edit: Extract<CycleRecordEdit, { type: `recommendation.${string}` }>,
): CycleChange {
  const { cycle, grid, context } = scope;
  if (edit.type === "recommendation.add") {
    const { type: _type, cycleId: _cycleId, id: givenId, ...input } = edit;
    const id = newRecordId(scope, givenId, cycle.recommendations);
    if (typeof id !== "string") return id;
    const deps = { grid, newId: () => id };
    return orRefused(scope, addRecommendation(cycle, input, deps), "recommendation.invalid");
  }
  const { recommendationId } = edit;
  if (!cycle.recommendations.some((r) => r.id === recommendationId)) {
    return refuse(context, "recommendation.unknown", { id: recommendationId });
  }
  if (edit.type === "recommendation.remove") return removeRecommendation(cycle, recommendationId);
  return orRefused(
    scope,
    updateRecommendation(cycle, recommendationId, edit.fields, { grid }),
    "recommendation.invalid",
  );
}

function changeActions(
  scope: CycleScope,
  edit: Extract<CycleRecordEdit, { type: `action.${string}` }>,
): CycleChange {
  const { workspace, cycle, grid, context } = scope;
  if (edit.type === "action.add") {
    const { type: _type, cycleId: _cycleId, id: givenId, ...input } = edit;
    const id = newRecordId(scope, givenId, cycle.actions);
    if (typeof id !== "string") return id;
    const notCarried = unknownPreviousAction(scope, input.previousActionId);
    if (notCarried !== undefined) return notCarried;
    return orRefused(scope, addAction(cycle, input, { grid, newId: () => id }), "action.invalid");
  }
  const action = cycle.actions.find((a) => a.id === edit.actionId);
  if (action === undefined) return refuse(context, "action.unknown", { id: edit.actionId });
  if (edit.type === "action.update") {
    const notCarried = unknownPreviousAction(scope, edit.fields.previousActionId);
    if (notCarried !== undefined) return notCarried;
    return orRefused(
      scope,
      updateAction(cycle, action.id, edit.fields, { grid }),
      "action.invalid",
    );
  }
  if (edit.type === "action.addFollowUp") {
    const followUp = {
      date: edit.date,
      note: edit.note,
      ...(edit.status === undefined ? {} : { status: edit.status }),
    };
    return orRefused(scope, addFollowUp(cycle, action.id, followUp), "followUp.invalid");
  }
  // The next cycle's report says whether this action was done: its continuations need it.
  const continuations = workspace.cycles
    .filter((c) => c.previousCycleId === cycle.id)
    .flatMap((c) => c.actions)
    .filter((a) => a.previousActionId === action.id).length;
  if (continuations > 0) {
    return refuse(context, "action.continuedLater", { title: action.title, count: continuations });
  }
  return removeAction(cycle, action.id);
}
