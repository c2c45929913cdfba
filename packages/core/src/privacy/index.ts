export * from "./suppressed.ts";
export * from "./threshold.ts";
