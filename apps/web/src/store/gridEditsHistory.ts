import type { Grid, GridRef, Workspace } from "@coeval/core";
import { restoreGridVersion } from "./gridEdits.ts";

/**
 * Undo and redo of grid edits, kept in memory per workspace and grid. Each step holds the
 * version before and after the change; undoing writes the "before" back as an ordinary saved
 * change, so nothing depends on this history surviving a reload.
 */
export interface HistoryStep {
  ref: GridRef;
  /** `null`: the version did not exist before (the edit started it). */
  before: Grid | null;
  after: Grid | null;
}

interface Stacks {
  past: HistoryStep[];
  future: HistoryStep[];
}

const LIMIT = 200;

export class GridHistory {
  private readonly stacks = new Map<string, Stacks>();
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever a history changes: React reads it to re-render. */
  getRevision = (): number => this.revision;

  record(workspaceId: string, gridId: string, step: HistoryStep): void {
    const stacks = this.stacksOf(workspaceId, gridId);
    stacks.past = [...stacks.past, step].slice(-LIMIT);
    stacks.future = [];
    this.changed();
  }

  canUndo(workspaceId: string, gridId: string): boolean {
    return this.stacksOf(workspaceId, gridId).past.length > 0;
  }

  canRedo(workspaceId: string, gridId: string): boolean {
    return this.stacksOf(workspaceId, gridId).future.length > 0;
  }

  /**
   * The workspace with the last change undone, or `stale` when the grid changed since by
   * another way (then the history is dropped: restoring would erase that change).
   */
  undo(workspaceId: string, gridId: string, workspace: Workspace): Move {
    return this.move(workspaceId, gridId, workspace, "past");
  }

  redo(workspaceId: string, gridId: string, workspace: Workspace): Move {
    return this.move(workspaceId, gridId, workspace, "future");
  }

  clear(workspaceId: string, gridId: string): void {
    this.stacks.delete(key(workspaceId, gridId));
    this.changed();
  }

  private move(
    workspaceId: string,
    gridId: string,
    workspace: Workspace,
    from: "past" | "future",
  ): Move {
    const stacks = this.stacksOf(workspaceId, gridId);
    const step = stacks[from].at(-1);
    if (step === undefined) return { kind: "nothing" };
    const expected = from === "past" ? step.after : step.before;
    const target = from === "past" ? step.before : step.after;
    const current =
      workspace.grids.find((g) => g.id === step.ref.gridId && g.version === step.ref.version) ??
      null;
    if (!sameGrid(current, expected)) {
      this.clear(workspaceId, gridId);
      return { kind: "stale" };
    }
    stacks[from] = stacks[from].slice(0, -1);
    const to = from === "past" ? "future" : "past";
    stacks[to] = [...stacks[to], step];
    this.changed();
    return { kind: "moved", step, workspace: restoreGridVersion(workspace, step.ref, target) };
  }

  private stacksOf(workspaceId: string, gridId: string): Stacks {
    const k = key(workspaceId, gridId);
    let stacks = this.stacks.get(k);
    if (!stacks) {
      stacks = { past: [], future: [] };
      this.stacks.set(k, stacks);
    }
    return stacks;
  }

  private changed(): void {
    this.revision += 1;
    for (const listener of this.listeners) listener();
  }
}

export type Move =
  | { kind: "nothing" }
  | { kind: "stale" }
  | { kind: "moved"; step: HistoryStep; workspace: Workspace };

function key(workspaceId: string, gridId: string): string {
  return JSON.stringify([workspaceId, gridId]);
}

function sameGrid(a: Grid | null, b: Grid | null): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The history the app uses: one per page, forgotten on reload (the data itself is saved). */
export const gridHistory = new GridHistory();
