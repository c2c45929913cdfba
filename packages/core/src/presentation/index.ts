export * from "./withheld.ts";
