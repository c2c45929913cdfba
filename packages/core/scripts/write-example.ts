// Writes docs/examples/epicerie-du-lien.coeval.json from exampleWorkspace().
// Run after changing the example: `pnpm exec tsx packages/core/scripts/write-example.ts`.
import { writeFileSync } from "node:fs";
import { EXAMPLE_FILE, exampleFileText } from "./example-file.ts";

writeFileSync(EXAMPLE_FILE, exampleFileText());
console.log(`wrote ${EXAMPLE_FILE}`);
