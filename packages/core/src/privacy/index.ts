export * from "./threshold.ts";
