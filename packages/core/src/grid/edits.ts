import type { Id, Language } from "../model/common.ts";
import type {
  Criterion,
  Dimension,
  GlobalScore,
  GlossaryEntry,
  Grid,
  Indicator,
  LevelNames,
  Principle,
  Provenance,
} from "../model/grid.ts";
import { collectGridIds } from "./ids.ts";
import { reviseGrid } from "./lifecycle.ts";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type DistributivePartial<T> = T extends unknown ? Partial<T> : never;

/**
 * A new element. Its id comes from `newId()` unless the draft carries one
 * (replaying a recorded edit, importing a grid), which must not be in use.
 */
export type IndicatorDraft = DistributiveOmit<Indicator, "id"> & { id?: Id };

export interface CriterionDraft {
  id?: Id;
  label: string;
  description?: string;
  whyItMatters?: string;
  guidingQuestions?: string[];
  principleIds?: Id[];
  indicators?: IndicatorDraft[];
}

export interface DimensionDraft {
  id?: Id;
  label: string;
  description?: string;
  criteria?: CriterionDraft[];
}

export interface PrincipleDraft {
  id?: Id;
  label: string;
  description?: string;
}

/** Fields to change; a field set to `undefined` is cleared. */
export type DimensionChanges = Partial<Pick<Dimension, "label" | "description">>;
export type CriterionChanges = Partial<
  Pick<Criterion, "label" | "description" | "whyItMatters" | "guidingQuestions" | "principleIds">
>;
/**
 * Changes to an indicator. Changing `kind` replaces the kind-specific fields
 * (scale, unit, prompt…) by those given; label, description and effect level are kept.
 */
export type IndicatorChanges = DistributivePartial<DistributiveOmit<Indicator, "id">>;
export type PrincipleChanges = Partial<Pick<Principle, "label" | "description">>;
export interface GridDetails {
  description?: string;
  language?: Language;
  changeNote?: string;
  provenance?: Provenance;
}

/**
 * One change to a grid, as data: the app records them for undo/redo and the
 * history. Indexes are positions in the resulting list and are clamped to it.
 */
export type GridEdit =
  | { type: "renameGrid"; name: string }
  | { type: "setGridDetails"; details: GridDetails }
  | { type: "setLevelNames"; levelNames: LevelNames }
  | { type: "addDimension"; dimension: DimensionDraft; index?: number }
  | { type: "updateDimension"; dimensionId: Id; changes: DimensionChanges }
  | { type: "removeDimension"; dimensionId: Id }
  | { type: "moveDimension"; dimensionId: Id; toIndex: number }
  | { type: "addCriterion"; dimensionId: Id; criterion: CriterionDraft; index?: number }
  | { type: "updateCriterion"; criterionId: Id; changes: CriterionChanges }
  | { type: "removeCriterion"; criterionId: Id }
  | { type: "moveCriterion"; criterionId: Id; toDimensionId: Id; toIndex: number }
  | { type: "addIndicator"; criterionId: Id; indicator: IndicatorDraft; index?: number }
  | { type: "updateIndicator"; indicatorId: Id; changes: IndicatorChanges }
  | { type: "removeIndicator"; indicatorId: Id }
  | { type: "moveIndicator"; indicatorId: Id; toCriterionId: Id; toIndex: number }
  | { type: "setGlossary"; entries: GlossaryEntry[] }
  | { type: "addGlossaryEntry"; entry: GlossaryEntry; index?: number }
  | { type: "updateGlossaryEntry"; term: string; entry: GlossaryEntry }
  | { type: "removeGlossaryEntry"; term: string }
  | { type: "addPrinciple"; principle: PrincipleDraft; index?: number }
  | { type: "updatePrinciple"; principleId: Id; changes: PrincipleChanges }
  | { type: "removePrinciple"; principleId: Id }
  | { type: "movePrinciple"; principleId: Id; toIndex: number }
  | { type: "setGlobalScore"; globalScore: GlobalScore };

export type GridEditType = GridEdit["type"];

export interface GridEditContext {
  /** ISO date-time, used when the edit starts a new version of an adopted grid. */
  now: string;
  /** Ids for new elements: the app passes `crypto.randomUUID`, tests a counter. */
  newId: () => Id;
  /**
   * The version number a new draft takes when an adopted grid is edited;
   * defaults to `version + 1`. Pass the workspace's highest version + 1 when
   * several versions of the grid exist.
   */
  nextVersion?: number;
}

