import {
  blankScale as coreBlankScale,
  type Grid,
  type GridEdit,
  type GridRef,
  type IndicatorDraft,
  type Refusal,
  type Scale,
  type ValidationIssue,
  type Workspace,
} from "@coeval/core";
import { afterEdit, dispatchEdit } from "./dispatchEdit.ts";

/** Pure edits of the grids of a workspace: each returns a new workspace and leaves the input alone. */

export interface EditClock {
  now: string;
  newId: () => string;
}

/** Every version of one grid, oldest first. */
export function gridVersions(workspace: Workspace, gridId: string): Grid[] {
  return workspace.grids.filter((g) => g.id === gridId).sort((a, b) => a.version - b.version);
}

export function latestVersion(workspace: Workspace, gridId: string): Grid | undefined {
  return gridVersions(workspace, gridId).at(-1);
}

export function findVersion(workspace: Workspace, ref: GridRef): Grid | undefined {
  return workspace.grids.find((g) => g.id === ref.gridId && g.version === ref.version);
}

/** The grids of a workspace, one entry per grid id (in order of first appearance), versions oldest first. */
export function gridFamilies(workspace: Workspace): { gridId: string; versions: Grid[] }[] {
  const ids = [...new Set(workspace.grids.map((g) => g.id))];
  return ids.map((gridId) => ({ gridId, versions: gridVersions(workspace, gridId) }));
}

/** Adds a new grid (a copy, an import, a template, a blank one). */
export function addGrid(workspace: Workspace, grid: Grid): Workspace {
  return { ...workspace, grids: [...workspace.grids, grid] };
}

/**
 * Puts a version of a grid back as it was (`snapshot`), or removes the version when the
 * snapshot is `null`: how undo and redo restore a grid, as an ordinary saved change.
 */
export function restoreGridVersion(
  workspace: Workspace,
  ref: GridRef,
  snapshot: Grid | null,
): Workspace {
  const exists = findVersion(workspace, ref) !== undefined;
  const isRef = (g: Grid) => g.id === ref.gridId && g.version === ref.version;
  if (snapshot === null) return { ...workspace, grids: workspace.grids.filter((g) => !isRef(g)) };
  if (!exists) return addGrid(workspace, snapshot);
  return { ...workspace, grids: workspace.grids.map((g) => (isRef(g) ? snapshot : g)) };
}

export interface GridEditOutcome {
  workspace: Workspace;
  /** The version before the edit, or `null` when the edit started a new version. */
  before: Grid | null;
  after: Grid;
}

/** A grid edit core refused: the workspace is as it was. */
export class GridEditRefusedError extends Error {
  readonly refusal: Refusal;

  constructor(refusal: Refusal) {
    super(refusal.message);
    this.name = "GridEditRefusedError";
    this.refusal = refusal;
  }
}

/**
 * Applies one edit to a version of a grid, as the core `grid.edit` workspace edit: a draft
 * changes in place; an adopted or archived version is never touched and the edit starts the
 * next draft. Throws `GridEditRefusedError` when core refuses the edit.
 */
export function editGridVersion(
  workspace: Workspace,
  ref: GridRef,
  edit: GridEdit,
  clock: EditClock,
): GridEditOutcome {
  const before = findVersion(workspace, ref);
  const result = dispatchEdit(workspace, { type: "grid.edit", ref, edit }, clock);
  if (!result.ok) throw new GridEditRefusedError(result.refusal);
  const changed = result.changed[0];
  const after =
    changed?.kind === "grid"
      ? findVersion(result.workspace, { gridId: changed.id, version: changed.version })
      : undefined;
  // Core reports the version it wrote; missing it would be a bug, not a refusal.
  if (after === undefined) throw new Error("grid.edit changed no grid version");
  return {
    workspace: result.workspace,
    before: before?.status === "draft" ? before : null,
    after,
  };
}

export type AdoptOutcome =
  | { ok: true; workspace: Workspace; grid: Grid }
  | { ok: false; issues: ValidationIssue[] };

/** Adopts a version; refused with its problems when the grid is not valid. */
export function adoptGridVersion(workspace: Workspace, ref: GridRef, now: string): AdoptOutcome {
  const result = dispatchEdit(workspace, { type: "grid.adopt", ref }, { now });
  if (!result.ok) {
    return {
      ok: false,
      issues: result.refusal.issues ?? [{ path: [], code: "internal.unexpected" }],
    };
  }
  const grid = findVersion(result.workspace, ref);
  if (grid === undefined) return { ok: false, issues: [{ path: [], code: "internal.unexpected" }] };
  return { ok: true, workspace: result.workspace, grid };
}

export function archiveGridVersion(workspace: Workspace, ref: GridRef): Workspace {
  return afterEdit(workspace, { type: "grid.archive", ref });
}

/** The draft version that follows an adopted one, when someone already started it. */
export function laterDraft(workspace: Workspace, grid: Grid): Grid | undefined {
  return gridVersions(workspace, grid.id).find(
    (g) => g.version > grid.version && g.status === "draft",
  );
}

/** The version a grid version derives from, when it is a version of the same grid in this workspace. */
export function previousVersion(workspace: Workspace, grid: Grid): Grid | undefined {
  const from = grid.provenance.derivedFrom;
  if (from === undefined || from.gridId !== grid.id) return undefined;
  return findVersion(workspace, from);
}

/**
 * The distinct scales of a grid's scale indicators, most used first (ties: first met first),
 * with how many indicators use each. Level descriptors specific to one criterion make scales
 * distinct, so the comparison is on kind, options, values and labels only.
 */
export function scalesByUse(grid: Grid): { scale: Scale; uses: number }[] {
  const found = new Map<string, { scale: Scale; uses: number; order: number }>();
  for (const dimension of grid.dimensions) {
    for (const criterion of dimension.criteria) {
      for (const indicator of criterion.indicators) {
        if (indicator.kind !== "scale") continue;
        const key = JSON.stringify([
          indicator.scale.kind,
          indicator.scale.allowNotApplicable,
          indicator.scale.allowDontKnow,
          indicator.scale.levels.map((l) => [l.value, l.label]),
        ]);
        const entry = found.get(key);
        if (entry) entry.uses += 1;
        else found.set(key, { scale: indicator.scale, uses: 1, order: found.size });
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => b.uses - a.uses || a.order - b.order)
    .map(({ scale, uses }) => ({ scale, uses }));
}

/**
 * A scale offered for a new criterion: the levels' labels and values of an existing scale,
 * without the descriptors, which say what each level looks like for one criterion only.
 */
export function blankScale(scale: Scale): Scale {
  return coreBlankScale(scale);
}

/** A new criterion rated on `scale`: its one indicator takes the criterion's label. */
export function criterionWithScale(
  label: string,
  scale: Scale,
  extra: { description?: string } = {},
): { label: string; description?: string; indicators: IndicatorDraft[] } {
  return {
    label,
    ...(extra.description?.trim() ? { description: extra.description } : {}),
    indicators: [{ kind: "scale", label, scale: blankScale(scale) }],
  };
}
