import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXAMPLE_IDS, exampleWorkspace } from "../examples/index.ts";
import { workspaceArbitrary } from "../format/arbitraries.test-support.ts";
import type { Workspace } from "../model/workspace.ts";
import { smallGroupIds } from "../privacy/threshold.ts";
import { compareWithPreviousCycle } from "../progress/compare.ts";
import { computeCycleResults } from "../results/compute.ts";
import { buildReport, reportFileName } from "./build.ts";
import { en } from "./messages.en.ts";
import { fr } from "./messages.fr.ts";
import {
  REPORT_SECTION_IDS,
  type ReportModel,
  type ReportOptions,
  type TableBlock,
} from "./types.ts";

const GENERATED_AT = "2026-06-15T09:00:00Z";
const workspace = exampleWorkspace();
const cycle2026 = workspace.cycles.find((c) => c.id === EXAMPLE_IDS.cycle2026);
if (cycle2026 === undefined) throw new Error("the example has a 2026 cycle");

function report(options: Partial<ReportOptions> = {}, ws: Workspace = workspace): ReportModel {
  return buildReport(ws, EXAMPLE_IDS.cycle2026, {
    lang: "fr",
    audience: "internal",
    generatedAt: GENERATED_AT,
    ...options,
  });
}

/** Groups with some, but fewer than k, participants in the cycle: never to be named. */
function smallGroupLabels(ws: Workspace, cycleId: string): string[] {
  const cycle = ws.cycles.find((c) => c.id === cycleId);
  const organisation = ws.organisations.find((o) => o.id === cycle?.organisationId);
  if (cycle === undefined || organisation === undefined) return [];
  const small = new Set(smallGroupIds(cycle, organisation));
  return organisation.stakeholderGroups.filter((g) => small.has(g.id)).map((g) => g.label);
}

/** A deep copy to alter (core has no DOM or Node types, so no structuredClone). */
function clone(ws: Workspace): Workspace {
  return JSON.parse(JSON.stringify(ws)) as Workspace;
}

/** Every string leaf of a catalogue (function results are not leaves). */
function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [];
}

