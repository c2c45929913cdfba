import { z } from "zod";
import { Id, IsoDateTime, Label, Language, Text } from "./common.ts";

export const ScaleLevel = z.object({
  /** The level's position on the scale: an integer, strictly increasing along `levels`. */
  value: z.number().int().min(-100).max(100),
  label: Label,
  /** What reaching this level looks like, in the group's own words. */
  descriptor: Text.optional(),
  /** A CSS colour (#rrggbb) used by charts; the app chooses one when absent. */
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
});
export type ScaleLevel = z.infer<typeof ScaleLevel>;

export const ScaleKind = z.enum(["maturity", "progress", "agreement", "frequency", "custom"]);
export type ScaleKind = z.infer<typeof ScaleKind>;

export const Scale = z.object({
  kind: ScaleKind,
  levels: z.array(ScaleLevel).min(2).max(11),
  /** "Not applicable" may be answered; it is counted and shown, never a value. */
  allowNotApplicable: z.boolean(),
  /** "Don't know" may be answered; it is counted and shown, never a value. */
  allowDontKnow: z.boolean(),
});
export type Scale = z.infer<typeof Scale>;

export const EffectLevel = z.enum(["means", "output", "result", "impact"]);
export type EffectLevel = z.infer<typeof EffectLevel>;

const indicatorBase = {
  id: Id,
  label: Label,
  description: Text.optional(),
  effectLevel: EffectLevel.optional(),
};

/** Rated on an ordinal scale whose levels each carry a descriptor. */
export const ScaleIndicator = z.object({
  ...indicatorBase,
  kind: z.literal("scale"),
  scale: Scale,
});

/** Yes / partly / no: an ordinal scale of three fixed levels (1 no, 2 partly, 3 yes). */
export const YesPartlyNoIndicator = z.object({
  ...indicatorBase,
  kind: z.literal("yesPartlyNo"),
  allowNotApplicable: z.boolean(),
  allowDontKnow: z.boolean(),
});

export const Direction = z.enum(["higherBetter", "lowerBetter", "targetBand", "none"]);
export type Direction = z.infer<typeof Direction>;

/** A counted value: measured once per cycle and read against a baseline and a target. */
export const QuantitativeIndicator = z.object({
  ...indicatorBase,
  kind: z.literal("quantitative"),
  unit: z.string().max(50),
  direction: Direction,
  baseline: z.object({ value: z.number(), period: z.string().max(100).optional() }).optional(),
  /** The value aimed for (higherBetter / lowerBetter). */
  target: z.number().optional(),
  /** The acceptable band (targetBand), inclusive. */
  targetBand: z.object({ min: z.number(), max: z.number() }).optional(),
  source: z.string().max(500).optional(),
});

export const StoryKind = z.enum(["story", "testimony", "case", "portrait", "journal"]);
export type StoryKind = z.infer<typeof StoryKind>;

/** Told evidence: stories, testimonies, cases gathered for this indicator. */
export const NarrativeIndicator = z.object({
  ...indicatorBase,
  kind: z.literal("narrative"),
  prompt: Text.optional(),
});

export const Indicator = z.discriminatedUnion("kind", [
  ScaleIndicator,
  YesPartlyNoIndicator,
  QuantitativeIndicator,
  NarrativeIndicator,
]);
export type ScaleIndicator = z.infer<typeof ScaleIndicator>;
export type YesPartlyNoIndicator = z.infer<typeof YesPartlyNoIndicator>;
export type QuantitativeIndicator = z.infer<typeof QuantitativeIndicator>;
export type NarrativeIndicator = z.infer<typeof NarrativeIndicator>;
export type Indicator = z.infer<typeof Indicator>;
export type IndicatorKind = Indicator["kind"];
/** Indicators rated by people on an ordinal scale. */
export type OrdinalIndicator = ScaleIndicator | YesPartlyNoIndicator;

export const Criterion = z.object({
  id: Id,
  label: Label,
  description: Text.optional(),
  /** Why this criterion matters to the group: kept next to it in the workshop and the report. */
  whyItMatters: Text.optional(),
  guidingQuestions: z.array(Text).default([]),
  /** Ids of the charter principles this criterion puts into practice. */
  principleIds: z.array(Id).default([]),
  indicators: z.array(Indicator).default([]),
});
export type Criterion = z.infer<typeof Criterion>;

export const Dimension = z.object({
  id: Id,
  label: Label,
  description: Text.optional(),
  criteria: z.array(Criterion),
});
export type Dimension = z.infer<typeof Dimension>;

export const GridStatus = z.enum(["draft", "adopted", "archived"]);
export type GridStatus = z.infer<typeof GridStatus>;

/** What this grid calls each of its three levels (axe, registre, engagement, question…). */
export const LevelNames = z.object({
  dimension: Label,
  criterion: Label,
  indicator: Label,
});
export type LevelNames = z.infer<typeof LevelNames>;

export const GridRef = z.object({ gridId: Id, version: z.number().int().min(1) });
export type GridRef = z.infer<typeof GridRef>;

export const Provenance = z.object({
  /** The grid and version this one was copied or revised from. */
  derivedFrom: GridRef.optional(),
  /** Where the grid comes from: a network, a method, a publication. */
  source: z.string().max(1000).optional(),
  licence: z.string().max(200).optional(),
  authors: z.string().max(1000).optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const GlossaryEntry = z.object({ term: Label, definition: Text });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const Principle = z.object({ id: Id, label: Label, description: Text.optional() });
export type Principle = z.infer<typeof Principle>;

/**
 * A global score exists only when the grid's owners enable it, and it is then
 * always shown with this label as a convention, never as a measure.
 */
export const GlobalScore = z.object({
  enabled: z.boolean(),
  convention: Text.optional(),
});
export type GlobalScore = z.infer<typeof GlobalScore>;

export const Grid = z.object({
  /** Stable across versions: every version of one grid shares this id. */
  id: Id,
  version: z.number().int().min(1),
  name: Label,
  description: Text.optional(),
  language: Language.default("fr"),
  status: GridStatus,
  provenance: Provenance.default({}),
  levelNames: LevelNames,
  glossary: z.array(GlossaryEntry).default([]),
  principles: z.array(Principle).default([]),
  globalScore: GlobalScore.default({ enabled: false }),
  /** What changed since the version this one derives from, in the group's words. */
  changeNote: Text.optional(),
  createdAt: IsoDateTime,
  adoptedAt: IsoDateTime.optional(),
  dimensions: z.array(Dimension),
});
export type Grid = z.infer<typeof Grid>;
