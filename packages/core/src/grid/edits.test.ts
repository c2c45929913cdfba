import { describe, expect, it } from "vitest";
import { Grid } from "../model/grid.ts";
import { indexGrid } from "../model/lookup.ts";
import { applyGridEdit, applyGridEdits, type GridEdit, GridEditError } from "./edits.ts";
import { collectGridIds } from "./ids.ts";
import { editContext, LATER, sampleGrid } from "./test-support.ts";

function apply(edit: GridEdit, grid = sampleGrid()) {
  return applyGridEdit(grid, edit, editContext());
}

const criterionIds = (grid: Grid, dimensionId: string) =>
  grid.dimensions.find((d) => d.id === dimensionId)?.criteria.map((c) => c.id);

describe("applyGridEdit on a draft", () => {
  it("builds a grid the schema accepts", () => {
    expect(Grid.parse(sampleGrid())).toEqual(sampleGrid());
  });

  it("renames the grid and sets its details, clearing a field set to undefined", () => {
    const renamed = apply({ type: "renameGrid", name: "Notre grille" });
    expect(renamed.name).toBe("Notre grille");
    const detailed = apply(
      { type: "setGridDetails", details: { description: "Pour 2026", language: "en" } },
      renamed,
    );
    expect(detailed).toMatchObject({ description: "Pour 2026", language: "en" });
    const cleared = apply(
      { type: "setGridDetails", details: { description: undefined } },
      detailed,
    );
    expect("description" in cleared).toBe(false);
    expect(cleared.version).toBe(1);
    expect(cleared.status).toBe("draft");
  });

  it("sets level names and the global score convention", () => {
    const levelNames = { dimension: "Axe", criterion: "Engagement", indicator: "Question" };
    expect(apply({ type: "setLevelNames", levelNames }).levelNames).toEqual(levelNames);
    const scored = apply({
      type: "setGlobalScore",
      globalScore: { enabled: true, convention: "Moyenne des niveaux, par convention" },
    });
    expect(scored.globalScore).toEqual({
      enabled: true,
      convention: "Moyenne des niveaux, par convention",
    });
  });

  it("adds a dimension with nested criteria, taking ids from newId, at the given index", () => {
    const grid = apply({
      type: "addDimension",
      dimension: { label: "Innovation", criteria: [{ label: "Essais", indicators: [] }] },
      index: 0,
    });
    expect(grid.dimensions.map((d) => d.id)).toEqual(["new-1", "d-1", "d-2"]);
    expect(grid.dimensions[0]?.criteria[0]).toEqual({
      id: "new-2",
      label: "Essais",
      guidingQuestions: [],
      principleIds: [],
      indicators: [],
    });
  });

  it("keeps an id carried by the draft and refuses one already in use", () => {
    const grid = apply({ type: "addDimension", dimension: { id: "d-9", label: "X" } });
    expect(grid.dimensions.at(-1)?.id).toBe("d-9");
    expect(() => apply({ type: "addDimension", dimension: { id: "c-1", label: "X" } })).toThrow(
      GridEditError,
    );
  });

  it("skips generated ids that are already used", () => {
    const grid = applyGridEdit(
      sampleGrid(),
      { type: "addDimension", dimension: { label: "X" } },
      {
        now: LATER,
        newId: (() => {
          const ids = ["d-1", "c-2", "fresh"];
          return () => ids.shift() ?? "never";
        })(),
      },
    );
    expect(grid.dimensions.at(-1)?.id).toBe("fresh");
  });

  it("updates, moves and removes a dimension", () => {
    const updated = apply({
      type: "updateDimension",
      dimensionId: "d-2",
      changes: { label: "Contribution économique", description: "Ce que nous apportons" },
    });
    expect(updated.dimensions[1]).toMatchObject({
      id: "d-2",
      label: "Contribution économique",
      description: "Ce que nous apportons",
    });
    const moved = apply({ type: "moveDimension", dimensionId: "d-2", toIndex: 0 });
    expect(moved.dimensions.map((d) => d.id)).toEqual(["d-2", "d-1"]);
    const removed = apply({ type: "removeDimension", dimensionId: "d-1" });
    expect(removed.dimensions.map((d) => d.id)).toEqual(["d-2"]);
    expect(indexGrid(removed).criteria.has("c-1")).toBe(false);
  });

  it("adds, updates and removes a criterion", () => {
    const added = apply({
      type: "addCriterion",
      dimensionId: "d-2",
      criterion: { label: "Achats locaux", whyItMatters: "L'argent reste ici" },
      index: 0,
    });
    expect(criterionIds(added, "d-2")).toEqual(["new-1", "c-3"]);
    const updated = apply({
      type: "updateCriterion",
      criterionId: "c-1",
      changes: { guidingQuestions: ["Qui décide ?", "Comment ?"], description: "Décider ensemble" },
    });
    expect(indexGrid(updated).criteria.get("c-1")?.criterion).toMatchObject({
      id: "c-1",
      label: "Participation",
      description: "Décider ensemble",
      guidingQuestions: ["Qui décide ?", "Comment ?"],
    });
    const removed = apply({ type: "removeCriterion", criterionId: "c-1" });
    expect(criterionIds(removed, "d-1")).toEqual(["c-2"]);
  });

  it("moves a criterion within its dimension and to another dimension, keeping its id", () => {
    const within = apply({
      type: "moveCriterion",
      criterionId: "c-2",
      toDimensionId: "d-1",
      toIndex: 0,
    });
    expect(criterionIds(within, "d-1")).toEqual(["c-2", "c-1"]);
    const across = apply({
      type: "moveCriterion",
      criterionId: "c-1",
      toDimensionId: "d-2",
      toIndex: 1,
    });
    expect(criterionIds(across, "d-1")).toEqual(["c-2"]);
    expect(criterionIds(across, "d-2")).toEqual(["c-3", "c-1"]);
    expect(
      indexGrid(across)
        .criteria.get("c-1")
        ?.criterion.indicators.map((i) => i.id),
    ).toEqual(["i-1", "i-2"]);
  });

  it("adds, updates and removes an indicator", () => {
    const added = apply({
      type: "addIndicator",
      criterionId: "c-3",
      indicator: {
        label: "Emplois créés",
        kind: "quantitative",
        unit: "ETP",
        direction: "higherBetter",
      },
    });
    expect(indexGrid(added).indicators.get("new-1")?.criterion.id).toBe("c-3");
    const updated = apply({
      type: "updateIndicator",
      indicatorId: "i-2",
      changes: { target: 20, baseline: { value: 9, period: "2025" } },
    });
    expect(indexGrid(updated).indicators.get("i-2")?.indicator).toMatchObject({
      kind: "quantitative",
      unit: "%",
      target: 20,
      baseline: { value: 9, period: "2025" },
    });
    const removed = apply({ type: "removeIndicator", indicatorId: "i-2" });
    expect(indexGrid(removed).indicators.has("i-2")).toBe(false);
    expect(indexGrid(removed).indicators.has("i-1")).toBe(true);
  });

  it("drops the old kind's fields when an indicator changes kind", () => {
    const grid = apply({
      type: "updateIndicator",
      indicatorId: "i-1",
      changes: { kind: "narrative", prompt: "Racontez une décision prise ensemble" },
    });
    expect(indexGrid(grid).indicators.get("i-1")?.indicator).toEqual({
      id: "i-1",
      label: "Niveau",
      kind: "narrative",
      prompt: "Racontez une décision prise ensemble",
    });
  });

  it("moves an indicator within and across criteria", () => {
    const within = apply({
      type: "moveIndicator",
      indicatorId: "i-2",
      toCriterionId: "c-1",
      toIndex: 0,
    });
    expect(
      indexGrid(within)
        .criteria.get("c-1")
        ?.criterion.indicators.map((i) => i.id),
    ).toEqual(["i-2", "i-1"]);
    const across = apply({
      type: "moveIndicator",
      indicatorId: "i-2",
      toCriterionId: "c-3",
      toIndex: 0,
    });
    expect(
      indexGrid(across)
        .criteria.get("c-3")
        ?.criterion.indicators.map((i) => i.id),
    ).toEqual(["i-2", "i-4"]);
    expect(
      indexGrid(across)
        .criteria.get("c-1")
        ?.criterion.indicators.map((i) => i.id),
    ).toEqual(["i-1"]);
  });

  it("edits the glossary", () => {
    const added = apply({
      type: "addGlossaryEntry",
      entry: { term: "Bénévole", definition: "Personne qui donne de son temps." },
      index: 0,
    });
    expect(added.glossary.map((e) => e.term)).toEqual(["Bénévole", "AG"]);
    expect(() =>
      apply({ type: "addGlossaryEntry", entry: { term: "AG", definition: "Doublon" } }),
    ).toThrow(GridEditError);
    const updated = apply({
      type: "updateGlossaryEntry",
      term: "AG",
      entry: { term: "Assemblée générale", definition: "Réunion annuelle des membres." },
    });
    expect(updated.glossary).toEqual([
      { term: "Assemblée générale", definition: "Réunion annuelle des membres." },
    ]);
    expect(apply({ type: "removeGlossaryEntry", term: "AG" }).glossary).toEqual([]);
    const replaced = apply({ type: "setGlossary", entries: [{ term: "SPG", definition: "…" }] });
    expect(replaced.glossary).toEqual([{ term: "SPG", definition: "…" }]);
  });

  it("edits principles, and removing one unlinks it from criteria", () => {
    const added = apply({ type: "addPrinciple", principle: { label: "Transparence" }, index: 0 });
    expect(added.principles.map((p) => p.id)).toEqual(["new-1", "p-1"]);
    const updated = apply({
      type: "updatePrinciple",
      principleId: "p-1",
      changes: { description: "Faire avec" },
    });
    expect(updated.principles[0]).toEqual({
      id: "p-1",
      label: "Coopération",
      description: "Faire avec",
    });
    const moved = apply({ type: "movePrinciple", principleId: "p-1", toIndex: 5 }, added);
    expect(moved.principles.map((p) => p.id)).toEqual(["new-1", "p-1"]);
    const removed = apply({ type: "removePrinciple", principleId: "p-1" });
    expect(removed.principles).toEqual([]);
    expect(indexGrid(removed).criteria.get("c-1")?.criterion.principleIds).toEqual([]);
  });

  it("refuses edits naming an element the grid does not have", () => {
    const unknown: GridEdit[] = [
      { type: "updateDimension", dimensionId: "nope", changes: { label: "X" } },
      { type: "removeCriterion", criterionId: "nope" },
      { type: "moveCriterion", criterionId: "c-1", toDimensionId: "nope", toIndex: 0 },
      { type: "updateIndicator", indicatorId: "nope", changes: { label: "X" } },
      { type: "moveIndicator", indicatorId: "i-1", toCriterionId: "nope", toIndex: 0 },
      { type: "removePrinciple", principleId: "nope" },
      { type: "removeGlossaryEntry", term: "nope" },
    ];
    for (const edit of unknown) {
      expect(() => apply(edit), edit.type).toThrow(GridEditError);
    }
  });

  it("never modifies its input and shares untouched branches", () => {
    const grid = sampleGrid();
    const snapshot = JSON.parse(JSON.stringify(grid));
    const edited = apply(
      { type: "updateCriterion", criterionId: "c-3", changes: { label: "Y" } },
      grid,
    );
    expect(grid).toEqual(snapshot);
    expect(edited.dimensions[0]).toBe(grid.dimensions[0]);
  });
});

