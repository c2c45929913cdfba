import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { workspaceArbitrary } from "../format/arbitraries.test-support.ts";
import { sampleWorkspace } from "../format/fixtures.test-support.ts";
import { safeParseWorkspace } from "../format/parse.ts";
import type { Workspace } from "../model/workspace.ts";
import { recordRating } from "../session/ratings.ts";
import { NOW, uuids, workshopGrid, workshopWorkspace } from "../session/test-support.ts";
import {
  applyChanges,
  assembleWorkspace,
  diffWorkspace,
  type StoredWorkspace,
  splitWorkspace,
} from "./records.ts";

type JsonObject = { [key: string]: unknown };

const asJson = (workspace: Workspace) => workspace as unknown as JsonObject;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function assembled(stored: StoredWorkspace): JsonObject {
  const result = assembleWorkspace(stored);
  if (!result.ok) throw new Error(`orphans: ${JSON.stringify(result.issues)}`);
  return result.document;
}

/** One rating more in the workshop's cycle, the way the session screens record it. */
const newId = uuids();

function withOneRating(workspace: Workspace, participantIndex = 0): Workspace {
  const cycle = workspace.cycles[0];
  if (!cycle) throw new Error("no cycle");
  const participant = cycle.participants[participantIndex];
  const session = cycle.sessions[0];
  const criterion = workshopGrid().dimensions[0]?.criteria[0];
  if (!participant || !session || !criterion) throw new Error("incomplete fixture");
  const recorded = recordRating(
    cycle,
    {
      sessionId: session.id,
      participantId: participant.id,
      criterionId: criterion.id,
      value: 2,
      round: 1,
    },
    { grid: workshopGrid(), newId, now: NOW },
  );
  if (!recorded.ok) throw new Error("rating refused");
  return { ...workspace, cycles: [recorded.cycle, ...workspace.cycles.slice(1)] };
}

describe("a workspace kept as records", () => {
  it("keeps every list of records out of the skeleton, one record each", () => {
    const workspace = sampleWorkspace();
    const { skeleton, records } = splitWorkspace(asJson(workspace));
    const cycle = workspace.cycles[0];
    expect((skeleton.grids as unknown[]).length).toBe(0);
    expect((skeleton.cycles as JsonObject[])[0]?.ratings).toEqual([]);
    expect(records.filter((r) => r.path.includes("/ratings/"))).toHaveLength(
      cycle?.ratings.length ?? 0,
    );
    expect(records.find((r) => r.path.startsWith("workspace/grids/"))?.path).toBe(
      `workspace/grids/${workspace.grids[0]?.id}~${workspace.grids[0]?.version}`,
    );
  });

  it("is assembled back into the very same workspace", () => {
    fc.assert(
      fc.property(workspaceArbitrary({ maxCycles: 2 }), (workspace) => {
        const document = copy(asJson(workspace));
        expect(assembled(splitWorkspace(document))).toEqual(document);
      }),
      { numRuns: 60 },
    );
  });

  it("assembles, exactly as stored, a document that is not a valid workspace", () => {
    const broken = {
      formatVersion: 1,
      id: "x",
      cycles: [
        { id: "c1", ratings: [{ id: "r1" }, { id: "r1" }] },
        { id: "c1", ratings: [{ id: "r2" }] },
        "not a cycle",
      ],
      grids: [{ name: "no id" }],
      organisations: [{ id: "o1", participants: [{ id: "p1" }] }],
    };
    expect(assembled(splitWorkspace(copy(broken)))).toEqual(broken);
  });

  it("reports records whose container is gone rather than dropping them", () => {
    const stored = splitWorkspace(asJson(workshopWorkspace()));
    const orphan = { path: "cycle/nowhere/ratings/r1", index: 0, value: { id: "r1" } };
    const result = assembleWorkspace({ ...stored, records: [...stored.records, orphan] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: [], code: "storage.orphanRecord", params: { path: "cycle/nowhere/ratings/r1" } },
      ],
    });
  });
});

describe("what a change writes", () => {
  it("writes one record for one rating, not the workspace", () => {
    const before = withOneRating(workshopWorkspace());
    const after = withOneRating(before, 1);
    const diff = diffWorkspace(before, after);
    expect(diff.ok).toBe(true);
    if (!diff.ok) return;
    expect(diff.changes.skeleton).toBeUndefined();
    expect(diff.changes.remove).toEqual([]);
    expect(diff.changes.put.map((record) => record.path)).toEqual([
      `cycle/${after.cycles[0]?.id}/ratings/${after.cycles[0]?.ratings.at(-1)?.id}`,
    ]);
  });

  it("writes the skeleton when a field outside the records changes", () => {
    const before = workshopWorkspace();
    const organisation = before.organisations[0];
    if (!organisation) throw new Error("no organisation");
    const after = { ...before, organisations: [{ ...organisation, territory: "Rennes" }] };
    const diff = diffWorkspace(before, after);
    expect(diff.ok && diff.changes.skeleton !== undefined && diff.changes.put).toEqual([]);
  });

  it("refuses a change that leaves a record invalid, saying where", () => {
    const before = withOneRating(workshopWorkspace());
    const cycle = before.cycles[0];
    const rating = cycle?.ratings[0];
    if (!cycle || !rating) throw new Error("no rating");
    const broken = {
      ...before,
      cycles: [{ ...cycle, ratings: [{ ...rating, round: 3 as 1 }] }],
    };
    const diff = diffWorkspace(before, broken);
    expect(diff.ok).toBe(false);
    if (diff.ok) return;
    expect(diff.issues[0]?.path).toEqual(["cycles", 0, "ratings", 0, "round"]);
  });

  it("turns the stored records of one workspace into those of the next, whatever changed", () => {
    fc.assert(
      fc.property(
        workspaceArbitrary({ maxCycles: 2 }),
        workspaceArbitrary({ maxCycles: 2 }),
        (first, second) => {
          // The same workspace id, with whatever else the second one holds.
          const previous = copy(first);
          const next = { ...copy(second), id: previous.id };
          const diff = diffWorkspace(previous, next);
          expect(diff.ok).toBe(true);
          if (!diff.ok) return;
          const stored = applyChanges(splitWorkspace(asJson(previous)), diff.changes);
          const read = safeParseWorkspace(assembled(stored));
          expect(read.ok && read.workspace).toEqual(safeParseWorkspace(next).ok && next);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes nothing when nothing changed", () => {
    const workspace = withOneRating(workshopWorkspace());
    expect(diffWorkspace(workspace, workspace)).toEqual({
      ok: true,
      changes: { put: [], remove: [] },
    });
  });
});
