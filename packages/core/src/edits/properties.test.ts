import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idArbitrary, workspaceArbitrary } from "../format/arbitraries.test-support.ts";
import { safeParseWorkspace, serialiseWorkspace } from "../format/parse.ts";
import { ActionStatus, PositionStatus } from "../model/cycle.ts";
import { findGrid, isOrdinal, ordinalScaleOf, primaryOrdinalIndicator } from "../model/lookup.ts";
import type { Workspace } from "../model/workspace.ts";
import { applyWorkspaceEdit } from "./apply.ts";
import { WorkspaceEdit } from "./schema.ts";

/** After every date the generated workspaces hold, as an edit made now would be. */
const NOW = "2100-01-01T00:00:00.000Z";

type Draw = fc.GeneratorValue;

/** One of `values` four times in five, so that most edits hit something; else an id that misses. */
function pickOr(draw: Draw, values: readonly string[]): string {
  return values.length > 0 && draw(() => fc.integer({ min: 0, max: 4 })) > 0
    ? draw(() => fc.constantFrom(...values))
    : draw(() => idArbitrary);
}

function subsetOf(draw: Draw, values: readonly string[]): string[] {
  return values.length === 0
    ? []
    : draw(() => fc.subarray([...values], { maxLength: Math.min(3, values.length) }));
}

