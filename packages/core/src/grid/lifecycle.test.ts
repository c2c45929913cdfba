import { describe, expect, it } from "vitest";
import { Grid } from "../model/grid.ts";
import { createGrid, DEFAULT_LEVEL_NAMES } from "./create.ts";
import { applyGridEdit } from "./edits.ts";
import { collectGridIds, sequentialIds } from "./ids.ts";
import { adoptGrid, archiveGrid, copyGrid, reviseGrid } from "./lifecycle.ts";
import { editContext, LATER, NOW, sampleGrid } from "./test-support.ts";

const adopted = (): Grid => ({
  ...sampleGrid(),
  status: "adopted",
  adoptedAt: "2026-01-20T12:00:00Z",
  changeNote: "Première version",
  provenance: { source: "Modèle Coéval", licence: "CC BY-SA 4.0" },
});

describe("createGrid", () => {
  it("starts an empty draft with the level names of its language", () => {
    const fr = createGrid({ name: "Grille", now: NOW, id: "g" });
    expect(Grid.parse(fr)).toEqual(fr);
    expect(fr).toMatchObject({
      id: "g",
      version: 1,
      status: "draft",
      language: "fr",
      dimensions: [],
    });
    expect(fr.levelNames).toEqual({
      dimension: "Dimension",
      criterion: "Critère",
      indicator: "Indicateur",
    });
    const en = createGrid({ name: "Grid", now: NOW, language: "en", newId: sequentialIds("g-") });
    expect(en.id).toBe("g-1");
    expect(en.levelNames).toEqual(DEFAULT_LEVEL_NAMES.en);
  });

  it("keeps the level names the group chose", () => {
    const levelNames = { dimension: "Registre", criterion: "Engagement", indicator: "Question" };
    expect(createGrid({ name: "G", now: NOW, id: "g", levelNames }).levelNames).toEqual(levelNames);
  });

  it("needs an id or a generator", () => {
    expect(() => createGrid({ name: "G", now: NOW })).toThrow();
  });
});

describe("reviseGrid", () => {
  it("makes the next draft version, derived from the revised one, with the same ids", () => {
    const next = reviseGrid(adopted(), { now: LATER });
    expect(next).toMatchObject({
      id: "grid-1",
      version: 2,
      status: "draft",
      createdAt: LATER,
      provenance: { source: "Modèle Coéval", derivedFrom: { gridId: "grid-1", version: 1 } },
    });
    expect(next.adoptedAt).toBeUndefined();
    expect(next.changeNote).toBeUndefined();
    expect(collectGridIds(next)).toEqual(collectGridIds(adopted()));
    expect(reviseGrid(adopted(), { now: LATER, version: 7 }).version).toBe(7);
  });
});

describe("archiveGrid", () => {
  it("marks the version archived and keeps everything else", () => {
    const grid = adopted();
    expect(archiveGrid(grid)).toEqual({ ...grid, status: "archived" });
    expect(grid.status).toBe("adopted");
  });
});

describe("copyGrid", () => {
  it("starts a new grid at version 1 that remembers where it comes from", () => {
    const copy = copyGrid(adopted(), { newGridId: "mine", name: "Notre grille", now: LATER });
    expect(copy).toMatchObject({
      id: "mine",
      version: 1,
      name: "Notre grille",
      status: "draft",
      createdAt: LATER,
      provenance: {
        source: "Modèle Coéval",
        licence: "CC BY-SA 4.0",
        derivedFrom: { gridId: "grid-1", version: 1 },
      },
    });
    expect(copy.adoptedAt).toBeUndefined();
    expect(copy.dimensions).toEqual(adopted().dimensions);
    expect(Grid.parse(copy)).toEqual(copy);
  });
});

describe("adoptGrid", () => {
  it("adopts a valid draft, dated", () => {
    const result = adoptGrid(sampleGrid(), { now: LATER });
    expect(result).toEqual({
      ok: true,
      grid: { ...sampleGrid(), status: "adopted", adoptedAt: LATER },
    });
  });

  it("leaves an already adopted grid as it is", () => {
    const grid = { ...sampleGrid(), status: "adopted" as const, adoptedAt: NOW };
    expect(adoptGrid(grid, { now: LATER })).toEqual({ ok: true, grid });
  });

  it("refuses a grid with an empty dimension, naming where", () => {
    const grid = applyGridEdit(
      sampleGrid(),
      { type: "removeCriterion", criterionId: "c-3" },
      editContext(),
    );
    const result = adoptGrid(grid, { now: LATER });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual(
        expect.objectContaining({
          path: ["dimensions", 1, "criteria"],
          code: "grid.emptyDimension",
        }),
      );
    }
  });

  it("refuses a grid whose levels are not strictly ordered", () => {
    const grid = applyGridEdit(
      sampleGrid(),
      {
        type: "updateIndicator",
        indicatorId: "i-1",
        changes: {
          scale: {
            kind: "maturity",
            levels: [
              { value: 2, label: "B" },
              { value: 1, label: "A" },
            ],
            allowNotApplicable: true,
            allowDontKnow: true,
          },
        },
      },
      editContext(),
    );
    const result = adoptGrid(grid, { now: LATER });
    expect(result.ok).toBe(false);
  });

  it("refuses a grid whose shape is wrong, such as an empty label", () => {
    const grid = applyGridEdit(sampleGrid(), { type: "renameGrid", name: "  " }, editContext());
    const result = adoptGrid(grid, { now: LATER });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(["name"]);
  });
});
