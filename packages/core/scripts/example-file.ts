import { fileURLToPath } from "node:url";
import { exampleWorkspace } from "../src/examples/index.ts";
import { serialiseWorkspace } from "../src/format/parse.ts";

/** Where the example workspace is published for the docs and the demo. */
export const EXAMPLE_FILE = fileURLToPath(
  new URL("../../../docs/examples/epicerie-du-lien.coeval.json", import.meta.url),
);

/** The example workspace exactly as the file must contain it: the canonical serialisation. */
export function exampleFileText(): string {
  return serialiseWorkspace(exampleWorkspace());
}
