import { Workspace } from "@coeval/core";
import { createStore, type StoreApi } from "zustand/vanilla";
import {
  issuesOf,
  type StoredIssue,
  UnreadableRecordError,
  type WorkspaceRecord,
  type WorkspaceRepository,
} from "./repository.ts";

export type LoadState = "idle" | "loading" | "ready" | "notFound" | "unreadable" | "failed";
/** `saving`: a write is under way; `saved`: everything in memory is on the device; `failed`: the last write failed. */
export type SaveState = "saved" | "saving" | "failed";

export type SaveResult =
  | { ok: true }
  | { ok: false; reason: "invalid"; issues: StoredIssue[] }
  | { ok: false; reason: "storage"; error: unknown }
  | { ok: false; reason: "noWorkspace" };

export interface WorkspaceState {
  /** The open workspace as in memory: may be ahead of the device while a write is under way or failed. */
  record: WorkspaceRecord | null;
  loadState: LoadState;
  loadIssues: StoredIssue[];
  saveState: SaveState;
  /** Opens a stored workspace (no-op when it is already the open one). */
  open(id: string): Promise<void>;
  /** Stores a new or imported workspace, then makes it the open one. */
  create(workspace: Workspace, options?: { exported?: boolean }): Promise<SaveResult>;
  /**
   * Applies a change and writes it. Memory changes at once (typing stays fluid); the promise
   * resolves when the device has it. An invalid result is refused and memory is left unchanged.
   */
  update(change: (workspace: Workspace) => Workspace): Promise<SaveResult>;
  /** Records that the workspace as it is now was exported to a file. */
  markExported(): Promise<SaveResult>;
  /** Writes again what is in memory after a failed write. */
  retry(): Promise<SaveResult>;
  close(): void;
}

export type WorkspaceStore = StoreApi<WorkspaceState>;

export interface WorkspaceStoreOptions {
  now?: () => string;
}

export function createWorkspaceStore(
  repository: WorkspaceRepository,
  { now = () => new Date().toISOString() }: WorkspaceStoreOptions = {},
): WorkspaceStore {
  // Writes run one after another, so an older state never lands after a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  let revision = 0;

  return createStore<WorkspaceState>()((set, get) => {
    function write(record: WorkspaceRecord): Promise<SaveResult> {
      const mine = ++revision;
      set({ record, saveState: "saving" });
      const done = queue.then(async (): Promise<SaveResult> => {
        try {
          await repository.save(record);
          if (mine === revision && get().record?.id === record.id) set({ saveState: "saved" });
          return { ok: true };
        } catch (error) {
          if (mine === revision && get().record?.id === record.id) set({ saveState: "failed" });
          return { ok: false, reason: "storage", error };
        }
      });
      queue = done;
      return done;
    }

    return {
      record: null,
      loadState: "idle",
      loadIssues: [],
      saveState: "saved",

      async open(id) {
        const current = get();
        if (current.record?.id === id && current.loadState === "ready") return;
        revision++;
        set({ record: null, loadState: "loading", loadIssues: [], saveState: "saved" });
        try {
          const record = await repository.load(id);
          set(record ? { record, loadState: "ready" } : { loadState: "notFound" });
        } catch (error) {
          if (error instanceof UnreadableRecordError) {
            set({ loadState: "unreadable", loadIssues: error.issues });
          } else {
            set({ loadState: "failed" });
          }
        }
      },

      async create(workspace, options = {}) {
        const parsed = Workspace.safeParse(workspace);
        if (!parsed.success)
          return { ok: false, reason: "invalid", issues: issuesOf(parsed.error) };
        const at = now();
        const record: WorkspaceRecord = {
          id: workspace.id,
          version: 1,
          workspace,
          updatedAt: at,
          createdAt: at,
          ...(options.exported ? { exportedAt: at } : {}),
        };
        set({ loadState: "ready", loadIssues: [] });
        return write(record);
      },

      update(change) {
        const current = get().record;
        if (!current) return Promise.resolve({ ok: false, reason: "noWorkspace" });
        const workspace = change(current.workspace);
        const parsed = Workspace.safeParse(workspace);
        if (!parsed.success) {
          return Promise.resolve({ ok: false, reason: "invalid", issues: issuesOf(parsed.error) });
        }
        return write({ ...current, workspace, updatedAt: now() });
      },

      markExported() {
        const current = get().record;
        if (!current) return Promise.resolve({ ok: false, reason: "noWorkspace" });
        return write({ ...current, exportedAt: now() });
      },

      retry() {
        const current = get().record;
        if (!current) return Promise.resolve({ ok: false, reason: "noWorkspace" });
        return write(current);
      },

      close() {
        revision++;
        set({ record: null, loadState: "idle", loadIssues: [], saveState: "saved" });
      },
    };
  });
}

/**
 * True when someone changed the workspace since its last export, or since it arrived on this
 * device when it was never exported: a new or just-imported workspace holds no work to lose.
 */
export function hasUnexportedWork(record: WorkspaceRecord): boolean {
  const since = record.exportedAt ?? record.createdAt;
  return since === undefined || record.updatedAt > since;
}
