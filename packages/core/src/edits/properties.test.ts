import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idArbitrary, workspaceArbitrary } from "../format/arbitraries.test-support.ts";
import { safeParseWorkspace } from "../format/parse.ts";
import type { Workspace } from "../model/workspace.ts";
import { applyWorkspaceEdit } from "./apply.ts";
import { WorkspaceEdit } from "./schema.ts";

const NOW = "2030-01-01T00:00:00.000Z";

function pickOr(draw: fc.GeneratorValue, values: readonly string[]): string {
  return values.length > 0 && draw(() => fc.boolean())
    ? draw(() => fc.constantFrom(...values))
    : draw(() => idArbitrary);
}

/** Edits aimed at what the workspace holds (so most are accepted), with some that miss. */
function editArbitrary(workspace: Workspace): fc.Arbitrary<WorkspaceEdit> {
  return fc.gen().map((draw): WorkspaceEdit => {
    const organisationId = pickOr(
      draw,
      workspace.organisations.map((o) => o.id),
    );
    const organisation = workspace.organisations.find((o) => o.id === organisationId);
    const groupId = pickOr(draw, organisation?.stakeholderGroups.map((g) => g.id) ?? []);
    const participantId = pickOr(draw, organisation?.participants?.map((p) => p.id) ?? []);
    const grid = draw(() => fc.constantFrom(...workspace.grids));
    const ref = { gridId: grid.id, version: grid.version };
    const cycleId = pickOr(
      draw,
      workspace.cycles.map((c) => c.id),
    );
    const label = draw(() => fc.constantFrom("Voisins", " Bénévoles ", "x"));
    const edits: WorkspaceEdit[] = [
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
      { type: "workshop.removeVoter", workshopId: "atelier", voterId: participantId },
    ];
    return draw(() => fc.constantFrom(...edits));
  });
}

const cases = workspaceArbitrary().chain((workspace) =>
  editArbitrary(workspace).map((edit) => ({ workspace, edit })),
);

function counter(): () => string {
  let n = 0;
  return () => `edit-${++n}`;
}

describe("applyWorkspaceEdit (properties)", () => {
  it("turns a valid workspace into a valid one, or refuses and changes nothing", () => {
    fc.assert(
      fc.property(cases, ({ workspace, edit }) => {
        const before = JSON.parse(JSON.stringify(workspace)) as typeof workspace;
        const result = applyWorkspaceEdit(workspace, edit, { newId: counter(), now: NOW });
        expect(workspace).toEqual(before);
        if (result.ok) {
          const parsed = safeParseWorkspace(result.workspace);
          expect(parsed.ok ? [] : parsed.issues).toEqual([]);
        } else {
          expect(result.refusal.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("reads back every edit it wrote as JSON", () => {
    fc.assert(
      fc.property(cases, ({ edit }) => {
        const recorded = WorkspaceEdit.parse(edit);
        expect(WorkspaceEdit.parse(JSON.parse(JSON.stringify(recorded)))).toEqual(recorded);
      }),
      { numRuns: 100 },
    );
  });
});
