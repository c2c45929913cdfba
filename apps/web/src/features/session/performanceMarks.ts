/**
 * Timing of "a rating recorded and the reveal updated", read by the browser benchmark
 * (bench/web-workshop.ts): a mark when the rating is handed to the store, a measure when
 * the reveal has committed the new figures. Costs a few microseconds; nothing else reads it.
 */
export const RECORD_START = "coeval:record:start";
export const RECORD_AND_REVEAL = "coeval:record+reveal";
/** The part of it spent in the workspace store's synchronous update (validation of the whole workspace). */
export const STORE_UPDATE = "coeval:store-update";

let pending = false;

export function markRecordStart(): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  performance.clearMarks(RECORD_START);
  performance.mark(RECORD_START);
  pending = true;
}

/** Called by the reveal after it committed: closes the measure opened by the last rating. */
export function measureRevealUpdated(): void {
  if (!pending) return;
  pending = false;
  performance.measure(RECORD_AND_REVEAL, RECORD_START);
}

/** Times the store's synchronous part of an edit made while a rating is being recorded. */
export function timeStoreUpdate<T>(update: () => T): T {
  if (!pending) return update();
  const start = performance.now();
  const result = update();
  performance.measure(STORE_UPDATE, { start, end: performance.now() });
  return result;
}
