import { gridPlanOf, type ResultsContext } from "../results/compute.ts";
import { tallyCycle } from "../results/tally.ts";
import type { RoundSelection } from "../results/types.ts";
import { meetsThreshold, minGroupSizeOf } from "./threshold.ts";

/** Per item id, the groups that answered but are left out of its results. */
export interface SuppressedGroups {
  indicators: Record<string, string[]>;
  criteria: Record<string, string[]>;
  dimensions: Record<string, string[]>;
}

/**
 * Which groups each item's results leave out, by id: the groups counted in the
 * results' `hiddenGroupCount`. This names the hidden groups, so it is meant for the
 * facilitator's own screens (e.g. "Services sociaux: fewer than 3, not shown"),
 * never for a report or an export.
 */
export function suppressedGroupIds(
  context: ResultsContext,
  options: { round?: RoundSelection } = {},
): SuppressedGroups {
  const { cycle, grid, organisation } = context;
  const minGroupSize = minGroupSizeOf(cycle);
  const plan = gridPlanOf(grid);
  const groups = organisation.stakeholderGroups;
  const tally = tallyCycle(cycle, groups, plan, options.round ?? "final");
  const { counts, stride, bucketCount, dimensionRaters } = tally;
  const result: SuppressedGroups = { indicators: {}, criteria: {}, dimensions: {} };
  const dimensionAnswered = new Uint8Array(plan.dimensions.length * groups.length);

  for (const entry of plan.ordinal) {
    const hidden: string[] = [];
    groups.forEach((group, g) => {
      const base = (entry.index * bucketCount + 1 + g) * stride;
      let valued = 0;
      for (let k = 0; k < entry.values.length; k++) valued += counts[base + k] as number;
      const answers =
        valued + (counts[base + stride - 2] as number) + (counts[base + stride - 1] as number);
      if (entry.isPrimary && answers > 0)
        dimensionAnswered[entry.dimensionIndex * groups.length + g] = 1;
      if (answers > 0 && !meetsThreshold(valued, minGroupSize)) hidden.push(group.id);
    });
    result.indicators[entry.indicator.id] = hidden;
    if (entry.isPrimary) {
      const criterion = plan.criteria[entry.criterionIndex];
      if (criterion !== undefined) result.criteria[criterion.criterion.id] = hidden;
    }
  }
  for (const dimension of plan.dimensions) {
    result.dimensions[dimension.dimension.id] = groups
      .filter(
        (_, g) =>
          dimensionAnswered[dimension.index * groups.length + g] === 1 &&
          !meetsThreshold(
            dimensionRaters[dimension.index * bucketCount + 1 + g] as number,
            minGroupSize,
          ),
      )
      .map((group) => group.id);
  }
  return result;
}
