// @vitest-environment node
import { exampleWorkspace, recordRating } from "@coeval/core";
import { describe, expect, it } from "vitest";
import { cycleContext, editCycle } from "./cycleEdits.ts";

describe("editCycle", () => {
  const workspace = exampleWorkspace();
  const cycle = workspace.cycles[workspace.cycles.length - 1];
  if (!cycle) throw new Error("the example has no cycle");
  const session = cycle.sessions[0];
  const participant = cycle.participants[0];
  const criterionId = cycle.ratings[0]?.criterionId ?? "";

  it("replaces the edited cycle only, keeping the others as they were", () => {
    const outcome = editCycle(workspace, cycle.id, ({ cycle: current, grid, organisation }) =>
      recordRating(
        current,
        {
          sessionId: session?.id ?? "",
          participantId: participant?.id ?? "",
          criterionId,
          value: "dontKnow",
          round: 1,
        },
        { grid, organisation, now: "2026-11-01T10:00:00.000Z", newId: () => crypto.randomUUID() },
      ),
    );
    expect(outcome.issues).toEqual([]);
    const edited = outcome.workspace.cycles.find((c) => c.id === cycle.id);
    expect(edited?.ratings).toHaveLength(cycle.ratings.length + 1);
    outcome.workspace.cycles.forEach((c, index) => {
      if (c.id !== cycle.id) expect(c).toBe(workspace.cycles[index]);
    });
  });

  it("leaves the workspace as it was when the core refuses, and says why", () => {
    const outcome = editCycle(workspace, cycle.id, ({ cycle: current, grid }) =>
      recordRating(
        current,
        { sessionId: "nope", participantId: "nope", criterionId, value: 1, round: 1 },
        { grid, now: "2026-11-01T10:00:00.000Z", newId: () => crypto.randomUUID() },
      ),
    );
    expect(outcome.workspace).toBe(workspace);
    expect(outcome.issues.map((issue) => issue.code)).toEqual(["ref.session", "ref.participant"]);
    expect(editCycle(workspace, "nope", ({ cycle: c }) => c).issues[0]?.code).toBe("ref.cycle");
  });

  it("finds a cycle's grid version and organisation", () => {
    const context = cycleContext(workspace, cycle.id);
    expect(context?.grid.version).toBe(cycle.grid.version);
    expect(context?.organisation.id).toBe(cycle.organisationId);
    expect(cycleContext(workspace, "nope")).toBeUndefined();
  });
});
