/** @coeval/core: the public API of the evaluation engine. */
export * from "./model/index.ts";
export * from "./coconstruction/index.ts";
