import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importGridCsv } from "../src/format/grid-csv.ts";
import { exampleGrid, GRID_CSV_EXAMPLE_FILE, gridCsvExampleText } from "./grid-csv-example-file.ts";

describe("docs/examples/grille-epicerie-du-lien.csv", () => {
  const text = readFileSync(GRID_CSV_EXAMPLE_FILE, "utf8");

  it("is the CSV export of the example's grid; run scripts/write-grid-csv-example.ts if not", () => {
    expect(text).toBe(gridCsvExampleText());
  });

  it("imports back into the same grid content", () => {
    const grid = exampleGrid();
    const result = importGridCsv(text, { gridId: grid.id, name: grid.name });
    expect(result.ok && result.grid.dimensions).toEqual(grid.dimensions);
  });
});
