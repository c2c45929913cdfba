// Writes docs/examples/grille-epicerie-du-lien.csv, the CSV export of the example's grid.
// Run after changing the example: `pnpm exec tsx packages/core/scripts/write-grid-csv-example.ts`.
import { writeFileSync } from "node:fs";
import { GRID_CSV_EXAMPLE_FILE, gridCsvExampleText } from "./grid-csv-example-file.ts";

writeFileSync(GRID_CSV_EXAMPLE_FILE, gridCsvExampleText());
console.log(`wrote ${GRID_CSV_EXAMPLE_FILE}`);
