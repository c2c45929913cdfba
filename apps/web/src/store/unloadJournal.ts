import { checkRecord, type WorkspaceRecord, type WorkspaceRepository } from "./repository.ts";
import type { WorkspaceStore } from "./workspaceStore.ts";

/**
 * IndexedDB writes are asynchronous, and a page being closed or reloaded may be gone before
 * one commits. When the page is hidden with a write still under way (or failed), the open
 * workspace is copied synchronously to localStorage; the next start writes it to the
 * repository if it is newer than what is there, then removes the copy.
 */
export const JOURNAL_KEY = "coeval.unsavedWorkspace";

export function writeJournal(store: WorkspaceStore, storage: Storage = localStorage): void {
  const { record, saveState } = store.getState();
  if (!record || saveState === "saved") return;
  try {
    storage.setItem(JOURNAL_KEY, JSON.stringify(record));
  } catch {
    // Storage full or unavailable: the IndexedDB write under way is the only chance left.
  }
}

/** Forgets the copy once the repository holds that state (or a newer one). */
export function clearJournal(record: WorkspaceRecord, storage: Storage = localStorage): void {
  const raw = storage.getItem(JOURNAL_KEY);
  if (raw === null) return;
  try {
    const copy = JSON.parse(raw) as { id?: unknown; updatedAt?: unknown };
    if (
      copy.id === record.id &&
      typeof copy.updatedAt === "string" &&
      copy.updatedAt <= record.updatedAt
    ) {
      storage.removeItem(JOURNAL_KEY);
    }
  } catch {
    storage.removeItem(JOURNAL_KEY);
  }
}

/** Run once at start-up, before anything reads the repository. */
export async function recoverJournal(
  repository: WorkspaceRepository,
  storage: Storage = localStorage,
): Promise<void> {
  const raw = storage.getItem(JOURNAL_KEY);
  if (raw === null) return;
  let checked: ReturnType<typeof checkRecord>;
  try {
    checked = checkRecord(JSON.parse(raw));
  } catch {
    checked = { ok: false, issues: [] };
  }
  if (!checked.ok) {
    storage.removeItem(JOURNAL_KEY);
    return;
  }
  try {
    const stored = await repository.load(checked.record.id).catch(() => undefined);
    if (!stored || stored.updatedAt < checked.record.updatedAt) {
      await repository.save(checked.record);
    }
    storage.removeItem(JOURNAL_KEY);
  } catch {
    // Keep the copy: a later start may succeed where this one failed.
  }
}
