export * from "./cycle.ts";
export * from "./evidence.ts";
export * from "./plan.ts";
export * from "./positions.ts";
export * from "./progress.ts";
export * from "./ratings.ts";
export type { CycleEditResult, EditDeps, GridEditDeps } from "./result.ts";
export * from "./values.ts";
