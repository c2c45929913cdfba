import { describe, expect, it } from "vitest";
import { diffGrids } from "./diff.ts";
import { applyGridEdit, applyGridEdits, type GridEdit } from "./edits.ts";
import { editContext, fourLevelScale, sampleGrid } from "./test-support.ts";

const edited = (...edits: GridEdit[]) => applyGridEdits(sampleGrid(), edits, editContext());

describe("diffGrids", () => {
  it("finds nothing between a grid and itself, or a new version with no change", () => {
    expect(diffGrids(sampleGrid(), sampleGrid())).toEqual([]);
    const adopted = { ...sampleGrid(), status: "adopted" as const };
    const revised = applyGridEdit(
      adopted,
      { type: "setGlossary", entries: adopted.glossary },
      editContext(),
    );
    expect(revised.version).toBe(2);
    expect(diffGrids(adopted, revised)).toEqual([]);
  });

  it("reports grid-level fields", () => {
    const next = edited(
      { type: "renameGrid", name: "Autre" },
      {
        type: "setLevelNames",
        levelNames: { dimension: "Axe", criterion: "Critère", indicator: "Question" },
      },
    );
    expect(diffGrids(sampleGrid(), next)).toEqual([
      { kind: "gridChanged", fields: ["name", "levelNames"] },
    ]);
  });

  it("reports added and removed elements with their place", () => {
    const next = edited(
      { type: "addCriterion", dimensionId: "d-2", criterion: { label: "Achats locaux" } },
      { type: "removeIndicator", indicatorId: "i-2" },
    );
    expect(diffGrids(sampleGrid(), next)).toEqual([
      {
        kind: "added",
        level: "criterion",
        id: "new-1",
        label: "Achats locaux",
        to: { parentId: "d-2", index: 1 },
      },
      {
        kind: "removed",
        level: "indicator",
        id: "i-2",
        label: "Présence à l'AG",
        from: { parentId: "c-1", index: 1 },
      },
    ]);
  });

  it("reports renamed, changed and moved elements, not the siblings that merely shifted", () => {
    const next = edited(
      {
        type: "updateDimension",
        dimensionId: "d-1",
        changes: { label: "Lien social et démocratie" },
      },
      {
        type: "updateCriterion",
        criterionId: "c-1",
        changes: { whyItMatters: "Parce que", guidingQuestions: [] },
      },
      { type: "addDimension", dimension: { label: "Nouvelle" }, index: 0 },
      { type: "moveCriterion", criterionId: "c-2", toDimensionId: "d-2", toIndex: 0 },
      { type: "moveIndicator", indicatorId: "i-2", toCriterionId: "c-1", toIndex: 0 },
    );
    expect(diffGrids(sampleGrid(), next)).toEqual([
      { kind: "added", level: "dimension", id: "new-1", label: "Nouvelle", to: { index: 0 } },
      {
        kind: "renamed",
        level: "dimension",
        id: "d-1",
        from: "Lien social",
        to: "Lien social et démocratie",
      },
      {
        kind: "changed",
        level: "criterion",
        id: "c-1",
        label: "Participation",
        fields: ["whyItMatters", "guidingQuestions"],
      },
      {
        kind: "moved",
        level: "criterion",
        id: "c-2",
        label: "Convivialité",
        from: { parentId: "d-1", index: 1 },
        to: { parentId: "d-2", index: 0 },
      },
      // A swap of two siblings is reported as one move.
      {
        kind: "moved",
        level: "indicator",
        id: "i-1",
        label: "Niveau",
        from: { parentId: "c-1", index: 0 },
        to: { parentId: "c-1", index: 1 },
      },
    ]);
  });

  it("details scale changes level by level", () => {
    const scale = fourLevelScale();
    const levels = scale.levels
      .slice(0, 3)
      .map((level) =>
        level.value === 2 ? { ...level, label: "Début", descriptor: "Autre chose" } : level,
      );
    const next = edited({
      type: "updateIndicator",
      indicatorId: "i-1",
      changes: {
        scale: {
          ...scale,
          allowDontKnow: false,
          levels: [...levels, { value: 5, label: "Au-delà" }],
        },
      },
    });
    expect(diffGrids(sampleGrid(), next)).toEqual([
      {
        kind: "scaleChanged",
        id: "i-1",
        label: "Niveau",
        settings: ["allowDontKnow"],
        levels: {
          added: [5],
          removed: [4],
          changed: [{ value: 2, fields: ["label", "descriptor"] }],
        },
      },
    ]);
  });

  it("reports an indicator's other fields, including a change of kind", () => {
    const next = edited(
      { type: "updateIndicator", indicatorId: "i-2", changes: { target: 20 } },
      {
        type: "updateIndicator",
        indicatorId: "i-4",
        changes: { kind: "quantitative", unit: "ETP", direction: "higherBetter" },
      },
    );
    expect(diffGrids(sampleGrid(), next)).toEqual([
      {
        kind: "changed",
        level: "indicator",
        id: "i-2",
        label: "Présence à l'AG",
        fields: ["target"],
      },
      {
        kind: "changed",
        level: "indicator",
        id: "i-4",
        label: "Récits",
        fields: ["kind", "unit", "direction"],
      },
    ]);
  });

  it("reports principles and glossary terms", () => {
    const next = edited(
      { type: "updatePrinciple", principleId: "p-1", changes: { description: "Faire ensemble" } },
      {
        type: "addGlossaryEntry",
        entry: { term: "SPG", definition: "Système participatif de garantie" },
      },
      {
        type: "updateGlossaryEntry",
        term: "AG",
        entry: { term: "AG", definition: "Assemblée générale annuelle." },
      },
    );
    expect(diffGrids(sampleGrid(), next)).toEqual([
      {
        kind: "changed",
        level: "principle",
        id: "p-1",
        label: "Coopération",
        fields: ["description"],
      },
      { kind: "glossaryChanged", term: "AG" },
      { kind: "glossaryAdded", term: "SPG" },
    ]);
    const emptied = edited({ type: "setGlossary", entries: [] });
    expect(diffGrids(sampleGrid(), emptied)).toEqual([{ kind: "glossaryRemoved", term: "AG" }]);
  });
});
