import { describe, expect, it } from "vitest";
import type { Measure } from "../model/cycle.ts";
import type { QuantitativeIndicator } from "../model/grid.ts";
import { computeResults } from "./compute.ts";
import { quantitativeResult, quantitativeStatus } from "./quantitative.ts";
import { criterion, cycle, grid, organisation } from "./test-fixtures.ts";

// DOMAIN.md: 9 % of customers attended the last general meeting (baseline 9 %, target 20 %).
const attendance: QuantitativeIndicator = {
  id: "presence-ag",
  label: "Part des clients présents à l'AG",
  kind: "quantitative",
  unit: "%",
  direction: "higherBetter",
  baseline: { value: 9, period: "2025" },
  target: 20,
};

function measure(id: string, value: number, recordedAt: string): Measure {
  return {
    id,
    criterionId: "participation-clients",
    indicatorId: "presence-ag",
    value,
    recordedAt,
  };
}

describe("quantitativeStatus", () => {
  it("reads a higher-is-better value against its target, then its baseline", () => {
    expect(quantitativeStatus(attendance, 20, 9)).toBe("targetReached");
    expect(quantitativeStatus(attendance, 12, 9)).toBe("improving");
    expect(quantitativeStatus(attendance, 9, 9)).toBe("unchanged");
    expect(quantitativeStatus(attendance, 7, 9)).toBe("worsening");
    expect(quantitativeStatus(attendance, null, 9)).toBe("noValue");
  });

  it("reads a lower-is-better value the other way round", () => {
    const waiting = { ...attendance, direction: "lowerBetter" as const, target: 5 };
    expect(quantitativeStatus(waiting, 5, 10)).toBe("targetReached");
    expect(quantitativeStatus(waiting, 8, 10)).toBe("improving");
    expect(quantitativeStatus(waiting, 12, 10)).toBe("worsening");
  });

  it("reads a target band by the distance to the band", () => {
    const band = {
      ...attendance,
      direction: "targetBand" as const,
      target: undefined,
      targetBand: { min: 10, max: 20 },
    };
    expect(quantitativeStatus(band, 20, 5)).toBe("targetReached");
    expect(quantitativeStatus(band, 8, 5)).toBe("improving");
    expect(quantitativeStatus(band, 25, 14)).toBe("worsening");
    expect(quantitativeStatus(band, 3, 5)).toBe("worsening");
  });

  it("has nothing to judge against without a direction, or without a reference below the target", () => {
    expect(quantitativeStatus({ ...attendance, direction: "none" }, 12, 9)).toBe("noTarget");
    expect(quantitativeStatus(attendance, 12, null)).toBe("noTarget");
    expect(quantitativeStatus(attendance, 25, null)).toBe("targetReached");
  });
});

describe("quantitativeResult", () => {
  it("orders the measures by time, keeps the newest, and compares it with the baseline", () => {
    const result = quantitativeResult(attendance, "participation-clients", "lien-social", [
      measure("juin", 14, "2026-06-30T18:00:00+02:00"),
      measure("janvier", 9, "2026-01-15T10:00:00Z"),
    ]);
    expect(result.measures.map((m) => m.measureId)).toEqual(["janvier", "juin"]);
    expect(result.latest).toMatchObject({ measureId: "juin", value: 14 });
    expect(result).toMatchObject({
      baseline: { value: 9, period: "2025" },
      target: 20,
      targetBand: null,
      status: "improving",
    });
  });

  it("compares with the cycle's first measure when there is no baseline", () => {
    const noBaseline = { ...attendance, baseline: undefined };
    const falling = quantitativeResult(noBaseline, "c", "d", [
      measure("a", 12, "2026-01-01T00:00:00Z"),
      measure("b", 10, "2026-02-01T00:00:00Z"),
    ]);
    expect(falling.status).toBe("worsening");
    const single = quantitativeResult(noBaseline, "c", "d", [
      measure("a", 12, "2026-01-01T00:00:00Z"),
    ]);
    expect(single.status).toBe("noTarget");
  });

  it("appears in the cycle's results next to its criterion", () => {
    const results = computeResults(
      {
        grid: grid([
          { id: "lien-social", criteria: [criterion("participation-clients", [attendance])] },
        ]),
        organisation: organisation([]),
        cycle: cycle({
          participants: [],
          ratings: [],
          measures: [measure("m", 21, "2026-06-01T00:00:00Z")],
        }),
      },
      { audience: "internal" },
    );
    expect(results.quantitative).toMatchObject([
      {
        indicatorId: "presence-ag",
        criterionId: "participation-clients",
        dimensionId: "lien-social",
        status: "targetReached",
      },
    ]);
    expect(results.criteria[0]).toMatchObject({
      stats: null,
      primaryIndicatorId: null,
      quantitativeIndicatorIds: ["presence-ag"],
    });
  });
});
