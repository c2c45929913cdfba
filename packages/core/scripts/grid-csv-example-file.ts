import { fileURLToPath } from "node:url";
import { exampleWorkspace } from "../src/examples/index.ts";
import { exportGridCsv } from "../src/format/grid-csv.ts";
import type { Grid } from "../src/model/grid.ts";
import { findGrid } from "../src/model/lookup.ts";

/** The CSV of the example's grid, published next to the example workspace. */
export const GRID_CSV_EXAMPLE_FILE = fileURLToPath(
  new URL("../../../docs/examples/grille-epicerie-du-lien.csv", import.meta.url),
);

/** The grid the example's latest cycle is evaluated on. */
export function exampleGrid(): Grid {
  const workspace = exampleWorkspace();
  const latest = workspace.cycles.at(-1);
  const grid = latest === undefined ? workspace.grids[0] : findGrid(workspace, latest.grid);
  if (grid === undefined) throw new Error("the example workspace has no grid");
  return grid;
}

export function gridCsvExampleText(): string {
  return exportGridCsv(exampleGrid());
}
