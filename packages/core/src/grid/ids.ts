import type { Id } from "../model/common.ts";
import type { Grid } from "../model/grid.ts";

/** Every element id of a grid: dimensions, criteria, indicators and principles share one namespace. */
export function collectGridIds(grid: Grid): Set<Id> {
  const ids = new Set<Id>();
  for (const principle of grid.principles) ids.add(principle.id);
  for (const dimension of grid.dimensions) {
    ids.add(dimension.id);
    for (const criterion of dimension.criteria) {
      ids.add(criterion.id);
      for (const indicator of criterion.indicators) ids.add(indicator.id);
    }
  }
  return ids;
}

/** Ids `prefix1`, `prefix2`…: deterministic ids for tests, scripts and examples. */
export function sequentialIds(prefix = "id-"): () => Id {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}${next}`;
  };
}
