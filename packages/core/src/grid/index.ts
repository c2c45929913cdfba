export * from "./create.ts";
export * from "./diff.ts";
export * from "./edits.ts";
export * from "./ids.ts";
export * from "./lifecycle.ts";
