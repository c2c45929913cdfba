export * from "./apply.ts";
export { type RefusalCode, refusalMessage } from "./messages.ts";
export * from "./schema.ts";
