import { describe, expect, it } from "vitest";
import { computeResults } from "../results/compute.ts";
import { epicerieDuLien } from "../results/test-fixtures.ts";
import { suppressedGroupIds } from "./suppressed.ts";
import { meetsThreshold, minGroupSizeOf, smallGroupIds } from "./threshold.ts";

describe("small-group suppression helpers", () => {
  const context = epicerieDuLien({ withRound2: false });

  it("reads the cycle's threshold, 3 by default", () => {
    expect(minGroupSizeOf(context.cycle)).toBe(3);
    expect(minGroupSizeOf({ anonymity: { minGroupSize: 5 } })).toBe(5);
    expect(meetsThreshold(2, 3)).toBe(false);
    expect(meetsThreshold(3, 3)).toBe(true);
  });

  it("names the groups too small to ever be shown", () => {
    expect(smallGroupIds(context.cycle, context.organisation)).toEqual(["services-sociaux"]);
    const strict = { ...context.cycle, anonymity: { minGroupSize: 5 } };
    expect(smallGroupIds(strict, context.organisation)).toEqual([
      "salaries",
      "benevoles",
      "services-sociaux",
    ]);
  });

  it("names, per item, exactly the groups the results count as hidden", () => {
    const suppressed = suppressedGroupIds(context);
    expect(suppressed).toEqual({
      indicators: { "participation-clients-niveau": ["services-sociaux"] },
      criteria: { "participation-clients": ["services-sociaux"] },
      dimensions: { "lien-social": ["services-sociaux"] },
    });
    const results = computeResults(context);
    expect(results.criteria[0]?.stats?.hiddenGroupCount).toBe(1);
    expect(results.dimensions[0]?.stats.hiddenGroupCount).toBe(1);
  });

  it("follows the round read: in round 2 only the employees rated, the others are absent, not hidden", () => {
    const suppressed = suppressedGroupIds(epicerieDuLien({ withRound2: true }), { round: 2 });
    expect(suppressed.criteria["participation-clients"]).toEqual([]);
  });
});
