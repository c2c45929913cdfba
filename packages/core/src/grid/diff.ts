import type { Id } from "../model/common.ts";
import type { Grid, Indicator, ScaleLevel } from "../model/grid.ts";

export type GridElementLevel = "principle" | "dimension" | "criterion" | "indicator";

/** Where an element sits: its parent (dimension of a criterion, criterion of an indicator) and position. */
export interface ElementPlace {
  parentId?: Id;
  index: number;
}

export type GridField =
  | "name"
  | "description"
  | "language"
  | "levelNames"
  | "globalScore"
  | "provenance";

export interface ScaleLevelChange {
  value: number;
  fields: ("label" | "descriptor" | "colour")[];
}

/**
 * One difference between two versions of a grid, by stable ids. Labels are
 * those of the newer version, except for removed elements.
 */
export type GridChange =
  | { kind: "gridChanged"; fields: GridField[] }
  | { kind: "added"; level: GridElementLevel; id: Id; label: string; to: ElementPlace }
  | { kind: "removed"; level: GridElementLevel; id: Id; label: string; from: ElementPlace }
  | { kind: "renamed"; level: GridElementLevel; id: Id; from: string; to: string }
  | {
      kind: "moved";
      level: GridElementLevel;
      id: Id;
      label: string;
      from: ElementPlace;
      to: ElementPlace;
    }
  | { kind: "changed"; level: GridElementLevel; id: Id; label: string; fields: string[] }
  | {
      kind: "scaleChanged";
      id: Id;
      label: string;
      /** Scale settings that changed: kind, allowNotApplicable, allowDontKnow. */
      settings: string[];
      levels: { added: number[]; removed: number[]; changed: ScaleLevelChange[] };
    }
  | { kind: "glossaryAdded"; term: string }
  | { kind: "glossaryRemoved"; term: string }
  | { kind: "glossaryChanged"; term: string };

interface Located {
  id: Id;
  label: string;
  place: ElementPlace;
  value: Record<string, unknown>;
}

/** Fields compared on each level; labels (renamed), children and positions are reported separately. */
const COMPARED_FIELDS: Record<GridElementLevel, (value: Record<string, unknown>) => string[]> = {
  principle: () => ["description"],
  dimension: () => ["description"],
  criterion: () => ["description", "whyItMatters", "guidingQuestions", "principleIds"],
  indicator: (value) =>
    [...new Set([...Object.keys(value), "description", "effectLevel"])].filter(
      (key) => key !== "id" && key !== "label" && key !== "scale",
    ),
};

/**
 * What changed from `previous` to `next` (two versions of one grid, or a grid
 * and its copy): elements added, removed, renamed, moved, changed, scale
 * levels changed, glossary changes. Empty when nothing a reader would see changed.
 */
export function diffGrids(previous: Grid, next: Grid): GridChange[] {
  const changes: GridChange[] = [];
  const gridFields = (
    ["name", "description", "language", "levelNames", "globalScore", "provenance"] as const
  ).filter((field) => !sameValue(gridFieldValue(previous, field), gridFieldValue(next, field)));
  if (gridFields.length > 0) changes.push({ kind: "gridChanged", fields: gridFields });

  for (const level of ["principle", "dimension", "criterion", "indicator"] as const) {
    changes.push(...diffLevel(level, locate(previous, level), locate(next, level)));
  }
  changes.push(...diffGlossary(previous, next));
  return changes;
}

function gridFieldValue(grid: Grid, field: GridField): unknown {
  if (field === "provenance") {
    // Which version a grid derives from is version bookkeeping, not a change a reader cares about.
    const { derivedFrom: _derivedFrom, ...rest } = grid.provenance;
    return rest;
  }
  return grid[field];
}

function locate(grid: Grid, level: GridElementLevel): Located[] {
  const located: Located[] = [];
  const add = (element: { id: Id; label: string }, place: ElementPlace): void => {
    located.push({
      id: element.id,
      label: element.label,
      place,
      value: element as unknown as Record<string, unknown>,
    });
  };
  if (level === "principle") {
    for (const [index, principle] of grid.principles.entries()) add(principle, { index });
    return located;
  }
  grid.dimensions.forEach((dimension, dimensionIndex) => {
    if (level === "dimension") add(dimension, { index: dimensionIndex });
    dimension.criteria.forEach((criterion, criterionIndex) => {
      if (level === "criterion") add(criterion, { parentId: dimension.id, index: criterionIndex });
      if (level === "indicator") {
        criterion.indicators.forEach((indicator, index) => {
          add(indicator, { parentId: criterion.id, index });
        });
      }
    });
  });
  return located;
}

