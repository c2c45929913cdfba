// Loaded only when someone asks for the demo: the example workspace is large.
export { exampleWorkspace } from "@coeval/core";
