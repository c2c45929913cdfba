// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import {
  createIndexedDbRepository,
  openCoevalDatabase,
  WORKSPACES,
} from "./indexedDbRepository.ts";
import { newWorkspace } from "./newWorkspace.ts";
import type { WorkspaceRepository } from "./repository.ts";
import {
  createWorkspaceStore,
  hasUnexportedWork,
  type WriteChannel,
  type WrittenMessage,
} from "./workspaceStore.ts";

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString();

// A raw change, not a core edit: core would refuse a blank name before the store could check it.
function rename(store: ReturnType<typeof createWorkspaceStore>, name: string) {
  return store.getState().update((workspace) => ({
    ...workspace,
    organisations: workspace.organisations.map((o, index) => (index === 0 ? { ...o, name } : o)),
  }));
}

describe("workspace store", () => {
  it("writes a change to the device before resolving, then shows it saved", async () => {
    const repository = createIndexedDbRepository();
    const store = createWorkspaceStore(repository, { now: clock });
    const workspace = newWorkspace({ name: "L'Épicerie du Lien" });
    expect(await store.getState().create(workspace)).toEqual({ ok: true });

    const pending = rename(store, "L'Épicerie");
    expect(store.getState().saveState).toBe("saving");
    expect(store.getState().record?.workspace.organisations[0]?.name).toBe("L'Épicerie");
    expect(await pending).toEqual({ ok: true });
    expect(store.getState().saveState).toBe("saved");

    const stored = await repository.load(workspace.id);
    expect(stored?.workspace.organisations[0]?.name).toBe("L'Épicerie");
  });

  it("keeps the last of quick successive changes on the device", async () => {
    const repository = createIndexedDbRepository();
    const store = createWorkspaceStore(repository, { now: clock });
    const workspace = newWorkspace({ name: "A" });
    await store.getState().create(workspace);
    const writes = ["AB", "ABC", "ABCD", "ABCDE"].map((name) => rename(store, name));
    await Promise.all(writes);
    expect((await repository.load(workspace.id))?.workspace.organisations[0]?.name).toBe("ABCDE");
  });

  it("refuses an invalid change and leaves memory and device untouched", async () => {
    const repository = createIndexedDbRepository();
    const store = createWorkspaceStore(repository, { now: clock });
    const workspace = newWorkspace({ name: "A" });
    await store.getState().create(workspace);
    const result = await rename(store, "  ");
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toBe("invalid");
    expect(store.getState().record?.workspace.organisations[0]?.name).toBe("A");
    expect((await repository.load(workspace.id))?.workspace.organisations[0]?.name).toBe("A");
  });

  it("keeps the change in memory when the device refuses the write, and retries", async () => {
    const real = createIndexedDbRepository();
    let failing = false;
    const flaky: WorkspaceRepository = {
      ...real,
      save: (record, since) =>
        failing ? Promise.reject(new Error("quota")) : real.save(record, since),
    };
    const store = createWorkspaceStore(flaky, { now: clock });
    const workspace = newWorkspace({ name: "A" });
    await store.getState().create(workspace);

    failing = true;
    const result = await rename(store, "B");
    expect(result.ok === false && result.reason).toBe("storage");
    expect(store.getState().saveState).toBe("failed");
    expect(store.getState().record?.workspace.organisations[0]?.name).toBe("B");

    failing = false;
    expect(await store.getState().retry()).toEqual({ ok: true });
    expect(store.getState().saveState).toBe("saved");
    expect((await real.load(workspace.id))?.workspace.organisations[0]?.name).toBe("B");
  });

  it("keeps a refused state through opening another workspace, until a change writes it", async () => {
    const real = createIndexedDbRepository();
    let failing = false;
    const flaky: WorkspaceRepository = {
      ...real,
      save: (record, since) =>
        failing ? Promise.reject(new Error("quota")) : real.save(record, since),
    };
    const store = createWorkspaceStore(flaky, { now: clock });
    const first = newWorkspace({ name: "A" });
    const second = newWorkspace({ name: "Other" });
    await store.getState().create(second);
    await store.getState().create(first);

    failing = true;
    await rename(store, "B");
    expect(store.getState().unsaved?.workspace.organisations[0]?.name).toBe("B");
    await store.getState().open(second.id);
    expect(store.getState().unsaved?.id).toBe(first.id);

    // Back on the refused workspace: what the device refused, not the older stored state.
    await store.getState().open(first.id);
    expect(store.getState().record?.workspace.organisations[0]?.name).toBe("B");
    expect(store.getState().saveState).toBe("failed");

    failing = false;
    await rename(store, "C");
    expect(store.getState().unsaved).toBeNull();
    expect((await real.load(first.id))?.workspace.organisations[0]?.name).toBe("C");
  });

  it("retries a refused workspace on the next change to another one", async () => {
    const real = createIndexedDbRepository();
    let failing = false;
    const flaky: WorkspaceRepository = {
      ...real,
      save: (record, since) =>
        failing ? Promise.reject(new Error("quota")) : real.save(record, since),
    };
    const store = createWorkspaceStore(flaky, { now: clock });
    const first = newWorkspace({ name: "A" });
    const second = newWorkspace({ name: "Other" });
    await store.getState().create(first);
    failing = true;
    await rename(store, "B");
    failing = false;
    await store.getState().create(second);
    expect(store.getState().unsaved).toBeNull();
    expect((await real.load(first.id))?.workspace.organisations[0]?.name).toBe("B");
  });

  it("ends the warning once the refused state is exported, even if the device refuses again", async () => {
    const real = createIndexedDbRepository();
    const refusing: WorkspaceRepository = {
      ...real,
      save: () => Promise.reject(new Error("quota")),
    };
    const store = createWorkspaceStore(refusing, { now: clock });
    await store.getState().create(newWorkspace({ name: "A" }));
    expect(store.getState().unsaved).not.toBeNull();
    await store.getState().markExported();
    expect(store.getState().unsaved).toBeNull();

    await rename(store, "B");
    store.getState().close();
    expect(store.getState().unsaved?.workspace.organisations[0]?.name).toBe("B");
    await store.getState().markUnsavedExported();
    expect(store.getState().unsaved).toBeNull();
  });

  it("tracks work not yet exported, from the first change after creation", async () => {
    const store = createWorkspaceStore(createIndexedDbRepository(), { now: clock });
    await store.getState().create(newWorkspace({ name: "A" }));
    const record = () => store.getState().record ?? expect.fail("no record");
    expect(hasUnexportedWork(record())).toBe(false);
    await rename(store, "A2");
    expect(hasUnexportedWork(record())).toBe(true);
    await store.getState().markExported();
    expect(hasUnexportedWork(record())).toBe(false);
    await rename(store, "B");
    expect(hasUnexportedWork(record())).toBe(true);
  });

  it("an imported file counts as exported", async () => {
    const store = createWorkspaceStore(createIndexedDbRepository(), { now: clock });
    await store.getState().create(newWorkspace({ name: "A" }), { exported: true });
    expect(hasUnexportedWork(store.getState().record ?? expect.fail("no record"))).toBe(false);
  });

  it("opens a stored workspace, and says when it is missing or unreadable", async () => {
    const repository = createIndexedDbRepository();
    const workspace = newWorkspace({ name: "A" });
    await repository.save({ id: workspace.id, version: 1, workspace, updatedAt: clock() });
    const store = createWorkspaceStore(repository, { now: clock });

    await store.getState().open(workspace.id);
    expect(store.getState().loadState).toBe("ready");
    expect(store.getState().record?.workspace).toEqual(workspace);

    await store.getState().open("missing");
    expect(store.getState().loadState).toBe("notFound");
    expect(store.getState().record).toBeNull();

    const database = await openCoevalDatabase();
    await database.put(WORKSPACES, { id: "broken", version: 1 });
    database.close();
    await store.getState().open("broken");
    expect(store.getState().loadState).toBe("unreadable");
    expect(store.getState().loadIssues.length).toBeGreaterThan(0);
  });
});

