import type { Perspective, PositionStatus } from "../model/cycle.ts";
import type { Direction, GridRef, ScaleLevel } from "../model/grid.ts";
import type { Side } from "../model/organisation.ts";
import type { Audience, WithholdingReason } from "../privacy/disclosure-terms.ts";
import type { OrdinalStats } from "./statistics.ts";

/** Which round's ratings the results read; "final" = round 2 when a person has one, else round 1. */
export type RoundSelection = 1 | 2 | "final";

export interface DivergenceThresholds {
  /** Flag a gap between two medians when gap / (max − min) reaches this share (default 0.5). */
  gapThreshold?: number;
  /** Flag a high spread when the overall consensus falls below this (default 0.5)… */
  consensusThreshold?: number;
  /** …and at least this many people gave a level (default 2). */
  spreadMinN?: number;
}

export interface ResultsOptions {
  /** Who will read the results: decides which figures are shown (`privacy/disclosure.ts`). */
  audience: Audience;
  /** Default "final". */
  round?: RoundSelection;
  divergence?: DivergenceThresholds;
}

/** A stakeholder group's statistics; only present when enough of its members rated. */
export interface GroupStats<S = OrdinalStats> {
  groupId: string;
  label: string;
  side: Side;
  stats: S;
}

export interface SideStats<S = OrdinalStats> {
  side: Side;
  stats: S;
}

export interface PerspectiveStats<S = OrdinalStats> {
  perspective: Perspective;
  stats: S;
}

/**
 * A row that somebody answered but that is not shown, and why: fewer than k people
 * gave a level in it ("belowThreshold"), showing it with the other rows would let a
 * smaller set of people be worked out ("wouldReveal"), or (for a dimension) one of the
 * criteria it pools is withheld for that row ("criterionWithheld"). For partners, a
 * withheld group is never named (`groupId` and `label` are null).
 */
export type WithheldRow =
  | { kind: "overall"; reason: WithholdingReason }
  | { kind: "group"; groupId: string | null; label: string | null; reason: WithholdingReason }
  | { kind: "side"; side: Side; reason: WithholdingReason }
  | { kind: "perspective"; perspective: Perspective; reason: WithholdingReason };

/**
 * Statistics overall and broken down by stakeholder group, by side (internal /
 * external, from the group) and by perspective (self / peer / external, from the
 * rating), as the disclosure policy lets the audience see them (`privacy/disclosure.ts`).
 * Rows that are not shown are absent; those that somebody answered are listed in
 * `withheld` with the reason.
 */
export interface Breakdown<S = OrdinalStats> {
  /** Everyone; null when withheld (for partners, below k). */
  overall: S | null;
  /** Shown groups, in the organisation's order. */
  groups: GroupStats<S>[];
  /** Groups who answered but are not shown, whatever the reason. */
  hiddenGroupCount: number;
  sides: SideStats<S>[];
  perspectives: PerspectiveStats<S>[];
  /** Rows somebody answered that are not shown, in the order of the rows. */
  withheld: WithheldRow[];
}

/** One ordinal indicator (scale or yes / partly / no) and its ratings. */
export interface IndicatorResult {
  indicatorId: string;
  label: string;
  kind: "scale" | "yesPartlyNo";
  criterionId: string;
  dimensionId: string;
  /** The criterion's first ordinal indicator: its collective position is expressed on it. */
  isPrimary: boolean;
  /** Every level of the scale in order, with its label and descriptor. */
  levels: ScaleLevel[];
  allowNotApplicable: boolean;
  allowDontKnow: boolean;
  stats: Breakdown<OrdinalStats>;
}

export interface DissentResult {
  text: string;
  /** The groups named as holding this view, when they are shown for this criterion. */
  groups: { groupId: string; label: string; side: Side }[];
  /** Groups named as holding this view but too small to be shown. */
  hiddenGroupCount: number;
}

export interface PositionResult {
  status: PositionStatus;
  level: number | null;
  /** The label of the agreed level on the criterion's primary scale. */
  levelLabel: string | null;
  rationale: string | null;
  dissents: DissentResult[];
  strengths: string[];
  weaknesses: string[];
  sessionId: string | null;
  updatedAt: string;
}

export interface StoryCounts {
  total: number;
  positive: number;
  negative: number;
  mixed: number;
}

