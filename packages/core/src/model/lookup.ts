import type {
  Criterion,
  Dimension,
  Grid,
  GridRef,
  Indicator,
  OrdinalIndicator,
  ScaleLevel,
} from "./grid.ts";
import type { Workspace } from "./workspace.ts";

/** The fixed levels of a yes / partly / no indicator. Labels are translated where shown. */
export const YES_PARTLY_NO_LEVELS: readonly ScaleLevel[] = [
  { value: 1, label: "Non" },
  { value: 2, label: "En partie" },
  { value: 3, label: "Oui" },
];

export function isOrdinal(indicator: Indicator): indicator is OrdinalIndicator {
  return indicator.kind === "scale" || indicator.kind === "yesPartlyNo";
}

/** The levels, and whether N/A and don't-know are allowed, of an ordinal indicator. */
export function ordinalScaleOf(indicator: OrdinalIndicator): {
  levels: readonly ScaleLevel[];
  allowNotApplicable: boolean;
  allowDontKnow: boolean;
} {
  if (indicator.kind === "scale") return indicator.scale;
  return {
    levels: YES_PARTLY_NO_LEVELS,
    allowNotApplicable: indicator.allowNotApplicable,
    allowDontKnow: indicator.allowDontKnow,
  };
}

export interface CriterionEntry {
  dimension: Dimension;
  criterion: Criterion;
}

export interface IndicatorEntry extends CriterionEntry {
  indicator: Indicator;
}

/** Lookup tables of a grid by id, built once and reused. */
export interface GridIndex {
  grid: Grid;
  criteria: Map<string, CriterionEntry>;
  indicators: Map<string, IndicatorEntry>;
}

export function indexGrid(grid: Grid): GridIndex {
  const criteria = new Map<string, CriterionEntry>();
  const indicators = new Map<string, IndicatorEntry>();
  for (const dimension of grid.dimensions) {
    for (const criterion of dimension.criteria) {
      criteria.set(criterion.id, { dimension, criterion });
      for (const indicator of criterion.indicators) {
        indicators.set(indicator.id, { dimension, criterion, indicator });
      }
    }
  }
  return { grid, criteria, indicators };
}

/** The first ordinal indicator of a criterion: the one its collective position is expressed on. */
export function primaryOrdinalIndicator(criterion: Criterion): OrdinalIndicator | undefined {
  return criterion.indicators.find(isOrdinal);
}

export function findGrid(workspace: Workspace, ref: GridRef): Grid | undefined {
  return workspace.grids.find((g) => g.id === ref.gridId && g.version === ref.version);
}
