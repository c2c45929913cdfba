import { issue, type ValidationIssue } from "../format/issues.ts";
import type { ConsentLevel, Cycle, Measure, Story, Valence } from "../model/cycle.ts";
import type { StoryKind } from "../model/grid.ts";
import { gridIndexOf } from "./ratings.ts";
import { type CycleEditResult, type GridEditDeps, refused } from "./result.ts";

export interface MeasureInput {
  criterionId: string;
  indicatorId: string;
  value: number;
  period?: string;
  source?: string;
  note?: string;
}

/** Records a counted value for one of the criterion's quantitative indicators. */
export function addMeasure(
  cycle: Cycle,
  input: MeasureInput,
  deps: GridEditDeps,
): CycleEditResult<{ measure: Measure }> {
  const entry = gridIndexOf(deps.grid).criteria.get(input.criterionId);
  if (entry === undefined) {
    return refused([issue(["criterionId"], "ref.criterion", { id: input.criterionId })]);
  }
  const indicator = entry.criterion.indicators.find((i) => i.id === input.indicatorId);
  if (indicator === undefined) {
    return refused([
      issue(["indicatorId"], "ref.indicator", {
        id: input.indicatorId,
        criterionId: input.criterionId,
      }),
    ]);
  }
  if (indicator.kind !== "quantitative") {
    return refused([issue(["indicatorId"], "measure.notQuantitative", { id: indicator.id })]);
  }
  if (!Number.isFinite(input.value)) return refused([notANumber(input.value)]);
  const measure = withMeasureTexts(
    {
      id: deps.newId(),
      criterionId: input.criterionId,
      indicatorId: input.indicatorId,
      value: input.value,
      recordedAt: deps.now,
    },
    input,
  );
  return { ok: true, measure, cycle: { ...cycle, measures: [...cycle.measures, measure] } };
}

function notANumber(value: number): ValidationIssue {
  return issue(["value"], "value.invalidType", { expected: "number", received: String(value) });
}

/** Sets the texts the input names; a blank one is removed rather than stored as "". */
function withMeasureTexts(measure: Measure, input: Partial<MeasureInput>): Measure {
  const next: Measure = { ...measure };
  for (const key of ["period", "source", "note"] as const) {
    if (!(key in input)) continue;
    const text = input[key];
    if (text === undefined || text.trim() === "") delete next[key];
    else next[key] = text;
  }
  return next;
}

/**
 * Corrects a counted value or what it says about itself (period, source, note). It stays on
 * its indicator and keeps the date it was recorded.
 */
export function updateMeasure(
  cycle: Cycle,
  measureId: string,
  fields: Partial<Pick<MeasureInput, "value" | "period" | "source" | "note">>,
): CycleEditResult {
  const measure = cycle.measures.find((m) => m.id === measureId);
  if (measure === undefined) {
    return refused([issue(["measures"], "value.invalid")]);
  }
  if (fields.value !== undefined && !Number.isFinite(fields.value)) {
    return refused([notANumber(fields.value)]);
  }
  const next = withMeasureTexts(
    fields.value === undefined ? measure : { ...measure, value: fields.value },
    fields,
  );
  return {
    ok: true,
    cycle: { ...cycle, measures: cycle.measures.map((m) => (m === measure ? next : m)) },
  };
}

export function removeMeasure(cycle: Cycle, measureId: string): Cycle {
  return { ...cycle, measures: cycle.measures.filter((m) => m.id !== measureId) };
}

export interface StoryInput {
  text: string;
  kind: StoryKind;
  valence: Valence;
  /** Who may read it; "none" keeps it inside the workshop. */
  consent: ConsentLevel;
  criterionIds: string[];
  indicatorId?: string;
  title?: string;
  tellerId?: string;
  date?: string;
}

function storyIssues(
  cycle: Cycle,
  input: Partial<StoryInput>,
  deps: { grid: GridEditDeps["grid"] },
) {
  const issues: ValidationIssue[] = [];
  if (input.text !== undefined && input.text.trim() === "") {
    issues.push(issue(["text"], "string.empty"));
  }
  const { criteria, indicators } = gridIndexOf(deps.grid);
  input.criterionIds?.forEach((id, index) => {
    if (!criteria.has(id)) issues.push(issue(["criterionIds", index], "ref.criterion", { id }));
  });
  // A blank link is a removal (see applyStoryFields), never an unknown reference.
  if (input.indicatorId && !indicators.has(input.indicatorId)) {
    issues.push(issue(["indicatorId"], "ref.gridIndicator", { id: input.indicatorId }));
  }
  if (input.tellerId && !cycle.participants.some((p) => p.id === input.tellerId)) {
    issues.push(issue(["tellerId"], "ref.participant", { id: input.tellerId }));
  }
  return issues;
}

function applyStoryFields(story: Story, input: Partial<StoryInput>): Story {
  const next: Story = { ...story };
  if (input.text !== undefined) next.text = input.text;
  if (input.kind !== undefined) next.kind = input.kind;
  if (input.valence !== undefined) next.valence = input.valence;
  if (input.consent !== undefined) next.consent = input.consent;
  if (input.criterionIds !== undefined) next.criterionIds = [...new Set(input.criterionIds)];
  for (const key of ["indicatorId", "title", "tellerId", "date"] as const) {
    if (!(key in input)) continue;
    const value = input[key];
    if (value === undefined || value.trim() === "") delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Adds told evidence (a story, a testimony, a case…) linked to criteria. */
export function addStory(
  cycle: Cycle,
  input: StoryInput,
  deps: Pick<GridEditDeps, "grid" | "newId">,
): CycleEditResult<{ story: Story }> {
  const issues = storyIssues(cycle, input, deps);
  if (issues.length > 0) return refused(issues);
  const story = applyStoryFields(
    {
      id: deps.newId(),
      text: input.text,
      kind: input.kind,
      valence: input.valence,
      consent: input.consent,
      criterionIds: [],
    },
    input,
  );
  return { ok: true, story, cycle: { ...cycle, stories: [...cycle.stories, story] } };
}

export function updateStory(
  cycle: Cycle,
  storyId: string,
  fields: Partial<StoryInput>,
  deps: Pick<GridEditDeps, "grid">,
): CycleEditResult {
  if (!cycle.stories.some((s) => s.id === storyId)) {
    return refused([issue(["stories"], "value.invalid")]);
  }
  const issues = storyIssues(cycle, fields, deps);
  if (issues.length > 0) return refused(issues);
  return {
    ok: true,
    cycle: {
      ...cycle,
      stories: cycle.stories.map((s) => (s.id === storyId ? applyStoryFields(s, fields) : s)),
    },
  };
}

export function removeStory(cycle: Cycle, storyId: string): Cycle {
  return { ...cycle, stories: cycle.stories.filter((s) => s.id !== storyId) };
}
