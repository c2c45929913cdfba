import {
  type Cycle,
  type CycleEditResult,
  findGrid,
  type Grid,
  type Organisation,
  type ValidationIssue,
  type Workspace,
} from "@coeval/core";

/** A cycle with what it is read against: its pinned grid version and its organisation. */
export interface CycleContext {
  cycle: Cycle;
  grid: Grid;
  organisation: Organisation;
}

/** The cycle, its pinned grid and its organisation; undefined when one of them is missing. */
export function cycleContext(workspace: Workspace, cycleId: string): CycleContext | undefined {
  const cycle = workspace.cycles.find((c) => c.id === cycleId);
  if (cycle === undefined) return undefined;
  const grid = findGrid(workspace, cycle.grid);
  const organisation = workspace.organisations.find((o) => o.id === cycle.organisationId);
  if (grid === undefined || organisation === undefined) return undefined;
  return { cycle, grid, organisation };
}

/** An edit of one cycle by a core function: a new cycle, or the core's verdict. */
export type CycleEdit = (context: CycleContext) => CycleEditResult | Cycle;

export interface CycleEditOutcome {
  workspace: Workspace;
  /** Empty when the edit was applied; the core's reasons when it refused (workspace unchanged). */
  issues: ValidationIssue[];
}

/**
 * Applies a core edit to one cycle of the workspace. A refused edit, or a cycle that
 * cannot be read, leaves the workspace as it was (the same object).
 */
export function editCycle(
  workspace: Workspace,
  cycleId: string,
  edit: CycleEdit,
): CycleEditOutcome {
  const index = workspace.cycles.findIndex((c) => c.id === cycleId);
  const context = cycleContext(workspace, cycleId);
  if (index < 0 || context === undefined) {
    return {
      workspace,
      issues: [{ path: ["cycles"], code: "ref.cycle", params: { id: cycleId } }],
    };
  }
  const result = edit(context);
  const next = "ok" in result ? (result.ok ? result.cycle : undefined) : result;
  if (next === undefined) return { workspace, issues: "issues" in result ? result.issues : [] };
  if (next === context.cycle) return { workspace, issues: [] };
  const cycles = workspace.cycles.slice();
  cycles[index] = next;
  return { workspace: { ...workspace, cycles }, issues: [] };
}
