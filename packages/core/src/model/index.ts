export * from "./coconstruction.ts";
export * from "./common.ts";
export * from "./cycle.ts";
export * from "./grid.ts";
export * from "./lookup.ts";
export * from "./organisation.ts";
export * from "./workspace.ts";
