import { describe, expect, it } from "vitest";
import { validateGrid } from "../format/validate.ts";
import { adoptGrid } from "../grid/lifecycle.ts";
import type { Language } from "../model/common.ts";
import { type Grid, Grid as GridSchema } from "../model/grid.ts";
import { findTemplate, instantiateTemplate, levelIndicatorId, templates } from "./index.ts";

const NOW = "2026-01-10T09:00:00Z";
const LANGUAGES: Language[] = ["fr", "en"];

/** The id tree of a grid, with each indicator's kind and scale values: what must match across languages. */
function idStructure(grid: Grid) {
  return {
    glossarySize: grid.glossary.length,
    dimensions: grid.dimensions.map((d) => ({
      id: d.id,
      criteria: d.criteria.map((c) => ({
        id: c.id,
        questions: c.guidingQuestions.length,
        indicators: c.indicators.map((i) => ({
          id: i.id,
          kind: i.kind,
          levels: i.kind === "scale" ? i.scale.levels.map((l) => l.value) : [],
        })),
      })),
    })),
  };
}

/** Every piece of text a reader sees in a grid. */
function texts(grid: Grid): string[] {
  return [
    grid.name,
    grid.description ?? "",
    ...grid.glossary.flatMap((e) => [e.term, e.definition]),
    ...grid.dimensions.flatMap((d) => [
      d.label,
      d.description ?? "",
      ...d.criteria.flatMap((c) => [
        c.label,
        c.description ?? "",
        c.whyItMatters ?? "",
        ...c.guidingQuestions,
        ...c.indicators.flatMap((i) => [
          i.label,
          ...(i.kind === "scale"
            ? i.scale.levels.flatMap((l) => [l.label, l.descriptor ?? ""])
            : []),
          ...(i.kind === "narrative" ? [i.prompt ?? ""] : []),
        ]),
      ]),
    ]),
  ];
}

describe.each(templates.map((t) => [t.id, t] as const))("template %s", (_id, template) => {
  const grids = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, template.build(lang, { gridId: "g", now: NOW })]),
  ) as Record<Language, Grid>;

  it.each(LANGUAGES)("validates in %s and can be adopted as it is", (lang) => {
    const grid = grids[lang];
    expect(GridSchema.parse(grid)).toEqual(grid);
    expect(validateGrid(grid)).toEqual([]);
    expect(grid.language).toBe(lang);
    expect(adoptGrid(grid, { now: NOW }).ok).toBe(true);
  });

  it("has the same ids, kinds and levels in French and English", () => {
    expect(idStructure(grids.en)).toEqual(idStructure(grids.fr));
  });

  it("is actually translated: no French text left in the English grid", () => {
    const french = new Set(texts(grids.fr));
    const untranslated = texts(grids.en).filter(
      (text) => french.has(text) && !/^[%\s]*$/.test(text),
    );
    expect(untranslated).toEqual([]);
  });

  it("gives each criterion a description, 2–4 guiding questions, why it matters and a described scale", () => {
    for (const grid of Object.values(grids)) {
      for (const dimension of grid.dimensions) {
        expect(dimension.criteria.length).toBeGreaterThanOrEqual(3);
        expect(dimension.criteria.length).toBeLessThanOrEqual(4);
        for (const criterion of dimension.criteria) {
          expect(criterion.description).toBeTruthy();
          expect(criterion.whyItMatters).toBeTruthy();
          expect(criterion.guidingQuestions.length).toBeGreaterThanOrEqual(2);
          expect(criterion.guidingQuestions.length).toBeLessThanOrEqual(4);
          const scale = criterion.indicators[0];
          expect(scale?.id).toBe(levelIndicatorId(criterion.id));
          if (scale?.kind !== "scale") throw new Error(`${criterion.id} starts without a scale`);
          expect(scale.scale.levels.map((l) => l.value)).toEqual([1, 2, 3, 4]);
          expect(scale.scale.levels.every((l) => (l.descriptor ?? "").length > 10)).toBe(true);
          expect(scale.scale).toMatchObject({ allowNotApplicable: true, allowDontKnow: true });
        }
      }
    }
  });
});

describe("the social utility template", () => {
  const grid = instantiateTemplate("social-utility-5d", "fr", { now: NOW, newGridId: "ma-grille" });

  it("has the five dimensions, counted and told evidence, and a glossary", () => {
    expect(grid.dimensions.map((d) => d.label)).toEqual([
      "Contribution économique",
      "Égalité et développement humain",
      "Lien social et démocratie locale",
      "Innovation sociale",
      "Fonctionnement interne",
    ]);
    const kinds = grid.dimensions.flatMap((d) =>
      d.criteria.flatMap((c) => c.indicators.map((i) => i.kind)),
    );
    expect(kinds.filter((k) => k === "quantitative").length).toBeGreaterThanOrEqual(3);
    expect(kinds).toContain("narrative");
    expect(grid.glossary.length).toBeGreaterThanOrEqual(4);
    expect(grid.globalScore.enabled).toBe(false);
  });

  it("is instantiated as the group's own draft, naming the template it comes from", () => {
    expect(grid).toMatchObject({ id: "ma-grille", version: 1, status: "draft", createdAt: NOW });
    expect(grid.provenance.source).toContain("social-utility-5d");
    expect(grid.provenance.source).toContain("Utilité sociale en cinq dimensions");
    const en = instantiateTemplate("social-utility-5d", "en", { now: NOW, newGridId: "mine" });
    expect(en.provenance.source).toContain("Social utility in five dimensions");
    expect(en.levelNames.criterion).toBe("Criterion");
  });

  it("is listed with its names, and unknown templates are refused", () => {
    expect(findTemplate("social-utility-5d")?.name).toEqual({
      fr: "Utilité sociale en cinq dimensions",
      en: "Social utility in five dimensions",
    });
    expect(() => instantiateTemplate("nope", "fr", { now: NOW, newGridId: "x" })).toThrow("nope");
  });
});
