export * from "./apply.ts";
export { type RefusalCode, refusalMessage } from "./messages.ts";
export { type ParseEditsResult, parseWorkspaceEdits } from "./parse.ts";
export * from "./schema.ts";
