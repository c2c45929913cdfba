import { issue, type ValidationIssue } from "../format/issues.ts";
import { describeScale } from "../format/validate.ts";
import type { RatingValue } from "../model/cycle.ts";
import type { Criterion, OrdinalIndicator } from "../model/grid.ts";
import { isOrdinal, ordinalScaleOf, primaryOrdinalIndicator } from "../model/lookup.ts";

type Path = (string | number)[];

/**
 * The problems of a rating value on an ordinal indicator, by the same rules (and issue
 * codes) as the file validation: a level of the scale, or N/A / don't know when allowed.
 */
export function ratingValueIssues(
  indicator: OrdinalIndicator,
  value: RatingValue,
  path: Path = ["value"],
): ValidationIssue[] {
  const scale = ordinalScaleOf(indicator);
  if (value === "na") {
    return scale.allowNotApplicable ? [] : [issue(path, "rating.notApplicableNotAllowed")];
  }
  if (value === "dontKnow") {
    return scale.allowDontKnow ? [] : [issue(path, "rating.dontKnowNotAllowed")];
  }
  if (scale.levels.some((level) => level.value === value)) return [];
  return [issue(path, "rating.notALevel", { value, scale: describeScale(scale.levels) })];
}

/** Whether `value` may be recorded on the indicator. */
export function isAllowedRatingValue(indicator: OrdinalIndicator, value: RatingValue): boolean {
  return ratingValueIssues(indicator, value).length === 0;
}

/**
 * The ordinal indicator of a criterion a rating is given on: the one named, or the
 * criterion's primary (first) ordinal indicator. Undefined when there is none.
 */
export function ratedIndicator(
  criterion: Criterion,
  indicatorId?: string,
): OrdinalIndicator | undefined {
  if (indicatorId === undefined) return primaryOrdinalIndicator(criterion);
  const found = criterion.indicators.find((indicator) => indicator.id === indicatorId);
  return found !== undefined && isOrdinal(found) ? found : undefined;
}