/** Edits aimed at what the workspace holds (so most are accepted), with some that miss. */
function drawEdit(draw: Draw, workspace: Workspace): WorkspaceEdit {
  const ids = <T extends { id: string }>(records: readonly T[] | undefined) =>
    (records ?? []).map((record) => record.id);
  const organisationId = pickOr(draw, ids(workspace.organisations));
  const organisation = workspace.organisations.find((o) => o.id === organisationId);
  const groupId = pickOr(draw, ids(organisation?.stakeholderGroups));
  const participantId = pickOr(draw, ids(organisation?.participants));
  const grid = draw(() => fc.constantFrom(...workspace.grids));
  const ref = { gridId: grid.id, version: grid.version };
  const label = draw(() => fc.constantFrom("Voisins", " Bénévoles ", "x"));
  const text = draw(() => fc.constantFrom("Un récit", " ", "", "Pas d’accord"));
  const date = draw(() => fc.constantFrom("2026-03-14", "", "2029-12-31"));

  // Inside a cycle: the records of the cycle and of its pinned grid.
  const cycleId = pickOr(draw, ids(workspace.cycles));
  const cycle = workspace.cycles.find((c) => c.id === cycleId);
  const cycleGrid = cycle && findGrid(workspace, cycle.grid);
  const cycleOrganisation = workspace.organisations.find((o) => o.id === cycle?.organisationId);
  const cycleGroupId = pickOr(draw, ids(cycleOrganisation?.stakeholderGroups));
  const criteria = cycleGrid?.dimensions.flatMap((d) => d.criteria) ?? [];
  const criterion = criteria.length > 0 ? draw(() => fc.constantFrom(...criteria)) : undefined;
  const criterionId = criterion?.id ?? draw(() => idArbitrary);
  const indicatorId = pickOr(draw, ids(criterion?.indicators));
  const primary = criterion && primaryOrdinalIndicator(criterion);
  const levels = primary && isOrdinal(primary) ? ordinalScaleOf(primary).levels : [];
  const level = draw(() => fc.constantFrom(null, 0, ...levels.map((l) => l.value)));
  const member = pickOr(draw, ids(cycle?.participants));
  const rosterIds = subsetOf(draw, ids(cycleOrganisation?.participants));
  const sessionId = pickOr(draw, ids(cycle?.sessions));
  const measureId = pickOr(draw, ids(cycle?.measures));
  const storyId = pickOr(draw, ids(cycle?.stories));
  const recommendationId = pickOr(draw, ids(cycle?.recommendations));
  const actionId = pickOr(draw, ids(cycle?.actions));
  const previous = workspace.cycles.find((c) => c.id === cycle?.previousCycleId);
  const previousActionId = draw(() =>
    fc.constantFrom("", pickOr(draw, ids(previous?.actions)), pickOr(draw, ids(cycle?.actions))),
  );
  const criterionIds = subsetOf(draw, ids(criteria));

  // In a co-construction workshop.
  const workshopId = pickOr(draw, ids(workspace.gridWorkshops));
  const workshop = workspace.gridWorkshops.find((w) => w.id === workshopId);
  const workshopOrganisation = workspace.organisations.find(
    (o) => o.id === workshop?.organisationId,
  );
  const workshopGroupId = draw(() =>
    fc.constantFrom("", pickOr(draw, ids(workshopOrganisation?.stakeholderGroups))),
  );
  const proposalId = pickOr(draw, ids(workshop?.proposals));
  const otherProposalId = pickOr(draw, ids(workshop?.proposals));
  const voterId = pickOr(draw, ids(workshop?.voters));
  const workshopGrid = workspace.grids.find((g) => g.id === workshop?.gridId) ?? grid;
  const votedCriterionId = pickOr(
    draw,
    workshopGrid.dimensions.flatMap((d) => d.criteria.map((c) => c.id)),
  );
  const points = draw(() => fc.constantFrom(0, 1, 2, 5, 1.5));

  const general: WorkspaceEdit[] = [
    { type: "organisation.create", name: label, kind: "association" },
    { type: "organisation.update", organisationId, fields: { territory: "", name: label } },
    { type: "group.add", organisationId, label, side: "internal" },
    { type: "group.update", organisationId, groupId, fields: { label, side: "external" } },
    { type: "group.remove", organisationId, groupId },
    { type: "participant.add", organisationId, pseudonym: label, groupId },
    { type: "participant.update", organisationId, participantId, fields: { name: "", groupId } },
    { type: "participant.remove", organisationId, participantId },
    { type: "grid.edit", ref, edit: { type: "renameGrid", name: label } },
    { type: "grid.newDraft", ref },
    { type: "grid.adopt", ref },
    { type: "grid.archive", ref },
    {
      type: "cycle.create",
      organisationId,
      grid: ref,
      name: label,
      mode: "selfEvaluation",
      participants: organisation?.participants ?? [],
    },
    {
      type: "cycle.update",
      cycleId,
      fields: {
        name: label,
        minGroupSize: draw(() => fc.integer({ min: 0, max: 4 })),
        previousCycleId: draw(() => fc.constantFrom(null, cycleId)),
      },
    },
  ];
  const inCycle: WorkspaceEdit[] = [
    {
      type: "cycleParticipant.addFromRoster",
      cycleId,
      participantIds: rosterIds.length > 0 ? rosterIds : [member],
    },
    { type: "cycleParticipant.add", cycleId, pseudonym: label, groupId: cycleGroupId },
    {
      type: "cycleParticipant.update",
      cycleId,
      participantId: member,
      fields: { pseudonym: label, groupId: cycleGroupId },
    },
    { type: "cycleParticipant.remove", cycleId, participantId: member },
    {
      type: "session.create",
      cycleId,
      date: "2026-03-14",
      title: text,
      participantIds: [member],
      criterionIds,
    },
    {
      type: "session.update",
      cycleId,
      sessionId,
      fields: { kind: "visit", place: text, criterionIds: [criterionId] },
    },
    { type: "session.remove", cycleId, sessionId },
    {
      type: "position.set",
      cycleId,
      criterionId,
      sessionId: draw(() => fc.constantFrom(undefined, sessionId)),
      level,
      status: draw(() => fc.constantFrom(...PositionStatus.options)),
      rationale: text,
      dissents: [{ text, groupIds: [cycleGroupId] }],
      strengths: [text],
    },
    { type: "position.clear", cycleId, criterionId },
    {
      type: "measure.add",
      cycleId,
      criterionId,
      indicatorId,
      value: draw(() => fc.constantFrom(0, 12.5, -3)),
      period: text,
    },
    { type: "measure.update", cycleId, measureId, fields: { value: 7, source: text } },
    { type: "measure.remove", cycleId, measureId },
    {
      type: "story.add",
      cycleId,
      text,
      kind: "testimony",
      valence: "mixed",
      consent: "internal",
      criterionIds,
      tellerId: draw(() => fc.constantFrom("", member)),
      indicatorId: draw(() => fc.constantFrom("", indicatorId)),
      date,
    },
    { type: "story.update", cycleId, storyId, fields: { text, tellerId: member, title: text } },
    { type: "story.remove", cycleId, storyId },
    { type: "recommendation.add", cycleId, text, criterionIds },
    { type: "recommendation.update", cycleId, recommendationId, fields: { text, criterionIds } },
    { type: "recommendation.remove", cycleId, recommendationId },
    {
      type: "action.add",
      cycleId,
      title: label,
      owner: text,
      dueDate: date,
      criterionIds,
      recommendationId: draw(() => fc.constantFrom("", recommendationId)),
      previousActionId,
    },
    {
      type: "action.update",
      cycleId,
      actionId,
      fields: {
        status: draw(() => fc.constantFrom(...ActionStatus.options)),
        successSignal: text,
        previousActionId,
      },
    },
    { type: "action.remove", cycleId, actionId },
    {
      type: "action.addFollowUp",
      cycleId,
      actionId,
      date: "2026-06-01",
      note: text,
      status: draw(() => fc.constantFrom(undefined, "done" as const)),
    },
  ];
  const createWorkshop: WorkspaceEdit = {
    type: "workshop.create",
    organisationId,
    gridId: draw(() => fc.constantFrom(grid.id, "nope")),
    title: label,
    date: draw(() => fc.constantFrom(undefined, "2026-03-20")),
    pointsPerVoter: draw(() => fc.integer({ min: 1, max: 5 })),
  };
  const inWorkshop: WorkspaceEdit[] = [
    createWorkshop,
    {
      type: "workshop.update",
      workshopId,
      fields: { pointsPerVoter: draw(() => fc.integer({ min: 1, max: 5 })), date },
    },
    {
      type: "workshop.addProposal",
      workshopId,
      label,
      description: text,
      groupId: workshopGroupId,
    },
    {
      type: "workshop.decideProposal",
      workshopId,
      proposalId,
      decision: draw(() =>
        fc.constantFrom(
          { status: "merged" as const, mergedIntoId: otherProposalId, note: text },
          { status: "rejected" as const, note: text },
          { status: "pending" as const },
        ),
      ),
    },
    {
      type: "workshop.acceptProposal",
      workshopId,
      proposalId,
      dimensionId: pickOr(draw, ids(workshopGrid.dimensions)),
      rating: { kind: "yesPartlyNo" },
      amendedLabel: text,
    },
    {
      type: "workshop.addObjection",
      workshopId,
      proposalId,
      text: label,
      groupId: workshopGroupId,
    },
    { type: "workshop.addVoter", workshopId, pseudonym: label, groupId: workshopGroupId },
    {
      type: "workshop.addRosterVoters",
      workshopId,
      participantIds: [pickOr(draw, ids(workshopOrganisation?.participants))],
    },
    { type: "workshop.setVote", workshopId, voterId, criterionId: votedCriterionId, points },
    { type: "workshop.removeVoter", workshopId, voterId },
  ];
  // A workspace starts with no workshop: edits inside one need one first.
  const groups = [
    general,
    inCycle,
    workspace.gridWorkshops.length > 0 ? inWorkshop : [createWorkshop],
  ];
  const edits = draw(() => fc.constantFrom(...groups));
  return draw(() => fc.constantFrom(...edits));
}

