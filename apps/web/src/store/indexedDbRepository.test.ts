// @vitest-environment node

import { applyWorkspaceEdit, diffWorkspace, exampleWorkspace } from "@coeval/core";
import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import {
  createIndexedDbRepository,
  DATABASE_NAME,
  openCoevalDatabase,
  RECORDS,
  WORKSPACES,
} from "./indexedDbRepository.ts";
import { newWorkspace } from "./newWorkspace.ts";
import {
  InvalidRecordError,
  RevisionConflictError,
  UnreadableRecordError,
  type WorkspaceRecord,
} from "./repository.ts";

function recordOf(name: string, updatedAt: string): WorkspaceRecord {
  const workspace = newWorkspace({ name });
  return { id: workspace.id, version: 1, workspace, updatedAt };
}

describe("IndexedDB workspace repository", () => {
  it("saves, loads and lists workspaces, newest change first", async () => {
    const repository = createIndexedDbRepository();
    const older = recordOf("L'Épicerie du Lien", "2026-01-01T10:00:00.000Z");
    const newer = recordOf("La Ressourcerie", "2026-03-01T10:00:00.000Z");
    await repository.save(older);
    await repository.save(newer);

    expect(await repository.load(older.id)).toEqual({ ...older, revision: 1 });
    const { records, unreadable } = await repository.list();
    expect(records.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(unreadable).toEqual([]);
  });

  it("returns undefined for an unknown workspace", async () => {
    expect(await createIndexedDbRepository().load("nope")).toBeUndefined();
  });

  it("overwrites a workspace saved again and keeps its export date", async () => {
    const repository = createIndexedDbRepository();
    const record = recordOf("A", "2026-01-01T10:00:00.000Z");
    await repository.save({ ...record, exportedAt: "2026-01-01T11:00:00.000Z" });
    const renamed = structuredClone(record);
    const organisation = renamed.workspace.organisations[0];
    if (organisation) organisation.name = "B";
    await repository.save({ ...renamed, exportedAt: "2026-01-01T11:00:00.000Z" });
    const loaded = await repository.load(record.id);
    expect(loaded?.workspace.organisations[0]?.name).toBe("B");
    expect(loaded?.exportedAt).toBe("2026-01-01T11:00:00.000Z");
    expect((await repository.list()).records).toHaveLength(1);
  });

  it("refuses to write an invalid workspace and leaves the stored one untouched", async () => {
    const repository = createIndexedDbRepository();
    const record = recordOf("A", "2026-01-01T10:00:00.000Z");
    await repository.save(record);
    const broken = structuredClone(record);
    const organisation = broken.workspace.organisations[0];
    if (organisation) organisation.name = "   ";
    await expect(repository.save(broken)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await repository.load(record.id)).toEqual({ ...record, revision: 1 });
  });

  it("refuses a record whose id is not its workspace's", async () => {
    const record = recordOf("A", "2026-01-01T10:00:00.000Z");
    await expect(
      createIndexedDbRepository().save({ ...record, id: "another" }),
    ).rejects.toBeInstanceOf(InvalidRecordError);
  });

  it("reports stored records that fail validation instead of dropping them", async () => {
    const repository = createIndexedDbRepository();
    const good = recordOf("A", "2026-01-01T10:00:00.000Z");
    await repository.save(good);
    const database = await openCoevalDatabase();
    await database.put(WORKSPACES, { id: "damaged", version: 1, workspace: { grids: 3 } });
    await database.put(WORKSPACES, { ...good, id: "future", version: 99 });
    database.close();

    const { records, unreadable } = await repository.list();
    expect(records.map((r) => r.id)).toEqual([good.id]);
    expect(unreadable.map((u) => u.id).sort()).toEqual(["damaged", "future"]);
    const damaged = unreadable.find((u) => u.id === "damaged");
    expect(damaged?.issues.some((issue) => issue.path.join(".") === "workspace.grids")).toBe(true);
    await expect(repository.load("damaged")).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it("deletes a workspace", async () => {
    const repository = createIndexedDbRepository();
    const record = recordOf("A", "2026-01-01T10:00:00.000Z");
    await repository.save(record);
    await repository.delete(record.id);
    expect(await repository.load(record.id)).toBeUndefined();
  });

  it("creates the database at its current version, with a store for headers and one for records", async () => {
    await createIndexedDbRepository().list();
    const database = await openDB(DATABASE_NAME);
    expect(database.version).toBe(2);
    expect([...database.objectStoreNames].sort()).toEqual([RECORDS, WORKSPACES]);
    database.close();
  });

  it("opens what the previous version stored, split into records, and reports what it could not read", async () => {
    const workspace = exampleWorkspace();
    const stored = {
      id: workspace.id,
      version: 1,
      workspace,
      updatedAt: "2026-02-01T10:00:00.000Z",
      createdAt: "2026-01-01T10:00:00.000Z",
    };
    const old = await openDB(DATABASE_NAME, 1, {
      upgrade: (database) => database.createObjectStore(WORKSPACES, { keyPath: "id" }),
    });
    await old.put(WORKSPACES, JSON.parse(JSON.stringify(stored)));
    await old.put(WORKSPACES, { id: "damaged", version: 1, workspace: { grids: 3 } });
    old.close();

    const repository = createIndexedDbRepository();
    const { records, unreadable } = await repository.list();
    expect(records).toEqual([{ ...stored, revision: 1 }]);
    expect(unreadable.map((u) => u.id)).toEqual(["damaged"]);
    const database = await openDB(DATABASE_NAME);
    const rows = await database.getAll(RECORDS);
    const ratings = workspace.cycles.reduce((sum, cycle) => sum + cycle.ratings.length, 0);
    expect(rows.filter((row) => String(row.path).includes("/ratings/"))).toHaveLength(ratings);
    database.close();
  });

  it("writes only what changed, and only over the revision it was read at", async () => {
    const repository = createIndexedDbRepository();
    const record = recordOf("A", "2026-01-01T10:00:00.000Z");
    const first = await repository.save(record);
    const renamed = structuredClone(first.workspace);
    const organisation = renamed.organisations[0];
    if (organisation) organisation.territory = "Rennes";
    const diff = diffWorkspace(first.workspace, renamed);
    if (!diff.ok) throw new Error("refused");
    const next = { ...first, workspace: renamed };
    const second = await repository.save(next, { revision: 1, changes: diff.changes });
    expect(second.revision).toBe(2);
    // A tab still holding revision 1 is told, and the device keeps revision 2.
    await expect(
      repository.save(next, { revision: 1, changes: diff.changes }),
    ).rejects.toBeInstanceOf(RevisionConflictError);
    const loaded = await repository.load(record.id);
    expect(loaded?.revision).toBe(2);
    expect(loaded?.workspace.organisations[0]?.territory).toBe("Rennes");
  });

  it("opens a workspace changed since the file it came from was saved", async () => {
    const repository = createIndexedDbRepository();
    const imported = exampleWorkspace();
    const cycle = imported.cycles.at(-1);
    const criterion = imported.grids[0]?.dimensions[0]?.criteria[0];
    if (!cycle || !criterion || !imported.savedAt) throw new Error("incomplete example");
    // A position decided after the import: dated after the file's `savedAt`, as it should be.
    const decided = applyWorkspaceEdit(
      imported,
      {
        type: "position.set",
        cycleId: cycle.id,
        criterionId: criterion.id,
        level: 2,
        status: "consensus",
      },
      { newId: () => "unused", now: new Date().toISOString() },
    );
    if (!decided.ok) throw new Error(decided.refusal.message);
    const record = {
      id: imported.id,
      version: 1 as const,
      workspace: decided.workspace,
      updatedAt: new Date().toISOString(),
    };
    await repository.save(record);
    expect((await repository.load(imported.id))?.workspace).toEqual(decided.workspace);
  });

  it("reads stored records through the core's checks, as a file is read", async () => {
    const repository = createIndexedDbRepository();
    const workspace = exampleWorkspace();
    const record = {
      id: workspace.id,
      version: 1 as const,
      workspace,
      updatedAt: "2026-01-01T10:00:00.000Z",
    };
    await repository.save(record);
    const database = await openCoevalDatabase();
    const header = (await database.get(WORKSPACES, record.id)) as {
      skeleton: { cycles: Array<{ grid: { version: number } }> };
    };
    // A cycle pinned to a grid version the workspace does not hold: the shape is fine, the rules are not.
    for (const cycle of header.skeleton.cycles) cycle.grid.version = 99;
    await database.put(WORKSPACES, header);
    database.close();
    const problem = await repository.load(record.id).catch((error: unknown) => error);
    expect(problem).toBeInstanceOf(UnreadableRecordError);
    expect((problem as UnreadableRecordError).issues[0]?.issue?.code).toMatch(/^ref\./);
  });
});