describe("applyGridEdit on an adopted grid", () => {
  const adopted = {
    ...sampleGrid(),
    status: "adopted" as const,
    adoptedAt: "2026-01-20T12:00:00Z",
  };

  it("returns a new draft version with the edit applied and the ids kept", () => {
    const next = apply(
      { type: "updateCriterion", criterionId: "c-1", changes: { label: "Décider" } },
      adopted,
    );
    expect(next).toMatchObject({
      id: "grid-1",
      version: 2,
      status: "draft",
      createdAt: LATER,
      provenance: { derivedFrom: { gridId: "grid-1", version: 1 } },
    });
    expect(next.adoptedAt).toBeUndefined();
    expect(collectGridIds(next)).toEqual(collectGridIds(adopted));
    expect(adopted.dimensions[0]?.criteria[0]?.label).toBe("Participation");
  });

  it("starts one new version for a sequence of edits, at the version asked for", () => {
    const next = applyGridEdits(
      adopted,
      [
        { type: "renameGrid", name: "V2" },
        { type: "removeIndicator", indicatorId: "i-4" },
      ],
      { ...editContext(), nextVersion: 5 },
    );
    expect(next.version).toBe(5);
    expect(next.name).toBe("V2");
    expect(next.provenance.derivedFrom).toEqual({ gridId: "grid-1", version: 1 });
  });
});
