import { describe, expect, it } from "vitest";
import { createIndexedDbRepository } from "./indexedDbRepository.ts";
import { newWorkspace } from "./newWorkspace.ts";
import { setOrganisationFields } from "./organisationEdits.ts";
import type { WorkspaceRepository } from "./repository.ts";
import { clearJournal, JOURNAL_KEY, recoverJournal, writeJournal } from "./unloadJournal.ts";
import { createWorkspaceStore } from "./workspaceStore.ts";

/** A repository whose writes never finish: the page is gone before IndexedDB commits. */
function stalled(repository: WorkspaceRepository): WorkspaceRepository {
  return { ...repository, save: () => new Promise(() => {}) };
}

describe("unload journal", () => {
  it("keeps a change whose write had not finished when the page closed", async () => {
    const repository = createIndexedDbRepository();
    const workspace = newWorkspace({ name: "Avant" });
    await createWorkspaceStore(repository).getState().create(workspace);

    const closingPage = createWorkspaceStore(stalled(repository));
    await closingPage.getState().open(workspace.id);
    const organisationId = workspace.organisations[0]?.id ?? "";
    void closingPage
      .getState()
      .update((current) => setOrganisationFields(current, organisationId, { name: "Après" }));
    writeJournal(closingPage);
    expect(localStorage.getItem(JOURNAL_KEY)).not.toBeNull();

    await recoverJournal(repository);
    expect((await repository.load(workspace.id))?.workspace.organisations[0]?.name).toBe("Après");
    expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it("writes nothing when everything is already saved", async () => {
    const store = createWorkspaceStore(createIndexedDbRepository());
    await store.getState().create(newWorkspace({ name: "A" }));
    writeJournal(store);
    expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it("never overwrites a newer stored state, and drops a damaged copy", async () => {
    const repository = createIndexedDbRepository();
    const workspace = newWorkspace({ name: "Récent" });
    const newer = {
      id: workspace.id,
      version: 1 as const,
      workspace,
      updatedAt: "2026-05-01T00:00:00.000Z",
    };
    await repository.save(newer);
    const older = structuredClone(newer);
    if (older.workspace.organisations[0]) older.workspace.organisations[0].name = "Ancien";
    localStorage.setItem(
      JOURNAL_KEY,
      JSON.stringify({ ...older, updatedAt: "2026-04-01T00:00:00.000Z" }),
    );
    await recoverJournal(repository);
    expect((await repository.load(workspace.id))?.workspace.organisations[0]?.name).toBe("Récent");

    localStorage.setItem(JOURNAL_KEY, "{ not json");
    await recoverJournal(repository);
    expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it("is forgotten once the repository holds that state", () => {
    const workspace = newWorkspace({ name: "A" });
    const record = {
      id: workspace.id,
      version: 1 as const,
      workspace,
      updatedAt: "2026-05-01T00:00:00.000Z",
    };
    localStorage.setItem(JOURNAL_KEY, JSON.stringify(record));
    clearJournal({ ...record, updatedAt: "2026-04-01T00:00:00.000Z" });
    expect(localStorage.getItem(JOURNAL_KEY)).not.toBeNull();
    clearJournal(record);
    expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
  });
});
