export {
  computeCycleResults,
  computeResults,
  effectiveRatings,
  type ResultsContext,
  type ResultsReferenceCode,
  ResultsReferenceError,
  resolveResultsContext,
} from "./compute.ts";
export { DEFAULT_DIVERGENCE_THRESHOLDS } from "./divergence.ts";
export { quantitativeStatus } from "./quantitative.ts";
export {
  type LevelCount,
  normalisePosition,
  type OrderSummary,
  type OrdinalStats,
  ordinalStats,
  ordinalStatsFromCounts,
  summariseCounts,
} from "./statistics.ts";
export * from "./types.ts";
