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
  /**
   * The newest state of a workspace that the device refused and that exists nowhere else.
   * Unlike `saveState` it outlives opening another workspace or leaving its screens, so the
   * warning stays until a write of that workspace succeeds or the state is exported to a file.
   */
  unsaved: WorkspaceRecord | null;
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
  /**
   * Records that the refused state (`unsaved`) was exported to a file while another workspace,
   * or none, is open: the warning ends, and the device is asked once more to keep it.
   */
  markUnsavedExported(): Promise<SaveResult>;
  /** Writes again the state the device refused (the open one when it is the same workspace). */
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
    /** Queues one write; `exported` when the state written is also in a file the user holds. */
    function enqueue(record: WorkspaceRecord, { exported = false } = {}): Promise<SaveResult> {
      const mine = revision;
      const done = queue.then(async (): Promise<SaveResult> => {
        const isOpen = () => mine === revision && get().record?.id === record.id;
        try {
          await repository.save(record);
          if (isOpen()) set({ saveState: "saved" });
          // Every write holds the whole workspace: this one covers what an earlier one lost.
          if (get().unsaved?.id === record.id) set({ unsaved: null });
          return { ok: true };
        } catch (error) {
          if (isOpen()) set({ saveState: "failed" });
          // Writes land in order, so this is the newest state of its workspace so far. One
          // refused workspace is kept: the one changed last, whose screen the user was on.
          if (!exported) set({ unsaved: record });
          else if (get().unsaved?.id === record.id) set({ unsaved: null });
          return { ok: false, reason: "storage", error };
        }
      });
      queue = done;
      return done;
    }

    function write(record: WorkspaceRecord, options?: { exported?: boolean }): Promise<SaveResult> {
      ++revision;
      set({ record, saveState: "saving" });
      // A change to another workspace is the moment to try the refused one again.
      const refused = get().unsaved;
      if (refused && refused.id !== record.id) void enqueue(refused);
      return enqueue(record, options);
    }

    return {
      record: null,
      loadState: "idle",
      loadIssues: [],
      saveState: "saved",
      unsaved: null,

      async open(id) {
        const current = get();
        if (current.record?.id === id && current.loadState === "ready") return;
        revision++;
        const refused = current.unsaved;
        if (refused?.id === id) {
          // The device holds an older state: reopen what it refused, still to be written.
          set({ record: refused, loadState: "ready", loadIssues: [], saveState: "failed" });
          return;
        }
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
        return write({ ...current, exportedAt: now() }, { exported: true });
      },

      markUnsavedExported() {
        const refused = get().unsaved;
        if (!refused) return Promise.resolve({ ok: false, reason: "noWorkspace" });
        return enqueue({ ...refused, exportedAt: now() }, { exported: true });
      },

      retry() {
        const { record, unsaved } = get();
        if (record && (!unsaved || unsaved.id === record.id)) return write(record);
        if (unsaved) return enqueue(unsaved);
        return Promise.resolve({ ok: false, reason: "noWorkspace" });
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
