export * from "./compute.ts";
export { DEFAULT_DIVERGENCE_THRESHOLDS } from "./divergence.ts";
export { quantitativeStatus } from "./quantitative.ts";
export * from "./statistics.ts";
export * from "./types.ts";
