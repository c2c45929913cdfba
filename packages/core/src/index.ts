/** @coeval/core: the public API of the evaluation engine. */
export * from "./model/index.ts";
export * from "./coconstruction/index.ts";
export * from "./results/index.ts";
export * from "./privacy/index.ts";
export * from "./format/index.ts";
