export * from "./workshop.ts";
