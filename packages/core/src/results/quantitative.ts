import type { Measure } from "../model/cycle.ts";
import type { QuantitativeIndicator } from "../model/grid.ts";
import type { MeasurePoint, QuantitativeResult, QuantitativeStatus } from "./types.ts";

function byRecordedAt(a: Measure, b: Measure): number {
  const difference = Date.parse(a.recordedAt) - Date.parse(b.recordedAt);
  return difference !== 0 ? difference : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function toPoint(measure: Measure): MeasurePoint {
  return {
    measureId: measure.id,
    value: measure.value,
    period: measure.period ?? null,
    source: measure.source ?? null,
    recordedAt: measure.recordedAt,
  };
}

function distanceToBand(value: number, band: { min: number; max: number }): number {
  if (value < band.min) return band.min - value;
  if (value > band.max) return value - band.max;
  return 0;
}

function compareChange(betterBy: number): QuantitativeStatus {
  if (betterBy > 0) return "improving";
  if (betterBy < 0) return "worsening";
  return "unchanged";
}

/**
 * Where the latest value stands:
 * - "noValue": nothing measured in the cycle;
 * - "targetReached": at or beyond the target (higherBetter: ≥ target; lowerBetter:
 *   ≤ target; targetBand: inside the band, bounds included);
 * - otherwise compared with a reference, the baseline or, without one, the cycle's
 *   first measure: "improving", "worsening" or "unchanged" in the indicator's
 *   direction (targetBand: closer to / further from the band);
 * - "noTarget": nothing to judge the value against (direction "none", or no target
 *   reached and no baseline nor earlier measure).
 */
export function quantitativeStatus(
  indicator: QuantitativeIndicator,
  latest: number | null,
  reference: number | null,
): QuantitativeStatus {
  if (latest === null) return "noValue";
  const { direction, target, targetBand } = indicator;
  if (direction === "none") return "noTarget";
  if (direction === "higherBetter" && target !== undefined && latest >= target) {
    return "targetReached";
  }
  if (direction === "lowerBetter" && target !== undefined && latest <= target) {
    return "targetReached";
  }
  if (direction === "targetBand" && targetBand !== undefined) {
    if (distanceToBand(latest, targetBand) === 0) return "targetReached";
  }
  if (reference === null) return "noTarget";
  switch (direction) {
    case "higherBetter":
      return compareChange(latest - reference);
    case "lowerBetter":
      return compareChange(reference - latest);
    case "targetBand":
      return targetBand === undefined
        ? "noTarget"
        : compareChange(distanceToBand(reference, targetBand) - distanceToBand(latest, targetBand));
  }
}

/** The measures of one quantitative indicator, read against its baseline, target and direction. */
export function quantitativeResult(
  indicator: QuantitativeIndicator,
  criterionId: string,
  dimensionId: string,
  measures: readonly Measure[],
): QuantitativeResult {
  const ordered = [...measures].sort(byRecordedAt);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  const reference =
    indicator.baseline !== undefined
      ? indicator.baseline.value
      : first !== undefined && first !== last
        ? first.value
        : null;
  return {
    indicatorId: indicator.id,
    label: indicator.label,
    criterionId,
    dimensionId,
    unit: indicator.unit,
    direction: indicator.direction,
    baseline:
      indicator.baseline === undefined
        ? null
        : { value: indicator.baseline.value, period: indicator.baseline.period ?? null },
    target: indicator.target ?? null,
    targetBand: indicator.targetBand ?? null,
    latest: last === undefined ? null : toPoint(last),
    measures: ordered.map(toPoint),
    status: quantitativeStatus(indicator, last?.value ?? null, reference),
  };
}
