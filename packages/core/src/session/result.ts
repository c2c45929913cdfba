import type { ValidationIssue } from "../format/issues.ts";
import type { Cycle } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";

/**
 * What an edit of a cycle gives back: the new cycle (the old one is left as it was),
 * or the problems that made it refuse, with issue codes the format's messages name.
 */
export type CycleEditResult<Extra = object> =
  | ({ ok: true; cycle: Cycle } & Extra)
  | { ok: false; issues: ValidationIssue[] };

/** The clock and id source of an edit, injected so every edit stays a pure function. */
export interface EditDeps {
  /** ISO date-time of the edit. */
  now: string;
  /** A new unique id; ratings need UUIDs, so give a UUID generator. */
  newId: () => string;
}

/** An edit that reads the cycle's pinned grid version (to check levels and indicators). */
export interface GridEditDeps extends EditDeps {
  grid: Grid;
}

export function refused(issues: ValidationIssue[]): { ok: false; issues: ValidationIssue[] } {
  return { ok: false, issues };
}