describe("buildReport", () => {
  it("orders the sections as the report reads, skipping the empty ones", () => {
    const model = report();
    const ids = model.sections.map((s) => s.id);
    const order = ids.map((id) => REPORT_SECTION_IDS.indexOf(id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect([...new Set(ids)]).toEqual([
      "cover",
      "context",
      "purpose",
      "method",
      "profile",
      "criteria",
      "divergences",
      "indicators",
      "stories",
      "strengthsWeaknesses",
      "actions",
      "progress",
      "annex",
    ]);
    // One criteria section per dimension, each with a unique anchor.
    const dimensions = workspace.grids.find((g) => g.id === cycle2026.grid.gridId)?.dimensions;
    expect(ids.filter((id) => id === "criteria")).toHaveLength(dimensions?.length ?? -1);
    expect(new Set(model.sections.map((s) => s.anchor)).size).toBe(model.sections.length);
    // A self-evaluation cycle without an opinion has no "reasoned opinion" section.
    expect(ids).not.toContain("opinion");
  });

  it("carries the figures of the results, formatted in French", () => {
    const results = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026, { audience: "internal" });
    const model = report();
    for (const criterion of results.criteria) {
      const median = criterion.stats?.overall?.median;
      if (median === null || median === undefined) continue;
      const section = model.sections.find((s) => s.anchor === `criteria:${criterion.dimensionId}`);
      const blocks = section?.blocks ?? [];
      const headingAt = blocks.findIndex((b) => b.type === "heading" && b.text === criterion.label);
      const table = blocks.slice(headingAt).find((b): b is TableBlock => b.type === "table");
      const overall = table?.rows.find((row) => row[0] === fr.overall);
      expect(overall?.[1]).toBe(String(criterion.stats?.overall?.n));
      expect(overall?.[2]).toBe(String(median).replace(".", ","));
      // The consensus as the app shows it: a whole percentage, "80 %".
      const consensus = criterion.stats?.overall?.consensus;
      if (consensus !== null && consensus !== undefined) {
        expect(overall?.[4]).toMatch(new RegExp(`^${Math.round(consensus * 100)}[\u00a0\u202f]%$`));
      }
    }
    // At least one median falls between two levels, so the comma is really exercised.
    expect(results.criteria.some((c) => !Number.isInteger(c.stats?.overall?.median ?? 0))).toBe(
      true,
    );
    expect(JSON.stringify(model)).toContain("2,5");
  });

  it("colours each level of a distribution as its grid says, else with the standard ramp", () => {
    const coloured = clone(workspace);
    const grid = coloured.grids.find((g) => g.id === cycle2026.grid.gridId);
    const criterion = grid?.dimensions.flatMap((d) => d.criteria)[0];
    const indicator = criterion?.indicators.find((i) => i.kind === "scale");
    if (indicator?.kind !== "scale") throw new Error("the example's first criterion has a scale");
    const [first] = indicator.scale.levels;
    if (first === undefined) throw new Error("a scale has levels");
    first.colour = "#ffd700";
    const charts = report({}, coloured).sections.flatMap((section) =>
      section.blocks.flatMap((b) =>
        b.type === "chart" && b.chart.kind === "distribution" ? [b.chart] : [],
      ),
    );
    expect(charts.length).toBeGreaterThan(5);
    const withGold = charts.filter((chart) => chart.levels[0]?.colour === "#ffd700");
    expect(withGold.length).toBeGreaterThan(0);
    expect(withGold[0]?.levels[0]?.textColour).toBe("#000000");
    for (const chart of charts) {
      const top = chart.levels.at(-1);
      expect(top?.colour).toBe("#08306b");
      expect(top?.textColour).toBe("#ffffff");
    }
  });

  it("keeps names, pseudonyms, comments, private stories and small groups out of the partners version", () => {
    const partners = JSON.stringify(report({ audience: "partners" }));
    const internal = JSON.stringify(report({ audience: "internal" }));
    for (const p of cycle2026.participants) {
      expect(partners).not.toContain(p.pseudonym);
      if (p.name !== undefined) expect(partners).not.toContain(p.name);
    }
    for (const story of cycle2026.stories) {
      if (story.consent === "public") expect(partners).toContain(story.text);
      else expect(partners).not.toContain(story.text);
      if (story.consent === "none") expect(internal).not.toContain(story.text);
      else expect(internal).toContain(story.text);
    }
    for (const rating of cycle2026.ratings) {
      if (rating.comment) expect(partners).not.toContain(rating.comment);
    }
    for (const session of cycle2026.sessions) {
      if (session.notes) expect(partners).not.toContain(session.notes);
    }
    const small = smallGroupLabels(workspace, EXAMPLE_IDS.cycle2026);
    expect(small.length).toBeGreaterThan(0);
    for (const label of small) expect(partners).not.toContain(label);
    // The internal version names those who agreed, and only them.
    for (const p of cycle2026.participants) {
      if (p.name === undefined) continue;
      if (p.consent.showName) expect(internal).toContain(p.name);
      else expect(internal).not.toContain(p.name);
    }
  });

  it("shows progress since the previous cycle, per criterion, as compareCycles computes it", () => {
    const comparison = compareWithPreviousCycle(workspace, EXAMPLE_IDS.cycle2026, {
      audience: "internal",
    });
    const change = comparison?.criteria.find(
      (c) => c.criterionId === EXAMPLE_IDS.participationCriterion,
    );
    if (change?.change == null || change.change === 0) throw new Error("the example moves");
    const progress = report().sections.find((s) => s.id === "progress");
    const tables = (progress?.blocks ?? []).filter((b): b is TableBlock => b.type === "table");
    const row = tables.flatMap((table) => table.rows).find((r) => r[0] === change.label);
    const sign = change.change > 0 ? "+" : "−";
    expect(row?.[3]).toBe(`${sign}${String(Math.abs(change.change)).replace(".", ",")}`);
    const previousActions = workspace.cycles.find(
      (c) => c.id === comparison?.previous.cycleId,
    )?.actions;
    expect(previousActions?.length).toBeGreaterThan(0);
    for (const action of previousActions ?? [])
      expect(JSON.stringify(progress)).toContain(action.title);
  });

  it("builds only the requested sections", () => {
    const model = report({ sections: ["annex", "method"] });
    expect(model.sections.map((s) => s.id)).toEqual(["method", "annex"]);
  });

  it("is complete in English: no French text of the catalogue is left", () => {
    const model = report({ lang: "en", audience: "partners" });
    const json = JSON.stringify(model);
    const english = new Set(leaves(en));
    // The grid and the cycle are written in French by their users: compare whole texts only.
    const texts = new Set(leaves(model));
    const frenchOnly = leaves(fr).filter((text) => !english.has(text));
    for (const text of frenchOnly) expect(texts.has(text), text).toBe(false);
    for (const section of model.sections) {
      const titles = leaves({ ...en.sections, criteria: "" });
      if (section.id === "criteria") expect(section.title.startsWith("Criteria: ")).toBe(true);
      else if (section.id !== "cover") expect(titles).toContain(section.title);
    }
    expect(model.metadata.locale).toBe("en-GB");
    expect(model.chrome.contentsTitle).toBe("Contents");
    expect(json).toContain("Median");
  });

  it("names its file after the organisation, the cycle and the audience", () => {
    expect(reportFileName(report({ audience: "partners" }))).toMatch(
      /^rapport-[a-z0-9-]+-partenaires\.pdf$/,
    );
    expect(reportFileName(report({ lang: "en" }))).toMatch(/^report-[a-z0-9-]+-internal\.pdf$/);
  });

  it("shows a global score only as a labelled convention, when the grid enables it", () => {
    const without = JSON.stringify(report());
    expect(without).not.toContain(fr.globalScore.title);
    const enabled = clone(workspace);
    for (const grid of enabled.grids) grid.globalScore = { enabled: true, convention: "Accord" };
    const model = report({}, enabled);
    const profile = model.sections.find((s) => s.id === "profile");
    expect(profile?.blocks).toContainEqual(
      expect.objectContaining({ type: "callout", tone: "convention", title: fr.globalScore.title }),
    );
  });

  it("gives a peer visit with an opinion its reasoned opinion section", () => {
    const visit = clone(workspace);
    const cycle = visit.cycles.find((c) => c.id === EXAMPLE_IDS.cycle2026);
    if (cycle === undefined) throw new Error("missing cycle");
    cycle.mode = "peerVisit";
    cycle.opinion = { verdict: "favourableWithConditions", conditions: ["Une AG le samedi"] };
    const model = report({}, visit);
    const opinion = model.sections.find((s) => s.id === "opinion");
    expect(JSON.stringify(opinion)).toContain(fr.verdicts.favourableWithConditions);
    expect(JSON.stringify(opinion)).toContain("Une AG le samedi");
  });

  it("property: any valid workspace builds, in every language and audience, and partners never see a small group's name", () => {
    fc.assert(
      fc.property(workspaceArbitrary({ maxCycles: 2 }), (generated) => {
        // Distinctive labels, so that finding one in the report can only mean it leaked.
        const ws = clone(generated);
        ws.organisations.forEach((o, i) => {
          o.stakeholderGroups.forEach((g, j) => {
            g.label = `GROUPLABEL${i}X${j}Z`;
          });
        });
        for (const cycle of ws.cycles) {
          const small = smallGroupLabels(ws, cycle.id);
          for (const lang of ["fr", "en"] as const) {
            for (const audience of ["internal", "partners"] as const) {
              const json = JSON.stringify(
                buildReport(ws, cycle.id, { lang, audience, generatedAt: GENERATED_AT }),
              );
              // The internal report lists who took part, small groups included, without their figures.
              if (audience === "internal") continue;
              // A boolean, not toContain: a failing shrink must not print whole models.
              for (const label of small) expect(json.includes(label), label).toBe(false);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