/** One criterion: its primary ordinal indicator's ratings, collective position and evidence counts. */
export interface CriterionResult {
  criterionId: string;
  label: string;
  dimensionId: string;
  dimensionLabel: string;
  /** Null when the criterion has no ordinal indicator (only counted or told evidence). */
  primaryIndicatorId: string | null;
  levels: ScaleLevel[] | null;
  /** The primary indicator's statistics; null without an ordinal indicator. */
  stats: Breakdown<OrdinalStats> | null;
  /** The newest collective position recorded for the criterion, if any. */
  position: PositionResult | null;
  stories: StoryCounts;
  ordinalIndicatorIds: string[];
  quantitativeIndicatorIds: string[];
  narrativeIndicatorIds: string[];
}

/**
 * Ratings of a dimension's criteria pooled together (each criterion's primary
 * ordinal indicator). Positions are normalised to 0..1 ((level − min) / (max − min))
 * because scales may differ between criteria.
 */
export interface DimensionStats {
  /** Distinct people who gave a level on at least one criterion of the dimension. */
  raters: number;
  /** Valued ratings (person × criterion). */
  n: number;
  na: number;
  dontKnow: number;
  answers: number;
  normalisedMedian: number | null;
  normalisedQ1: number | null;
  normalisedQ3: number | null;
  /** In scale units, only when every criterion of the dimension has the same level values. */
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Tastle–Wierman consensus over the normalised positions; null when n = 0. */
  consensus: number | null;
  shareNa: number | null;
  shareDontKnow: number | null;
}

export interface DimensionResult {
  dimensionId: string;
  label: string;
  criterionIds: string[];
  /** The level values shared by all its rated criteria; null when they differ or none is rated. */
  levelValues: number[] | null;
  stats: Breakdown<DimensionStats>;
}

export type DivergenceKind = "groups" | "sides" | "perspectives" | "spread";

/** One side of a comparison: a group, a side (internal / external), a perspective, or everyone. */
export interface DivergenceParty {
  kind: "group" | "side" | "perspective" | "overall";
  /** The group id, "internal" / "external", "self" / "peer", or "overall". */
  key: string;
  /** The group's label; absent for sides, perspectives and overall (translated by the reader). */
  label?: string;
  side?: Side;
  median: number;
  n: number;
}

/** A "worth discussing" prompt. */
export interface Divergence {
  kind: DivergenceKind;
  criterionId: string;
  criterionLabel: string;
  dimensionId: string;
  a: DivergenceParty;
  /** Null for a "spread" prompt, which concerns one set of raters. */
  b: DivergenceParty | null;
  /** |median a − median b| in scale units; null for "spread". */
  gap: number | null;
  /** gap / (max − min); null for "spread". */
  normalisedGap: number | null;
  /** Overall consensus of the criterion for "spread"; null otherwise. */
  consensus: number | null;
}

export type QuantitativeStatus =
  | "targetReached"
  | "improving"
  | "worsening"
  | "unchanged"
  | "noTarget"
  | "noValue";

export interface MeasurePoint {
  measureId: string;
  value: number;
  period: string | null;
  source: string | null;
  recordedAt: string;
}

export interface QuantitativeResult {
  indicatorId: string;
  label: string;
  criterionId: string;
  dimensionId: string;
  unit: string;
  direction: Direction;
  baseline: { value: number; period: string | null } | null;
  target: number | null;
  targetBand: { min: number; max: number } | null;
  /** The newest measure (by recordedAt). */
  latest: MeasurePoint | null;
  /** All measures of the cycle, oldest first: the trend within the cycle. */
  measures: MeasurePoint[];
  status: QuantitativeStatus;
}

/** Present only when the grid enables a global score; always shown as a convention. */
export interface GlobalScoreResult {
  convention: string | null;
  /** Median of every normalised valued rating of the criteria's primary indicators, 0..1; null when withheld. */
  position: number | null;
  n: number;
  /** Set when a criterion's "everyone" row is withheld: the score would reveal it. */
  withheld: WithholdingReason | null;
}

/**
 * Everything a report, a screen or the command line shows about one cycle. Plain
 * data, safe to serialise. Read-only: level lists, id lists, and (frozen) ordinal
 * statistics and divergence parties with equal figures are shared between the
 * results of cycles on the same grid object.
 */
export interface CycleResults {
  cycleId: string;
  organisationId: string;
  grid: GridRef;
  round: RoundSelection;
  /** The audience these results were disclosed for. */
  audience: Audience;
  /** The anonymity threshold k applied. */
  minGroupSize: number;
  /** Distinct people with at least one answer counted in these results. */
  participantCount: number;
  dimensions: DimensionResult[];
  criteria: CriterionResult[];
  indicators: IndicatorResult[];
  quantitative: QuantitativeResult[];
  /** Flagged prompts, largest normalised gap first, then spreads by consensus ascending. */
  divergences: Divergence[];
  globalScore: GlobalScoreResult | null;
}
