export * from "./format.ts";
export * from "./labels.ts";
export * from "./levelColours.ts";
export * from "./withheld.ts";