function diffLevel(level: GridElementLevel, before: Located[], after: Located[]): GridChange[] {
  const changes: GridChange[] = [];
  const beforeById = new Map(before.map((e) => [e.id, e]));
  const afterById = new Map(after.map((e) => [e.id, e]));

  for (const element of before) {
    if (!afterById.has(element.id)) {
      changes.push({
        kind: "removed",
        level,
        id: element.id,
        label: element.label,
        from: element.place,
      });
    }
  }
  for (const element of after) {
    if (!beforeById.has(element.id)) {
      changes.push({
        kind: "added",
        level,
        id: element.id,
        label: element.label,
        to: element.place,
      });
    }
  }

  const moved = movedIds(before, after, afterById);
  for (const element of after) {
    const old = beforeById.get(element.id);
    if (old === undefined) continue;
    if (old.label !== element.label) {
      changes.push({ kind: "renamed", level, id: element.id, from: old.label, to: element.label });
    }
    if (moved.has(element.id)) {
      changes.push({
        kind: "moved",
        level,
        id: element.id,
        label: element.label,
        from: old.place,
        to: element.place,
      });
    }
    const fieldNames = new Set([
      ...COMPARED_FIELDS[level](old.value),
      ...COMPARED_FIELDS[level](element.value),
    ]);
    const fields = [...fieldNames].filter((f) => !sameValue(old.value[f], element.value[f]));
    if (fields.length > 0) {
      changes.push({ kind: "changed", level, id: element.id, label: element.label, fields });
    }
    if (level === "indicator") {
      const scaleChange = diffScale(old.value as Indicator, element.value as Indicator);
      if (scaleChange !== undefined) changes.push(scaleChange);
    }
  }
  return changes;
}

/**
 * Elements that changed parent, or whose order among the siblings they kept
 * changed. Inserting or removing a sibling alone moves nothing: within a
 * parent, the longest common subsequence of kept siblings stays in place.
 */
function movedIds(before: Located[], after: Located[], afterById: Map<Id, Located>): Set<Id> {
  const moved = new Set<Id>();
  const stayedBefore = new Map<string, Id[]>();
  for (const element of before) {
    const now = afterById.get(element.id);
    if (now === undefined) continue;
    if (now.place.parentId !== element.place.parentId) {
      moved.add(element.id);
      continue;
    }
    const key = element.place.parentId ?? "";
    stayedBefore.set(key, [...(stayedBefore.get(key) ?? []), element.id]);
  }
  const stayedAfter = new Map<string, Id[]>();
  for (const element of after) {
    if (
      !moved.has(element.id) &&
      stayedBefore.get(element.place.parentId ?? "")?.includes(element.id)
    ) {
      const key = element.place.parentId ?? "";
      stayedAfter.set(key, [...(stayedAfter.get(key) ?? []), element.id]);
    }
  }
  for (const [parent, beforeOrder] of stayedBefore) {
    const afterOrder = stayedAfter.get(parent) ?? [];
    const kept = new Set(longestCommonSubsequence(beforeOrder, afterOrder));
    for (const id of afterOrder) if (!kept.has(id)) moved.add(id);
  }
  return moved;
}

function longestCommonSubsequence(a: readonly Id[], b: readonly Id[]): Id[] {
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  const at = (i: number, j: number) => lengths[i]?.[j] ?? 0;
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      (lengths[i] as number[])[j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const common: Id[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common.push(a[i] as Id);
      i += 1;
      j += 1;
    } else if (at(i + 1, j) >= at(i, j + 1)) i += 1;
    else j += 1;
  }
  return common;
}

function diffScale(before: Indicator, after: Indicator): GridChange | undefined {
  if (before.kind !== "scale" || after.kind !== "scale") return undefined;
  const settings = (["kind", "allowNotApplicable", "allowDontKnow"] as const).filter(
    (key) => before.scale[key] !== after.scale[key],
  );
  const beforeLevels = new Map(before.scale.levels.map((l) => [l.value, l]));
  const afterLevels = new Map(after.scale.levels.map((l) => [l.value, l]));
  const removed = [...beforeLevels.keys()].filter((value) => !afterLevels.has(value));
  const added = [...afterLevels.keys()].filter((value) => !beforeLevels.has(value));
  const changed: ScaleLevelChange[] = [];
  for (const [value, level] of afterLevels) {
    const old = beforeLevels.get(value);
    if (old === undefined) continue;
    const fields = (["label", "descriptor", "colour"] as const).filter(
      (key) => (old as ScaleLevel)[key] !== level[key],
    );
    if (fields.length > 0) changed.push({ value, fields });
  }
  if (settings.length === 0 && added.length === 0 && removed.length === 0 && changed.length === 0) {
    return undefined;
  }
  return {
    kind: "scaleChanged",
    id: after.id,
    label: after.label,
    settings,
    levels: { added, removed, changed },
  };
}

function diffGlossary(previous: Grid, next: Grid): GridChange[] {
  const before = new Map(previous.glossary.map((e) => [e.term, e.definition]));
  const after = new Map(next.glossary.map((e) => [e.term, e.definition]));
  const changes: GridChange[] = [];
  for (const term of before.keys()) {
    if (!after.has(term)) changes.push({ kind: "glossaryRemoved", term });
  }
  for (const [term, definition] of after) {
    if (!before.has(term)) changes.push({ kind: "glossaryAdded", term });
    else if (before.get(term) !== definition) changes.push({ kind: "glossaryChanged", term });
  }
  return changes;
}

/** Structural equality of plain data, where a missing key and an `undefined` value are the same. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}