export type GridEditErrorCode =
  | "grid.edit.unknownDimension"
  | "grid.edit.unknownCriterion"
  | "grid.edit.unknownIndicator"
  | "grid.edit.unknownPrinciple"
  | "grid.edit.unknownGlossaryTerm"
  | "grid.edit.duplicateGlossaryTerm"
  | "grid.edit.duplicateId"
  | "grid.edit.noFreeId";

/** An edit that does not fit the grid it is applied to (a stale or hand-written edit). */
export class GridEditError extends Error {
  readonly code: GridEditErrorCode;
  readonly params: Record<string, string>;

  constructor(code: GridEditErrorCode, params: Record<string, string>) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = "GridEditError";
    this.code = code;
    this.params = params;
  }
}

/**
 * Applies one edit and returns a new grid; the input is never modified.
 * A draft is edited in place (same version). An adopted or archived grid is
 * never changed: the edit is applied to a new draft version of it, with the
 * same grid id and element ids, derived from the edited version.
 * Throws `GridEditError` when the edit names an element the grid does not have.
 */
export function applyGridEdit(grid: Grid, edit: GridEdit, context: GridEditContext): Grid {
  const draft =
    grid.status === "draft"
      ? grid
      : reviseGrid(grid, { now: context.now, version: context.nextVersion });
  return applyToDraft(draft, edit, new IdAllocator(draft, context.newId));
}

/** Applies edits in order; the first edit of an adopted grid starts the new version. */
export function applyGridEdits(
  grid: Grid,
  edits: readonly GridEdit[],
  context: GridEditContext,
): Grid {
  let current = grid;
  for (const edit of edits) current = applyGridEdit(current, edit, context);
  return current;
}

class IdAllocator {
  private readonly used: Set<Id>;

  constructor(
    grid: Grid,
    private readonly newId: () => Id,
  ) {
    this.used = collectGridIds(grid);
  }

  take(requested: Id | undefined): Id {
    if (requested !== undefined) {
      if (this.used.has(requested))
        throw new GridEditError("grid.edit.duplicateId", { id: requested });
      this.used.add(requested);
      return requested;
    }
    // A generator may hand out an id already present (a counter restarted, a copied grid): skip it.
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      const id = this.newId();
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
    throw new GridEditError("grid.edit.noFreeId", {});
  }
}

