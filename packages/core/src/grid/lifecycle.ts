import type { ValidationIssue } from "../format/issues.ts";
import { validateGrid } from "../format/validate.ts";
import { fromZodIssues } from "../format/zod-issues.ts";
import type { Id } from "../model/common.ts";
import { Grid } from "../model/grid.ts";

/**
 * A new draft version of a grid, to be edited while the given version stays
 * as it was (cycles pin it). Same grid id and element ids; `derivedFrom` names
 * the version it revises.
 */
export function reviseGrid(grid: Grid, options: { now: string; version?: number }): Grid {
  const { adoptedAt: _adoptedAt, changeNote: _changeNote, ...rest } = grid;
  return {
    ...rest,
    version: options.version ?? grid.version + 1,
    status: "draft",
    provenance: { ...grid.provenance, derivedFrom: { gridId: grid.id, version: grid.version } },
    createdAt: options.now,
  };
}

export type AdoptGridResult = { ok: true; grid: Grid } | { ok: false; issues: ValidationIssue[] };

/**
 * Marks a version as the one the group agreed on, ready to be pinned by a
 * cycle. Refused, with every problem found, when the grid is not valid
 * (its shape, then the rules of `validateGrid`).
 */
export function adoptGrid(grid: Grid, options: { now: string }): AdoptGridResult {
  const shaped = Grid.safeParse(grid);
  const issues = shaped.success
    ? validateGrid(grid, { complete: true })
    : fromZodIssues(shaped.error.issues);
  if (issues.length > 0) return { ok: false, issues };
  if (grid.status === "adopted") return { ok: true, grid };
  return { ok: true, grid: { ...grid, status: "adopted", adoptedAt: options.now } };
}

/** Retires a grid version: it stays readable for the cycles that used it. */
export function archiveGrid(grid: Grid): Grid {
  return grid.status === "archived" ? grid : { ...grid, status: "archived" };
}

export interface CopyGridOptions {
  newGridId: Id;
  name: string;
  now: string;
}

/**
 * A new grid, version 1 and draft, starting from another one (a template, a
 * network's grid): element ids, the source and the licence are kept, and
 * `derivedFrom` names the grid and version it was copied from.
 */
export function copyGrid(grid: Grid, options: CopyGridOptions): Grid {
  const { adoptedAt: _adoptedAt, changeNote: _changeNote, ...rest } = grid;
  return {
    ...rest,
    id: options.newGridId,
    version: 1,
    name: options.name,
    status: "draft",
    provenance: { ...grid.provenance, derivedFrom: { gridId: grid.id, version: grid.version } },
    createdAt: options.now,
  };
}
