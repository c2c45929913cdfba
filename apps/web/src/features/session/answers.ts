import {
  type Criterion,
  isOrdinal,
  type OrdinalIndicator,
  ordinalScaleOf,
  type RatingValue,
  type ScaleLevel,
} from "@coeval/core";
import type { SessionMessages } from "./messages.ts";

/** One answer a person may give on an indicator: a level, or N/A / don't know when allowed. */
export interface AnswerOption {
  value: RatingValue;
  label: string;
  descriptor?: string;
  /** The key typed in the quick table to choose it. */
  key: string;
}

/** The levels of an ordinal indicator, with yes / partly / no translated. */
export function shownLevels(indicator: OrdinalIndicator, t: SessionMessages): ScaleLevel[] {
  const { levels } = ordinalScaleOf(indicator);
  if (indicator.kind === "scale") return [...levels];
  return levels.map((level) => ({
    ...level,
    label: t.yesPartlyNo[level.value as 1 | 2 | 3] ?? level.label,
  }));
}

export function answerOptions(indicator: OrdinalIndicator, t: SessionMessages): AnswerOption[] {
  const scale = ordinalScaleOf(indicator);
  const levels = shownLevels(indicator, t);
  const options: AnswerOption[] = levels.map((level, index) => ({
    value: level.value,
    label: level.label,
    ...(level.descriptor ? { descriptor: level.descriptor } : {}),
    // A level is typed as its own value when that is one digit, else by its position.
    key:
      level.value >= 0 && level.value <= 9 && levels.every((l) => l.value >= 0 && l.value <= 9)
        ? String(level.value)
        : String(index + 1),
  }));
  if (scale.allowNotApplicable) options.push({ value: "na", label: t.notApplicable, key: "n" });
  if (scale.allowDontKnow) options.push({ value: "dontKnow", label: t.dontKnow, key: "?" });
  return options;
}

export function answerLabel(options: readonly AnswerOption[], value: RatingValue): string {
  return options.find((option) => option.value === value)?.label ?? String(value);
}

export function ordinalIndicators(criterion: Criterion): OrdinalIndicator[] {
  return criterion.indicators.filter(isOrdinal);
}