function applyToDraft(grid: Grid, edit: GridEdit, ids: IdAllocator): Grid {
  switch (edit.type) {
    case "renameGrid":
      return { ...grid, name: edit.name };
    case "setGridDetails":
      return withChanges(grid, edit.details);
    case "setLevelNames":
      return { ...grid, levelNames: { ...edit.levelNames } };
    case "setGlobalScore":
      return { ...grid, globalScore: { ...edit.globalScore } };

    case "addDimension":
      return {
        ...grid,
        dimensions: insertAt(grid.dimensions, buildDimension(edit.dimension, ids), edit.index),
      };
    case "updateDimension":
      return updateDimension(grid, edit.dimensionId, (d) => withChanges(d, edit.changes));
    case "removeDimension":
      locateDimension(grid, edit.dimensionId);
      return { ...grid, dimensions: grid.dimensions.filter((d) => d.id !== edit.dimensionId) };
    case "moveDimension": {
      const from = locateDimension(grid, edit.dimensionId);
      return { ...grid, dimensions: moveWithin(grid.dimensions, from, edit.toIndex) };
    }

    case "addCriterion": {
      const criterion = buildCriterion(edit.criterion, ids);
      return updateDimension(grid, edit.dimensionId, (d) => ({
        ...d,
        criteria: insertAt(d.criteria, criterion, edit.index),
      }));
    }
    case "updateCriterion":
      return updateCriterion(grid, edit.criterionId, (c) => withChanges(c, edit.changes));
    case "removeCriterion": {
      const { dimensionIndex } = locateCriterion(grid, edit.criterionId);
      return replaceDimensionAt(grid, dimensionIndex, (d) => ({
        ...d,
        criteria: d.criteria.filter((c) => c.id !== edit.criterionId),
      }));
    }
    case "moveCriterion": {
      const { dimensionIndex, criterionIndex } = locateCriterion(grid, edit.criterionId);
      const targetIndex = locateDimension(grid, edit.toDimensionId);
      const source = grid.dimensions[dimensionIndex] as Dimension;
      const criterion = source.criteria[criterionIndex] as Criterion;
      if (targetIndex === dimensionIndex) {
        return replaceDimensionAt(grid, dimensionIndex, (d) => ({
          ...d,
          criteria: moveWithin(d.criteria, criterionIndex, edit.toIndex),
        }));
      }
      const detached = replaceDimensionAt(grid, dimensionIndex, (d) => ({
        ...d,
        criteria: d.criteria.filter((c) => c.id !== criterion.id),
      }));
      return replaceDimensionAt(detached, targetIndex, (d) => ({
        ...d,
        criteria: insertAt(d.criteria, criterion, edit.toIndex),
      }));
    }

    case "addIndicator": {
      const indicator = buildIndicator(edit.indicator, ids);
      return updateCriterion(grid, edit.criterionId, (c) => ({
        ...c,
        indicators: insertAt(c.indicators, indicator, edit.index),
      }));
    }
    case "updateIndicator": {
      const { criterionId } = locateIndicator(grid, edit.indicatorId);
      return updateCriterion(grid, criterionId, (c) => ({
        ...c,
        indicators: c.indicators.map((i) =>
          i.id === edit.indicatorId ? changeIndicator(i, edit.changes) : i,
        ),
      }));
    }
    case "removeIndicator": {
      const { criterionId } = locateIndicator(grid, edit.indicatorId);
      return updateCriterion(grid, criterionId, (c) => ({
        ...c,
        indicators: c.indicators.filter((i) => i.id !== edit.indicatorId),
      }));
    }
    case "moveIndicator": {
      const { criterionId, indicatorIndex } = locateIndicator(grid, edit.indicatorId);
      locateCriterion(grid, edit.toCriterionId);
      if (criterionId === edit.toCriterionId) {
        return updateCriterion(grid, criterionId, (c) => ({
          ...c,
          indicators: moveWithin(c.indicators, indicatorIndex, edit.toIndex),
        }));
      }
      let moved: Indicator | undefined;
      const detached = updateCriterion(grid, criterionId, (c) => {
        moved = c.indicators[indicatorIndex];
        return { ...c, indicators: c.indicators.filter((i) => i.id !== edit.indicatorId) };
      });
      return updateCriterion(detached, edit.toCriterionId, (c) => ({
        ...c,
        indicators: insertAt(c.indicators, moved as Indicator, edit.toIndex),
      }));
    }

    case "setGlossary":
      return { ...grid, glossary: edit.entries.map((entry) => ({ ...entry })) };
    case "addGlossaryEntry":
      if (grid.glossary.some((e) => e.term === edit.entry.term)) {
        throw new GridEditError("grid.edit.duplicateGlossaryTerm", { term: edit.entry.term });
      }
      return { ...grid, glossary: insertAt(grid.glossary, { ...edit.entry }, edit.index) };
    case "updateGlossaryEntry": {
      locateGlossaryTerm(grid, edit.term);
      if (edit.entry.term !== edit.term && grid.glossary.some((e) => e.term === edit.entry.term)) {
        throw new GridEditError("grid.edit.duplicateGlossaryTerm", { term: edit.entry.term });
      }
      return {
        ...grid,
        glossary: grid.glossary.map((e) => (e.term === edit.term ? { ...edit.entry } : e)),
      };
    }
    case "removeGlossaryEntry":
      locateGlossaryTerm(grid, edit.term);
      return { ...grid, glossary: grid.glossary.filter((e) => e.term !== edit.term) };

    case "addPrinciple": {
      const principle = withChanges(
        { id: ids.take(edit.principle.id), label: edit.principle.label },
        { description: edit.principle.description },
      );
      return { ...grid, principles: insertAt(grid.principles, principle, edit.index) };
    }
    case "updatePrinciple": {
      const index = locatePrinciple(grid, edit.principleId);
      return {
        ...grid,
        principles: replaceAt(grid.principles, index, (p) => withChanges(p, edit.changes)),
      };
    }
    case "removePrinciple": {
      locatePrinciple(grid, edit.principleId);
      // Criteria must not keep pointing at a principle that no longer exists.
      const dimensions = grid.dimensions.map((d) =>
        d.criteria.some((c) => c.principleIds.includes(edit.principleId))
          ? {
              ...d,
              criteria: d.criteria.map((c) =>
                c.principleIds.includes(edit.principleId)
                  ? { ...c, principleIds: c.principleIds.filter((id) => id !== edit.principleId) }
                  : c,
              ),
            }
          : d,
      );
      return {
        ...grid,
        dimensions,
        principles: grid.principles.filter((p) => p.id !== edit.principleId),
      };
    }
    case "movePrinciple": {
      const from = locatePrinciple(grid, edit.principleId);
      return { ...grid, principles: moveWithin(grid.principles, from, edit.toIndex) };
    }
  }
}

