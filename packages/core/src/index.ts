/** @coeval/core: the public API of the evaluation engine. */

export * from "./coconstruction/index.ts";
export * from "./edits/index.ts";
export * from "./examples/index.ts";
export * from "./export/index.ts";
export * from "./format/index.ts";
export * from "./grid/index.ts";
export * from "./model/index.ts";
export * from "./presentation/index.ts";
export * from "./privacy/index.ts";
export * from "./progress/index.ts";
export * from "./report/index.ts";
export * from "./results/index.ts";
export * from "./session/index.ts";
export * from "./storage/index.ts";
export * from "./templates/index.ts";
