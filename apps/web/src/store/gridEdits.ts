import {
  adoptGrid,
  applyGridEdit,
  archiveGrid,
  type Grid,
  type GridEdit,
  type GridRef,
  type IndicatorDraft,
  type Scale,
  type ValidationIssue,
  type Workspace,
} from "@coeval/core";

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

/**
 * Applies one edit to a version of a grid. A draft changes in place. An adopted or archived
 * version is never touched: the edit starts a new draft numbered after the highest version of
 * the grid in the workspace, appended to `workspace.grids`.
 * Throws `GridEditError` when the edit does not fit the grid, and an Error for an unknown version.
 */
export function editGridVersion(
  workspace: Workspace,
  ref: GridRef,
  edit: GridEdit,
  clock: EditClock,
): GridEditOutcome {
  const grid = findVersion(workspace, ref);
  if (grid === undefined) throw new Error(`Unknown grid version ${ref.gridId} v${ref.version}`);
  const nextVersion = Math.max(...gridVersions(workspace, ref.gridId).map((g) => g.version)) + 1;
  const after = applyGridEdit(grid, edit, { now: clock.now, newId: clock.newId, nextVersion });
  if (grid.status === "draft") {
    return { workspace: restoreGridVersion(workspace, ref, after), before: grid, after };
  }
  return { workspace: addGrid(workspace, after), before: null, after };
}

export type AdoptOutcome =
  | { ok: true; workspace: Workspace; grid: Grid }
  | { ok: false; issues: ValidationIssue[] };

/** Adopts a version; refused with its problems when the grid is not valid. */
export function adoptGridVersion(workspace: Workspace, ref: GridRef, now: string): AdoptOutcome {
  const grid = findVersion(workspace, ref);
  if (grid === undefined) return { ok: false, issues: [{ path: [], code: "internal.unexpected" }] };
  const result = adoptGrid(grid, { now });
  if (!result.ok) return result;
  return {
    ok: true,
    workspace: restoreGridVersion(workspace, ref, result.grid),
    grid: result.grid,
  };
}

export function archiveGridVersion(workspace: Workspace, ref: GridRef): Workspace {
  const grid = findVersion(workspace, ref);
  return grid ? restoreGridVersion(workspace, ref, archiveGrid(grid)) : workspace;
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
  return {
    ...scale,
    levels: scale.levels.map(({ descriptor: _descriptor, ...level }) => ({ ...level })),
  };
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