function buildDimension(draft: DimensionDraft, ids: IdAllocator): Dimension {
  const id = ids.take(draft.id);
  return withChanges(
    { id, label: draft.label, criteria: (draft.criteria ?? []).map((c) => buildCriterion(c, ids)) },
    { description: draft.description },
  );
}

function buildCriterion(draft: CriterionDraft, ids: IdAllocator): Criterion {
  const id = ids.take(draft.id);
  return withChanges(
    {
      id,
      label: draft.label,
      guidingQuestions: [...(draft.guidingQuestions ?? [])],
      principleIds: [...(draft.principleIds ?? [])],
      indicators: (draft.indicators ?? []).map((i) => buildIndicator(i, ids)),
    },
    { description: draft.description, whyItMatters: draft.whyItMatters },
  );
}

function buildIndicator(draft: IndicatorDraft, ids: IdAllocator): Indicator {
  const id = ids.take(draft.id);
  return { ...draft, id } as Indicator;
}

function changeIndicator(indicator: Indicator, changes: IndicatorChanges): Indicator {
  if (changes.kind !== undefined && changes.kind !== indicator.kind) {
    const common = withChanges(
      { id: indicator.id, label: indicator.label },
      { description: indicator.description, effectLevel: indicator.effectLevel },
    );
    return withChanges(common, changes) as Indicator;
  }
  return withChanges(indicator, changes) as Indicator;
}

/** Copies `changes` onto `target`; keys whose value is `undefined` are removed. */
function withChanges<T extends object>(target: T, changes: object): T {
  const result = { ...target } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (key === "id") continue;
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result as T;
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

function insertAt<T>(items: readonly T[], item: T, index: number | undefined): T[] {
  const at = clampIndex(index, items.length);
  return [...items.slice(0, at), item, ...items.slice(at)];
}

function moveWithin<T>(items: readonly T[], from: number, toIndex: number): T[] {
  const item = items[from] as T;
  const rest = items.filter((_, i) => i !== from);
  return insertAt(rest, item, toIndex);
}

function replaceAt<T>(items: readonly T[], index: number, change: (item: T) => T): T[] {
  return items.map((item, i) => (i === index ? change(item) : item));
}

function locateDimension(grid: Grid, dimensionId: Id): number {
  const index = grid.dimensions.findIndex((d) => d.id === dimensionId);
  if (index < 0) throw new GridEditError("grid.edit.unknownDimension", { id: dimensionId });
  return index;
}

function locateCriterion(grid: Grid, criterionId: Id) {
  for (const [dimensionIndex, dimension] of grid.dimensions.entries()) {
    const criterionIndex = dimension.criteria.findIndex((c) => c.id === criterionId);
    if (criterionIndex >= 0) return { dimensionIndex, criterionIndex };
  }
  throw new GridEditError("grid.edit.unknownCriterion", { id: criterionId });
}

function locateIndicator(grid: Grid, indicatorId: Id) {
  for (const dimension of grid.dimensions) {
    for (const criterion of dimension.criteria) {
      const indicatorIndex = criterion.indicators.findIndex((i) => i.id === indicatorId);
      if (indicatorIndex >= 0) return { criterionId: criterion.id, indicatorIndex };
    }
  }
  throw new GridEditError("grid.edit.unknownIndicator", { id: indicatorId });
}

function locatePrinciple(grid: Grid, principleId: Id): number {
  const index = grid.principles.findIndex((p) => p.id === principleId);
  if (index < 0) throw new GridEditError("grid.edit.unknownPrinciple", { id: principleId });
  return index;
}

function locateGlossaryTerm(grid: Grid, term: string): void {
  if (!grid.glossary.some((e) => e.term === term)) {
    throw new GridEditError("grid.edit.unknownGlossaryTerm", { term });
  }
}

function replaceDimensionAt(
  grid: Grid,
  index: number,
  change: (dimension: Dimension) => Dimension,
): Grid {
  return { ...grid, dimensions: replaceAt(grid.dimensions, index, change) };
}

function updateDimension(grid: Grid, dimensionId: Id, change: (d: Dimension) => Dimension): Grid {
  return replaceDimensionAt(grid, locateDimension(grid, dimensionId), change);
}

function updateCriterion(grid: Grid, criterionId: Id, change: (c: Criterion) => Criterion): Grid {
  const { dimensionIndex, criterionIndex } = locateCriterion(grid, criterionId);
  return replaceDimensionAt(grid, dimensionIndex, (d) => ({
    ...d,
    criteria: replaceAt(d.criteria, criterionIndex, change),
  }));
}
