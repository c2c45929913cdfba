import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../model/grid.ts";
import { indexGrid } from "../model/lookup.ts";
import { diffGrids } from "./diff.ts";
import { applyGridEdit, type GridEdit, type GridEditType } from "./edits.ts";
import { sequentialIds } from "./ids.ts";
import { fourLevelScale, LATER, sampleGrid } from "./test-support.ts";

const EDIT_TYPES: GridEditType[] = [
  "renameGrid",
  "addDimension",
  "updateDimension",
  "removeDimension",
  "moveDimension",
  "addCriterion",
  "updateCriterion",
  "removeCriterion",
  "moveCriterion",
  "addIndicator",
  "updateIndicator",
  "removeIndicator",
  "moveIndicator",
  "addPrinciple",
  "removePrinciple",
  "addGlossaryEntry",
];

/** A random choice, turned into a concrete edit against whatever grid it meets. */
interface EditSeed {
  type: GridEditType;
  pick: number;
  target: number;
  label: string;
}

const editSeed = fc.record({
  type: fc.constantFrom(...EDIT_TYPES),
  pick: fc.nat(),
  target: fc.nat(),
  label: fc.string({ minLength: 1, maxLength: 12 }),
});

function pickFrom<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

function editFromSeed(grid: Grid, seed: EditSeed): GridEdit {
  const { criteria, indicators } = indexGrid(grid);
  const dimension = pickFrom(grid.dimensions, seed.pick);
  const criterion = pickFrom([...criteria.keys()], seed.pick);
  const indicator = pickFrom([...indicators.keys()], seed.pick);
  const otherDimension = pickFrom(grid.dimensions, seed.target);
  const otherCriterion = pickFrom([...criteria.keys()], seed.target);
  const fallback: GridEdit = {
    type: "addDimension",
    dimension: { label: seed.label, criteria: [{ label: seed.label }] },
    index: seed.target,
  };
  switch (seed.type) {
    case "renameGrid":
      return { type: "renameGrid", name: seed.label };
    case "addDimension":
      return fallback;
    case "updateDimension":
      return dimension
        ? { type: "updateDimension", dimensionId: dimension.id, changes: { label: seed.label } }
        : fallback;
    case "removeDimension":
      return dimension ? { type: "removeDimension", dimensionId: dimension.id } : fallback;
    case "moveDimension":
      return dimension
        ? { type: "moveDimension", dimensionId: dimension.id, toIndex: seed.target % 4 }
        : fallback;
    case "addCriterion":
      return dimension
        ? {
            type: "addCriterion",
            dimensionId: dimension.id,
            criterion: {
              label: seed.label,
              indicators: [{ label: seed.label, kind: "scale", scale: fourLevelScale() }],
            },
            index: seed.target,
          }
        : fallback;
    case "updateCriterion":
      return criterion
        ? { type: "updateCriterion", criterionId: criterion, changes: { description: seed.label } }
        : fallback;
    case "removeCriterion":
      return criterion ? { type: "removeCriterion", criterionId: criterion } : fallback;
    case "moveCriterion":
      return criterion && otherDimension
        ? {
            type: "moveCriterion",
            criterionId: criterion,
            toDimensionId: otherDimension.id,
            toIndex: seed.target % 5,
          }
        : fallback;
    case "addIndicator":
      return criterion
        ? {
            type: "addIndicator",
            criterionId: criterion,
            indicator: {
              label: seed.label,
              kind: "quantitative",
              unit: "%",
              direction: "higherBetter",
            },
          }
        : fallback;
    case "updateIndicator":
      return indicator
        ? { type: "updateIndicator", indicatorId: indicator, changes: { label: seed.label } }
        : fallback;
    case "removeIndicator":
      return indicator ? { type: "removeIndicator", indicatorId: indicator } : fallback;
    case "moveIndicator":
      return indicator && otherCriterion
        ? {
            type: "moveIndicator",
            indicatorId: indicator,
            toCriterionId: otherCriterion,
            toIndex: seed.target % 3,
          }
        : fallback;
    case "addPrinciple":
      return { type: "addPrinciple", principle: { label: seed.label } };
    case "removePrinciple": {
      const principle = pickFrom(grid.principles, seed.pick);
      return principle ? { type: "removePrinciple", principleId: principle.id } : fallback;
    }
    default: {
      const term = `${seed.label} ${seed.pick}`;
      return grid.glossary.some((e) => e.term === term)
        ? fallback
        : { type: "addGlossaryEntry", entry: { term, definition: seed.label } };
    }
  }
}

