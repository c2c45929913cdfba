import type { Id } from "../model/common.ts";
import type { Grid } from "../model/grid.ts";

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
