// @vitest-environment node
import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import {
  createIndexedDbRepository,
  DATABASE_NAME,
  openCoevalDatabase,
  WORKSPACES,
} from "./indexedDbRepository.ts";
import { newWorkspace } from "./newWorkspace.ts";
import { InvalidRecordError, UnreadableRecordError, type WorkspaceRecord } from "./repository.ts";

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

    expect(await repository.load(older.id)).toEqual(older);
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
    expect(await repository.load(record.id)).toEqual(record);
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

  it("creates the database at its current version with the workspaces store", async () => {
    await createIndexedDbRepository().list();
    const database = await openDB(DATABASE_NAME);
    expect(database.version).toBe(1);
    expect([...database.objectStoreNames]).toEqual([WORKSPACES]);
    database.close();
  });
});