function counter(): () => string {
  let n = 0;
  return () => `edit-${++n}`;
}

/** The workspace with a co-construction workshop under way: two proposals, two voters. */
function withWorkshop(workspace: Workspace): Workspace {
  const organisationId = workspace.organisations[0]?.id ?? "";
  const groupId = workspace.organisations[0]?.stakeholderGroups[0]?.id ?? "";
  const gridId = workspace.grids[0]?.id ?? "";
  const workshopId = "atelier";
  const setUp: WorkspaceEdit[] = [
    {
      type: "workshop.create",
      id: workshopId,
      organisationId,
      gridId,
      title: "Atelier",
      pointsPerVoter: 3,
    },
    { type: "workshop.addProposal", workshopId, label: "Convivialité", groupId },
    { type: "workshop.addProposal", workshopId, label: "Gouvernance" },
    { type: "workshop.addVoter", workshopId, pseudonym: "Ana", groupId },
    { type: "workshop.addVoter", workshopId, pseudonym: "Bea", groupId },
  ];
  const newId = counter();
  return setUp.reduce((current, edit) => {
    const result = applyWorkspaceEdit(current, edit, { newId, now: NOW });
    if (!result.ok) throw new Error(result.refusal.message);
    return result.workspace;
  }, workspace);
}

/** A workspace (half of them with a workshop), then edits drawn each against what the last one left. */
const sessions = fc.tuple(
  fc
    .tuple(workspaceArbitrary(), fc.boolean())
    .map(([workspace, workshop]) => (workshop ? withWorkshop(workspace) : workspace)),
  fc.gen(),
  fc.integer({ min: 1, max: 12 }),
);

describe("applyWorkspaceEdit (properties)", () => {
  it("keeps a workspace valid, and a refused edit changes nothing", () => {
    fc.assert(
      fc.property(sessions, ([start, draw, length]) => {
        const newId = counter();
        let workspace = start;
        for (let step = 0; step < length; step++) {
          const edit = drawEdit(draw, workspace);
          const before = JSON.parse(JSON.stringify(workspace)) as Workspace;
          const result = applyWorkspaceEdit(workspace, edit, { newId, now: NOW });
          expect(workspace).toEqual(before);
          if (!result.ok) {
            expect(result.refusal.message.length).toBeGreaterThan(0);
            continue;
          }
          // Checked as a file import does, at the edit's time: what it records is dated now.
          const parsed = safeParseWorkspace(result.workspace, { now: NOW });
          expect(parsed.ok ? [] : parsed.issues).toEqual([]);
          workspace = result.workspace;
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives a workspace that reads back identical once exported to a file", () => {
    fc.assert(
      fc.property(sessions, ([start, draw, length]) => {
        const newId = counter();
        let workspace = start;
        for (let step = 0; step < length; step++) {
          const result = applyWorkspaceEdit(workspace, drawEdit(draw, workspace), {
            newId,
            now: NOW,
          });
          if (result.ok) workspace = result.workspace;
        }
        const imported = safeParseWorkspace(serialiseWorkspace(workspace), { now: NOW });
        expect(imported.ok && imported.workspace).toEqual(workspace);
      }),
      { numRuns: 100 },
    );
  });

  it("reads back every edit it wrote as JSON", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), fc.gen(), (workspace, draw) => {
        const recorded = WorkspaceEdit.parse(drawEdit(draw, workspace));
        expect(WorkspaceEdit.parse(JSON.parse(JSON.stringify(recorded)))).toEqual(recorded);
      }),
      { numRuns: 100 },
    );
  });
});
