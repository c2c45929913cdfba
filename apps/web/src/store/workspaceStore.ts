import {
  diffWorkspace,
  type MergeConflict,
  mergeWorkspaces,
  safeParseWorkspace,
  Workspace,
} from "@coeval/core";
import { createStore, type StoreApi } from "zustand/vanilla";
import {
  InvalidRecordError,
  issuesOf,
  RevisionConflictError,
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
  /**
   * Values this tab had changed that another tab (or window) changed too, differently, before
   * this tab could write them: the other tab's value was kept. Shown until dismissed.
   */
  conflicts: MergeConflict[];
  dismissConflicts(): void;
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

/** Tells the other tabs of this browser that a workspace was written (a BroadcastChannel). */
export interface WriteChannel {
  post(written: WrittenMessage): void;
  subscribe(listener: (written: WrittenMessage) => void): () => void;
}

export interface WrittenMessage {
  id: string;
  revision: number;
}

export interface WorkspaceStoreOptions {
  now?: () => string;
  channel?: WriteChannel;
}

/** This tab's changes and another tab's cannot be kept together: the device keeps the other's. */
export class UnmergeableError extends Error {
  constructor(readonly id: string) {
    super(`The changes to workspace ${id} made here and in another tab cannot be merged`);
    this.name = "UnmergeableError";
  }
}

/** How many times a write merges with a newer state and tries again before it gives up. */
const MAX_MERGES = 5;

export function createWorkspaceStore(
  repository: WorkspaceRepository,
  { now = () => new Date().toISOString(), channel }: WorkspaceStoreOptions = {},
): WorkspaceStore {
  // Writes run one after another, so an older state never lands after a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  /** Counts openings: a write that ends after another workspace was opened changes nothing. */
  let generation = 0;
  let writesUnderWay = 0;
  /** The open workspace as the device holds it, last read or written: what a write builds on. */
  let committed: { id: string; workspace: Workspace; revision: number } | undefined;

  return createStore<WorkspaceState>()((set, get) => {
    /**
     * Another tab wrote the workspace first: merge its state with this tab's, keep both
     * changes, list the values both changed, and write the merged state. Synchronous between
     * the read and the merge, so nothing typed meanwhile is left out.
     */
    async function mergeWithDevice(record: WorkspaceRecord): Promise<WorkspaceRecord> {
      const base = committed;
      const fresh = await repository.load(record.id);
      if (!base || !fresh) throw new Error(`Workspace ${record.id} is no longer on the device`);
      const latest = get().record?.id === record.id ? (get().record ?? record) : record;
      const { merged, conflicts } = mergeWorkspaces(
        base.workspace,
        latest.workspace,
        fresh.workspace,
      );
      committed = { id: record.id, workspace: fresh.workspace, revision: fresh.revision ?? 0 };
      if (!safeParseWorkspace(merged).ok) {
        // Both states are valid but not together: the device keeps the other tab's, and this
        // tab's is kept aside, announced, for export, like any state the device refused.
        set({ unsaved: latest, ...(get().record?.id === record.id ? { record: fresh } : {}) });
        throw new UnmergeableError(record.id);
      }
      const next = {
        ...latest,
        workspace: merged,
        updatedAt: now(),
      };
      if (get().record?.id === record.id) set({ record: next });
      if (conflicts.length > 0) set({ conflicts: [...get().conflicts, ...conflicts] });
      return next;
    }

    /** Writes only what changed since the device's state, merging when another tab wrote first. */
    async function save(record: WorkspaceRecord): Promise<WorkspaceRecord> {
      let toWrite = record;
      for (let merges = 0; ; merges++) {
        const base = committed?.id === toWrite.id ? committed : undefined;
        const diff = base && diffWorkspace(base.workspace, toWrite.workspace);
        if (diff && !diff.ok) {
          throw new InvalidRecordError(diff.issues.map((found) => ({ ...found, code: "invalid" })));
        }
        try {
          const stored = await repository.save(
            toWrite,
            base && diff ? { revision: base.revision, changes: diff.changes } : undefined,
          );
          const revision = stored.revision ?? 0;
          // Unless another workspace was opened meanwhile, the device now holds this state.
          if (committed === base && (base !== undefined || get().record?.id === toWrite.id)) {
            committed = { id: toWrite.id, workspace: toWrite.workspace, revision };
          }
          channel?.post({ id: toWrite.id, revision });
          return toWrite;
        } catch (error) {
          if (!(error instanceof RevisionConflictError) || merges >= MAX_MERGES) throw error;
          toWrite = await mergeWithDevice(toWrite);
        }
      }
    }

    /** Queues one write; `exported` when the state written is also in a file the user holds. */
    function enqueue(record: WorkspaceRecord, { exported = false } = {}): Promise<SaveResult> {
      const mine = generation;
      const done = queue.then(async (): Promise<SaveResult> => {
        const isOpen = () => mine === generation && get().record?.id === record.id;
        writesUnderWay++;
        try {
          const written = await save(record);
          // "Saved" once the device holds what memory holds, not while a newer write waits.
          if (isOpen() && get().record?.workspace === written.workspace) {
            set({ saveState: "saved" });
          }
          // Every write holds everything since the device's state: it covers what an earlier one lost.
          if (get().unsaved?.id === record.id) set({ unsaved: null });
          return { ok: true };
        } catch (error) {
          if (error instanceof UnmergeableError) {
            // Memory shows the device's state again; this tab's is in `unsaved`, announced.
            if (isOpen()) set({ saveState: "saved" });
            return { ok: false, reason: "storage", error };
          }
          if (isOpen()) set({ saveState: "failed" });
          // Writes land in order, so this is the newest state of its workspace so far. One
          // refused workspace is kept: the one changed last, whose screen the user was on.
          if (!exported) set({ unsaved: record });
          else if (get().unsaved?.id === record.id) set({ unsaved: null });
          return { ok: false, reason: "storage", error };
        } finally {
          writesUnderWay--;
        }
      });
      queue = done;
      return done;
    }

    function write(record: WorkspaceRecord, options?: { exported?: boolean }): Promise<SaveResult> {
      set({ record, saveState: "saving" });
      // A change to another workspace is the moment to try the refused one again.
      const refused = get().unsaved;
      if (refused && refused.id !== record.id) void enqueue(refused);
      return enqueue(record, options);
    }

    /** Another tab wrote the open workspace: show its state, unless a write here will merge it. */
    async function follow({ id, revision }: WrittenMessage): Promise<void> {
      if (committed?.id !== id || revision <= committed.revision) return;
      const shown = get().record;
      if (shown?.id !== id || writesUnderWay > 0 || shown.workspace !== committed.workspace) return;
      const fresh = await repository.load(id).catch(() => undefined);
      const now = get().record;
      // Checked again after the read: a change typed meanwhile is merged by its own write.
      if (!fresh || now !== shown || writesUnderWay > 0) return;
      committed = { id, workspace: fresh.workspace, revision: fresh.revision ?? 0 };
      set({ record: fresh, saveState: "saved" });
    }
    channel?.subscribe((written) => void follow(written));

    return {
      record: null,
      loadState: "idle",
      loadIssues: [],
      saveState: "saved",
      unsaved: null,
      conflicts: [],

      dismissConflicts() {
        set({ conflicts: [] });
      },

      async open(id) {
        const current = get();
        if (current.record?.id === id && current.loadState === "ready") return;
        generation++;
        const refused = current.unsaved;
        if (refused?.id === id) {
          // The device holds an older state: reopen what it refused, to be written whole.
          committed = undefined;
          set({ record: refused, loadState: "ready", loadIssues: [], saveState: "failed" });
          return;
        }
        committed = undefined;
        set({ record: null, loadState: "loading", loadIssues: [], saveState: "saved" });
        try {
          const record = await repository.load(id);
          if (record) {
            committed = { id, workspace: record.workspace, revision: record.revision ?? 0 };
          }
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
        committed = undefined;
        set({ loadState: "ready", loadIssues: [] });
        return write(record);
      },

      update(change) {
        const current = get().record;
        if (!current) return Promise.resolve({ ok: false, reason: "noWorkspace" });
        const workspace = change(current.workspace);
        // Only what the change touched is checked: the cost of a tap does not grow with the workspace.
        const diff = diffWorkspace(current.workspace, workspace);
        if (!diff.ok) {
          const issues = diff.issues.map((found) => ({ ...found, code: "invalid" }));
          return Promise.resolve({ ok: false, reason: "invalid", issues });
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
        generation++;
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