/** Applies the seeds in order; returns every intermediate grid and the edits applied. */
function run(start: Grid, seeds: EditSeed[]) {
  const context = { now: LATER, newId: sequentialIds("gen-") };
  const grids = [start];
  const edits: GridEdit[] = [];
  let grid = start;
  for (const seed of seeds) {
    const edit = editFromSeed(grid, seed);
    grid = applyGridEdit(grid, edit, context);
    edits.push(edit);
    grids.push(grid);
  }
  return { grids, edits, final: grid };
}

function allIds(grid: Grid): string[] {
  return [
    ...grid.principles.map((p) => p.id),
    ...grid.dimensions.flatMap((d) => [
      d.id,
      ...d.criteria.flatMap((c) => [c.id, ...c.indicators.map((i) => i.id)]),
    ]),
  ];
}

/** The ids an edit is allowed to make disappear: its target and everything under it. */
function removedBy(grid: Grid, edit: GridEdit): Set<string> {
  const { criteria } = indexGrid(grid);
  switch (edit.type) {
    case "removeDimension": {
      const dimension = grid.dimensions.find((d) => d.id === edit.dimensionId);
      return new Set(dimension ? allIds({ ...grid, principles: [], dimensions: [dimension] }) : []);
    }
    case "removeCriterion": {
      const criterion = criteria.get(edit.criterionId)?.criterion;
      return new Set(criterion ? [criterion.id, ...criterion.indicators.map((i) => i.id)] : []);
    }
    case "removeIndicator":
      return new Set([edit.indicatorId]);
    case "removePrinciple":
      return new Set([edit.principleId]);
    default:
      return new Set();
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const seeds = fc.array(editSeed, { maxLength: 30 });

describe("grid edits, for any sequence of edits", () => {
  it("keep every id unique", () => {
    fc.assert(
      fc.property(seeds, (list) => {
        for (const grid of run(sampleGrid(), list).grids) {
          const ids = allIds(grid);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
    );
  });

  it("never lose an element the edit did not target", () => {
    fc.assert(
      fc.property(seeds, (list) => {
        const { grids, edits } = run(sampleGrid(), list);
        edits.forEach((edit, step) => {
          const before = grids[step] as Grid;
          const after = new Set(allIds(grids[step + 1] as Grid));
          const allowed = removedBy(before, edit);
          for (const id of allIds(before)) {
            if (!allowed.has(id)) expect(after.has(id), `${edit.type} lost ${id}`).toBe(true);
          }
        });
      }),
    );
  });

  it("never modify an adopted grid: they start a new draft version", () => {
    fc.assert(
      fc.property(
        seeds.filter((list) => list.length > 0),
        (list) => {
          const adopted = deepFreeze({
            ...sampleGrid(),
            status: "adopted" as const,
            adoptedAt: LATER,
          });
          const before = JSON.stringify(adopted);
          const { final } = run(adopted, list);
          expect(JSON.stringify(adopted)).toBe(before);
          expect(final).toMatchObject({ id: adopted.id, version: 2, status: "draft" });
        },
      ),
    );
  });

  it("are reported by diffGrids: every element added or removed, and nothing for an unchanged grid", () => {
    fc.assert(
      fc.property(seeds, (list) => {
        const start = sampleGrid();
        const { final } = run(start, list);
        expect(diffGrids(final, final)).toEqual([]);
        const changes = diffGrids(start, final);
        const added = new Set(changes.flatMap((c) => (c.kind === "added" ? [c.id] : [])));
        const removed = new Set(changes.flatMap((c) => (c.kind === "removed" ? [c.id] : [])));
        const startIds = new Set(allIds(start));
        const finalIds = new Set(allIds(final));
        expect(added).toEqual(new Set([...finalIds].filter((id) => !startIds.has(id))));
        expect(removed).toEqual(new Set([...startIds].filter((id) => !finalIds.has(id))));
      }),
    );
  });
});
