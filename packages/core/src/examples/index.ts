export { EXAMPLE_IDS, exampleWorkspace } from "./epicerie-du-lien.ts";
