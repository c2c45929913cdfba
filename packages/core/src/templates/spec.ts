import { DEFAULT_LEVEL_NAMES } from "../grid/create.ts";
import type { Id, Language } from "../model/common.ts";
import type {
  Criterion,
  Direction,
  EffectLevel,
  Grid,
  Indicator,
  ScaleKind,
  ScaleLevel,
} from "../model/grid.ts";

/** A text written in every language a template is offered in. */
export type Translated = Record<Language, string>;

/** Indicators a criterion carries besides its four-level scale. */
export type ExtraIndicatorSpec = { id: Id; label: Translated; effectLevel?: EffectLevel } & (
  | { kind: "quantitative"; unit: Translated; direction: Direction }
  | { kind: "narrative"; prompt: Translated }
  | { kind: "yesPartlyNo" }
);

export interface CriterionSpec {
  id: Id;
  label: Translated;
  description: Translated;
  whyItMatters: Translated;
  guidingQuestions: Translated[];
  scaleKind?: ScaleKind;
  /** Level labels of this criterion, when the template's shared ones do not fit. */
  levelLabels?: readonly Translated[];
  /** One descriptor per level, lowest first. */
  levels: readonly Translated[];
  extraIndicators?: ExtraIndicatorSpec[];
}

export interface DimensionSpec {
  id: Id;
  label: Translated;
  description: Translated;
  criteria: CriterionSpec[];
}

/** A template written once, with every text in both languages: both grids share every id. */
export interface TemplateSpec {
  id: Id;
  name: Translated;
  description: Translated;
  gridDescription: Translated;
  levelLabels: readonly Translated[];
  glossary: { term: Translated; definition: Translated }[];
  dimensions: DimensionSpec[];
}

/** The id of the scale indicator every criterion of a template carries. */
export function levelIndicatorId(criterionId: Id): Id {
  return `${criterionId}.level`;
}

export function buildTemplateGrid(
  spec: TemplateSpec,
  language: Language,
  options: { gridId: Id; now: string },
): Grid {
  return {
    id: options.gridId,
    version: 1,
    name: spec.name[language],
    description: spec.gridDescription[language],
    language,
    status: "draft",
    provenance: { source: templateSource(spec, language), authors: "Coéval" },
    levelNames: { ...DEFAULT_LEVEL_NAMES[language] },
    glossary: spec.glossary.map((entry) => ({
      term: entry.term[language],
      definition: entry.definition[language],
    })),
    principles: [],
    globalScore: { enabled: false },
    createdAt: options.now,
    dimensions: spec.dimensions.map((dimension) => ({
      id: dimension.id,
      label: dimension.label[language],
      description: dimension.description[language],
      criteria: dimension.criteria.map((criterion) => buildCriterion(spec, criterion, language)),
    })),
  };
}

/** How a grid names the template it started from, in its own language. */
export function templateSource(spec: TemplateSpec, language: Language): string {
  const intro = language === "fr" ? "Modèle Coéval" : "Coéval template";
  return `${intro} « ${spec.name[language]} » (${spec.id})`;
}

function buildCriterion(
  spec: TemplateSpec,
  criterion: CriterionSpec,
  language: Language,
): Criterion {
  const labels = criterion.levelLabels ?? spec.levelLabels;
  const levels: ScaleLevel[] = criterion.levels.map((descriptor, index) => ({
    value: index + 1,
    label: (labels[index] as Translated)[language],
    descriptor: descriptor[language],
  }));
  const scaleIndicator: Indicator = {
    id: levelIndicatorId(criterion.id),
    label: criterion.label[language],
    kind: "scale",
    scale: {
      kind: criterion.scaleKind ?? "maturity",
      levels,
      allowNotApplicable: true,
      allowDontKnow: true,
    },
  };
  return {
    id: criterion.id,
    label: criterion.label[language],
    description: criterion.description[language],
    whyItMatters: criterion.whyItMatters[language],
    guidingQuestions: criterion.guidingQuestions.map((question) => question[language]),
    principleIds: [],
    indicators: [
      scaleIndicator,
      ...(criterion.extraIndicators ?? []).map((extra) => buildExtraIndicator(extra, language)),
    ],
  };
}

function buildExtraIndicator(extra: ExtraIndicatorSpec, language: Language): Indicator {
  const base = {
    id: extra.id,
    label: extra.label[language],
    ...(extra.effectLevel === undefined ? {} : { effectLevel: extra.effectLevel }),
  };
  switch (extra.kind) {
    case "quantitative":
      return {
        ...base,
        kind: "quantitative",
        unit: extra.unit[language],
        direction: extra.direction,
      };
    case "narrative":
      return { ...base, kind: "narrative", prompt: extra.prompt[language] };
    case "yesPartlyNo":
      return { ...base, kind: "yesPartlyNo", allowNotApplicable: true, allowDontKnow: true };
  }
}