/** BroadcastChannel between the stores of one test, as between the tabs of one browser. */
function sharedChannel() {
  const listeners = new Set<(written: WrittenMessage) => void>();
  return (): WriteChannel => {
    let own: ((written: WrittenMessage) => void) | undefined;
    return {
      post: (written) => {
        for (const listener of listeners) if (listener !== own) listener(written);
      },
      subscribe: (listener) => {
        own = listener;
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  };
}

function setOrganisation(
  store: ReturnType<typeof createWorkspaceStore>,
  fields: { territory?: string; network?: string },
) {
  return store.getState().update((workspace) => ({
    ...workspace,
    organisations: workspace.organisations.map((o, index) =>
      index === 0 ? { ...o, ...fields } : o,
    ),
  }));
}

describe("two tabs on one workspace", () => {
  async function twoTabs(channel?: () => WriteChannel) {
    const repository = createIndexedDbRepository();
    const first = createWorkspaceStore(repository, { now: clock, channel: channel?.() });
    const second = createWorkspaceStore(createIndexedDbRepository(), {
      now: clock,
      channel: channel?.(),
    });
    const workspace = newWorkspace({ name: "L'Épicerie du Lien" });
    await first.getState().create(workspace);
    await second.getState().open(workspace.id);
    return { repository, first, second, id: workspace.id };
  }

  it("keeps both edits when the second tab still holds the old copy", async () => {
    const { repository, first, second, id } = await twoTabs();
    expect(await setOrganisation(first, { territory: "Pays de Rennes" })).toEqual({ ok: true });
    expect(await setOrganisation(second, { network: "Réseau des épiceries" })).toEqual({
      ok: true,
    });
    const stored = (await repository.load(id))?.workspace.organisations[0];
    expect(stored).toMatchObject({ territory: "Pays de Rennes", network: "Réseau des épiceries" });
    expect(second.getState().record?.workspace.organisations[0]).toMatchObject({
      territory: "Pays de Rennes",
    });
    expect(second.getState().conflicts).toEqual([]);
  });

  it("shows the other tab's change as soon as it is written", async () => {
    const { first, second } = await twoTabs(sharedChannel());
    await setOrganisation(first, { territory: "Pays de Rennes" });
    await vi.waitFor(() =>
      expect(second.getState().record?.workspace.organisations[0]?.territory).toBe(
        "Pays de Rennes",
      ),
    );
    expect(second.getState().saveState).toBe("saved");
  });

  it("keeps the other tab's value when both changed the same one, and says so", async () => {
    const { repository, first, second, id } = await twoTabs();
    await setOrganisation(first, { territory: "Rennes" });
    await setOrganisation(second, { territory: "Nantes" });
    expect((await repository.load(id))?.workspace.organisations[0]?.territory).toBe("Rennes");
    expect(second.getState().record?.workspace.organisations[0]?.territory).toBe("Rennes");
    expect(second.getState().conflicts).toMatchObject([{ mine: "Nantes", theirs: "Rennes" }]);
    second.getState().dismissConflicts();
    expect(second.getState().conflicts).toEqual([]);
  });
});
