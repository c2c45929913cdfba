// @vitest-environment node
import { instantiateTemplate, sequentialIds, type Workspace } from "@coeval/core";
import { describe, expect, it } from "vitest";
import {
  adoptGridVersion,
  criterionWithScale,
  editGridVersion,
  gridVersions,
  laterDraft,
  restoreGridVersion,
  scalesByUse,
} from "./gridEdits.ts";
import { GridHistory } from "./gridEditsHistory.ts";
import { newWorkspace } from "./newWorkspace.ts";

const now = "2026-03-01T10:00:00.000Z";
function workspaceWithTemplate(): Workspace {
  const grid = instantiateTemplate("social-utility-5d", "fr", { now, newGridId: "g" });
  return { ...newWorkspace({ name: "Test" }), grids: [grid] };
}
const clock = { now, newId: sequentialIds("new-") };

describe("grid edits in a workspace", () => {
  it("changes a draft in place", () => {
    const workspace = workspaceWithTemplate();
    const outcome = editGridVersion(
      workspace,
      { gridId: "g", version: 1 },
      { type: "renameGrid", name: "Notre grille" },
      clock,
    );
    expect(outcome.before).toBe(workspace.grids[0]);
    expect(outcome.workspace.grids.map((g) => [g.version, g.name])).toEqual([[1, "Notre grille"]]);
    expect(workspace.grids[0]?.name).not.toBe("Notre grille");
  });

  it("never changes an adopted version: the edit starts the next version, numbered after the highest", () => {
    const adopted = adoptGridVersion(workspaceWithTemplate(), { gridId: "g", version: 1 }, now);
    if (!adopted.ok) throw new Error("the template must be adoptable");
    // An archived version 3 exists: the new draft is version 4.
    const v1 = adopted.workspace.grids[0];
    if (!v1) throw new Error("missing grid");
    const withV3 = {
      ...adopted.workspace,
      grids: [v1, { ...v1, version: 3, status: "archived" as const }],
    };
    const outcome = editGridVersion(
      withV3,
      { gridId: "g", version: 1 },
      { type: "renameGrid", name: "v4" },
      clock,
    );
    expect(outcome.before).toBeNull();
    expect(gridVersions(outcome.workspace, "g").map((g) => [g.version, g.status, g.name])).toEqual([
      [1, "adopted", v1.name],
      [3, "archived", v1.name],
      [4, "draft", "v4"],
    ]);
    expect(outcome.after.provenance.derivedFrom).toEqual({ gridId: "g", version: 1 });
    expect(laterDraft(outcome.workspace, v1)?.version).toBe(4);
  });

  it("restores a version from a snapshot, or removes it for a null snapshot", () => {
    const workspace = workspaceWithTemplate();
    const grid = workspace.grids[0];
    if (!grid) throw new Error("missing grid");
    const v2 = { ...grid, version: 2 };
    const added = restoreGridVersion(workspace, { gridId: "g", version: 2 }, v2);
    expect(gridVersions(added, "g").map((g) => g.version)).toEqual([1, 2]);
    const removed = restoreGridVersion(added, { gridId: "g", version: 2 }, null);
    expect(gridVersions(removed, "g").map((g) => g.version)).toEqual([1]);
  });

  it("offers the most used scale of the grid for a new criterion, without its descriptors", () => {
    const grid = instantiateTemplate("social-utility-5d", "fr", { now, newGridId: "g" });
    const [most] = scalesByUse(grid);
    expect(most?.scale.levels.map((l) => l.label)).toEqual([
      "Pas encore",
      "Premiers pas",
      "Bien engagé",
      "Exemplaire",
    ]);
    const draft = criterionWithScale(
      "Nouveau",
      most?.scale ?? { kind: "custom", levels: [], allowDontKnow: true, allowNotApplicable: true },
    );
    const indicator = draft.indicators[0];
    expect(
      indicator?.kind === "scale" &&
        indicator.scale.levels.every((l) => l.descriptor === undefined),
    ).toBe(true);
  });
});

describe("grid history", () => {
  it("undoes and redoes by snapshots, and drops itself when the grid changed another way", () => {
    const history = new GridHistory();
    const workspace = workspaceWithTemplate();
    const ref = { gridId: "g", version: 1 };
    const first = editGridVersion(workspace, ref, { type: "renameGrid", name: "A" }, clock);
    history.record(workspace.id, "g", { ref, before: first.before, after: first.after });
    const undone = history.undo(workspace.id, "g", first.workspace);
    expect(undone.kind === "moved" && undone.workspace.grids[0]?.name).toBe(
      workspace.grids[0]?.name,
    );
    if (undone.kind !== "moved") return;
    const redone = history.redo(workspace.id, "g", undone.workspace);
    expect(redone.kind === "moved" && redone.workspace.grids[0]?.name).toBe("A");
    if (redone.kind !== "moved") return;

    const elsewhere = editGridVersion(
      redone.workspace,
      ref,
      { type: "renameGrid", name: "B" },
      clock,
    );
    expect(history.undo(workspace.id, "g", elsewhere.workspace)).toEqual({ kind: "stale" });
    expect(history.canUndo(workspace.id, "g")).toBe(false);
  });
});
