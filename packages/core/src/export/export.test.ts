import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXAMPLE_IDS, exampleWorkspace } from "../examples/index.ts";
import { readCsv } from "../format/csv.ts";
import type { Rating, RatingValue } from "../model/cycle.ts";
import type { Side } from "../model/organisation.ts";
import { FORMAT_VERSION, Workspace } from "../model/workspace.ts";
import { computeCycleResults, effectiveRatings, type ResultsContext } from "../results/compute.ts";
import {
  criterion,
  cycle,
  epicerieDuLien,
  grid,
  organisation,
  participant,
  rating,
  scaleIndicator,
} from "../results/test-fixtures.ts";
import { formatCsvNumber } from "./dialect.ts";
import { exportCsvFileName } from "./file-name.ts";
import { exportRatingsCsv } from "./ratings-csv.ts";
import { exportResultsCsv } from "./results-csv.ts";

function rowsOf(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const result = readCsv(text);
  if (!result.ok) throw new Error("unreadable CSV");
  return result.records.map((record) => record.cells.map((cell) => cell.text));
}

function asWorkspace(context: ResultsContext): Workspace {
  return Workspace.parse({
    formatVersion: FORMAT_VERSION,
    id: "ws",
    grids: [context.grid],
    organisations: [context.organisation],
    cycles: [context.cycle],
  });
}

/** Rows as objects keyed by the header's titles. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = rowsOf(text);
  return rows.map((row) =>
    Object.fromEntries((header ?? []).map((title, k) => [title, row[k] ?? ""])),
  );
}

describe("formatCsvNumber", () => {
  it("writes a decimal comma in French, a point in English, no thousands separator", () => {
    expect(formatCsvNumber(2.5, { separator: ";", decimalMark: "," })).toBe("2,5");
    expect(formatCsvNumber(2.5, { separator: ",", decimalMark: "." })).toBe("2.5");
    expect(formatCsvNumber(12345.6789, { separator: ";", decimalMark: "," })).toBe("12345,6789");
    expect(formatCsvNumber(0.123456, { separator: ",", decimalMark: "." })).toBe("0.1235");
    expect(formatCsvNumber(null, { separator: ",", decimalMark: "." })).toBe("");
  });
});

describe("exportRatingsCsv", () => {
  const workspace = exampleWorkspace();
  const cycle2026 = workspace.cycles.find((c) => c.id === EXAMPLE_IDS.cycle2026);

  it("has one row per rating record, French titles and `;` in French", () => {
    const text = exportRatingsCsv(workspace, EXAMPLE_IDS.cycle2026, { lang: "fr" });
    const rows = rowsOf(text);
    expect(rows).toHaveLength((cycle2026?.ratings.length ?? 0) + 1);
    expect(rows[0]).toContain("participant (pseudonyme)");
    expect(rows[0]).toContain("remplacé");
    expect(text.split("\n")[0]).toContain(";");
  });

  it("uses English titles and `,` in English", () => {
    const text = exportRatingsCsv(workspace, EXAMPLE_IDS.cycle2026, { lang: "en" });
    const [header] = rowsOf(text);
    expect(header?.[0]).toBe("session");
    expect(header).toContain("participant (pseudonym)");
    expect(text.split("\n")[0]?.split(",").length).toBe(header?.length);
  });

  it("names people by pseudonym, never by their real name", () => {
    const text = exportRatingsCsv(workspace, EXAMPLE_IDS.cycle2026, { lang: "fr" });
    const named = cycle2026?.participants.filter((p) => p.name !== undefined) ?? [];
    expect(named.length).toBeGreaterThan(0);
    for (const person of named) expect(text).not.toContain(person.name);
    const pseudonyms = new Set(records(text).map((r) => r["participant (pseudonyme)"]));
    for (const person of named) expect(pseudonyms).toContain(person.pseudonym);
  });

  it("marks superseded records and the ones counted in the final results", () => {
    const context = epicerieDuLien({ withRound2: true });
    const first = context.cycle.ratings[0] as Rating;
    const changed: Rating = {
      ...first,
      id: "99999999-0000-4000-8000-000000000000",
      value: "dontKnow",
      round: 1,
      createdAt: "2026-03-01T10:30:00Z",
    };
    const workspace = asWorkspace({
      ...context,
      cycle: { ...context.cycle, ratings: [...context.cycle.ratings, changed] },
    });
    const rows = records(exportRatingsCsv(workspace, context.cycle.id, { lang: "fr" }));
    // sal-1: round 1 "3" replaced by "don't know"; round 2 "2" is the one counted.
    const sal1 = rows.filter((r) => r["participant (pseudonyme)"] === "sal-1");
    expect(
      sal1.map((r) => [r.valeur, r.tour, r["remplacé"], r["compté dans les résultats"]]),
    ).toEqual([
      ["3", "1", "oui", "non"],
      ["2", "2", "non", "oui"],
      ["Ne sait pas", "1", "non", "non"],
    ]);
    const ccas = rows.find((r) => r["participant (pseudonyme)"] === "ccas-1");
    expect(ccas).toMatchObject({ groupe: "Services sociaux", côté: "Externe" });
    expect(ccas?.niveau).toBe("Niveau 2");
  });

  it("gives back the overall medians when the counted rows are filtered", () => {
    const results = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026, { audience: "internal" });
    const rows = records(exportRatingsCsv(workspace, EXAMPLE_IDS.cycle2026, { lang: "en" }));
    for (const criterionResult of results.criteria) {
      const indicator = results.indicators.find(
        (i) => i.indicatorId === criterionResult.primaryIndicatorId,
      );
      const overall = criterionResult.stats?.overall;
      // Withheld "everyone" rows (a partial second round) have no median to compare.
      if (indicator === undefined || overall === null) continue;
      const values = rows
        .filter(
          (r) =>
            r["counted in results"] === "yes" &&
            r.criterion === criterionResult.label &&
            r.indicator === indicator.label &&
            /^-?\d+$/.test(r.value ?? ""),
        )
        .map((r) => Number(r.value))
        .sort((a, b) => a - b);
      const middle = (values.length - 1) / 2;
      const median =
        values.length === 0
          ? null
          : ((values[Math.floor(middle)] as number) + (values[Math.ceil(middle)] as number)) / 2;
      expect(median).toBe(overall?.median ?? null);
    }
  });
});

describe("exportResultsCsv", () => {
  const workspace = exampleWorkspace();
  const results = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026, { audience: "internal" });

  it("has one row per criterion and population: overall, shown groups, shown sides", () => {
    const rows = records(exportResultsCsv(workspace, EXAMPLE_IDS.cycle2026, { lang: "fr" }));
    const expected = results.criteria
      .filter((c) => c.stats !== null)
      .reduce(
        (sum, c) => sum + 1 + (c.stats?.groups.length ?? 0) + (c.stats?.sides.length ?? 0),
        0,
      );
    expect(rows).toHaveLength(expected);
    const anchoring = rows.find(
      (r) => r["critère"] === "Un ancrage économique local" && r.population === "Ensemble",
    );
    expect(anchoring?.["médiane"]).toBe("2,5");
    // Social services and peers are too small to be shown.
    expect(anchoring?.["groupes masqués"]).toBe("2");
  });

  it("never names a group below the threshold", () => {
    for (const lang of ["fr", "en"] as const) {
      const text = exportResultsCsv(workspace, EXAMPLE_IDS.cycle2026, { lang });
      expect(text).not.toContain("Services sociaux");
      expect(text).not.toContain("Pairs du réseau");
    }
  });

  it("writes English titles, `,` and decimal points in English", () => {
    const rows = records(exportResultsCsv(workspace, EXAMPLE_IDS.cycle2026, { lang: "en" }));
    const anchoring = rows.find(
      (r) => r.criterion === "Un ancrage économique local" && r.population === "Overall",
    );
    expect(anchoring).toMatchObject({ median: "2.5", "population kind": "overall" });
    expect(Object.keys(anchoring ?? {})).toContain("level 4");
  });

  it("reads the chosen round", () => {
    const context = epicerieDuLien({ withRound2: true });
    const ws = asWorkspace(context);
    const medianOf = (round: 1 | 2 | "final") =>
      records(exportResultsCsv(ws, context.cycle.id, { lang: "en", round })).find(
        (r) => r.population === "Internal",
      )?.median;
    expect(medianOf(1)).toBe("3");
    expect(medianOf("final")).toBe("2");
  });
});

describe("exportResultsCsv properties", () => {
  const values: RatingValue[] = [1, 2, 3, 4, "na", "dontKnow"];
  const scenario = fc.record({
    sides: fc.array(fc.constantFrom<Side>("internal", "external"), { minLength: 1, maxLength: 4 }),
    minGroupSize: fc.integer({ min: 1, max: 4 }),
    people: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }),
    ratings: fc.array(
      fc.record({
        person: fc.nat(),
        criterion: fc.integer({ min: 0, max: 2 }),
        value: fc.constantFrom(...values),
        round: fc.constantFrom<1 | 2>(1, 2),
      }),
      { maxLength: 40 },
    ),
  });

  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

  function build(s: Scenario): Workspace {
    const groups = s.sides.map((side, g) => ({ id: `g${g}`, label: `Groupe-${g}-zz`, side }));
    const people = s.people
      .filter((g) => g < groups.length)
      .map((g, k) => participant(`p${k}`, `g${g}`));
    const criteria = [0, 1, 2].map((c) => criterion(`c${c}`, [scaleIndicator(`c${c}-i`)]));
    const ratings =
      people.length === 0
        ? []
        : s.ratings.map((r) =>
            rating({
              participantId: (people[r.person % people.length] ?? people[0])?.id ?? "",
              criterionId: `c${r.criterion}`,
              indicatorId: `c${r.criterion}-i`,
              value: r.value,
              round: r.round,
            }),
          );
    return asWorkspace({
      grid: grid([{ id: "d", criteria }]),
      organisation: organisation(groups),
      cycle: cycle({ participants: people, ratings, minGroupSize: s.minGroupSize }),
    });
  }

  it("names a group only where at least k of its members answered", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const ws = build(s);
        const [current] = ws.cycles;
        const [currentGrid] = ws.grids;
        if (current === undefined || currentGrid === undefined) throw new Error("no cycle");
        const counted = effectiveRatings(current, currentGrid, "final");
        const groupOf = new Map(current.participants.map((p) => [p.id, p.groupId]));
        const ratersOf = (criterionId: string, groupId: string) =>
          new Set(
            counted
              .filter(
                (r) => r.criterionId === criterionId && groupOf.get(r.participantId) === groupId,
              )
              .map((r) => r.participantId),
          ).size;
        for (const lang of ["fr", "en"] as const) {
          const text = exportResultsCsv(ws, current.id, { lang });
          for (const group of ws.organisations[0]?.stakeholderGroups ?? []) {
            const shownSomewhere = [0, 1, 2].some(
              (c) => ratersOf(`c${c}`, group.id) >= s.minGroupSize,
            );
            if (!shownSomewhere) expect(text).not.toContain(group.label);
          }
          const rows = records(text);
          const groupRows = rows.filter((r) => r.population?.startsWith("Groupe-"));
          for (const row of groupRows) {
            const criterionId = `c${(row["critère"] ?? row.criterion ?? "").replace(/\D/g, "")}`;
            const groupId = `g${row.population?.split("-")[1]}`;
            expect(ratersOf(criterionId, groupId)).toBeGreaterThanOrEqual(s.minGroupSize);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("has 1 + shown groups + shown sides rows per criterion, whatever the ratings", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const ws = build(s);
        const id = ws.cycles[0]?.id ?? "";
        const results = computeCycleResults(ws, id, { audience: "internal" });
        const expected = results.criteria.reduce(
          (sum, c) => sum + 1 + (c.stats?.groups.length ?? 0) + (c.stats?.sides.length ?? 0),
          0,
        );
        expect(records(exportResultsCsv(ws, id, { lang: "fr" }))).toHaveLength(expected);
        const ratingRows = records(exportRatingsCsv(ws, id, { lang: "fr" }));
        expect(ratingRows).toHaveLength(ws.cycles[0]?.ratings.length ?? 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe("CSV exports and spreadsheet formulas", () => {
  /** Labels, pseudonyms and comments as an attacker would type them; a scale of -2 to 2. */
  function hostileWorkspace(): Workspace {
    const levels = [-2, -1, 0, 1, 2];
    const indicator = { ...scaleIndicator("i", levels), label: "@SUM(1+1)*cmd|' /C calc'!A0" };
    const hostileCriterion = {
      ...criterion("c", [indicator]),
      label: '=HYPERLINK("http://x";"y")',
    };
    const groups = [{ id: "g", label: "+Groupe", side: "internal" as const }];
    const people = ["p1", "p2", "p3"].map((id) => ({
      ...participant(id, "g"),
      pseudonym: `-${id}`,
    }));
    const ratings = [-2, -1, 1].map((value, k) => ({
      ...rating({ participantId: `p${k + 1}`, criterionId: "c", indicatorId: "i", value }),
      comment: "\t=1+1",
    }));
    const context = {
      grid: grid([{ id: "d", criteria: [hostileCriterion] }]),
      organisation: organisation(groups),
      cycle: cycle({ participants: people, ratings }),
    };
    return asWorkspace(context);
  }

  it("neutralises every text cell that starts like a formula, and keeps negative numbers as numbers", () => {
    const workspace = hostileWorkspace();
    const id = workspace.cycles[0]?.id ?? "";
    for (const lang of ["fr", "en"] as const) {
      const results = rowsOf(exportResultsCsv(workspace, id, { lang }));
      const ratings = rowsOf(exportRatingsCsv(workspace, id, { lang }));
      for (const cell of [...results, ...ratings].flat()) {
        if (!/^-\d+([.,]\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
      const overall = results[1] ?? [];
      expect(overall.slice(0, 3)).toEqual([
        "Dimension d",
        `'=HYPERLINK("http://x";"y")`,
        "'@SUM(1+1)*cmd|' /C calc'!A0",
      ]);
      expect(overall).toContain("-1");
      expect(results.flat()).toContain("'+Groupe");
      const pseudonyms = ratings.slice(1).map((row) => row[2]);
      expect(pseudonyms).toEqual(["'-p1", "'-p2", "'-p3"]);
      expect(ratings.slice(1).map((row) => row[8])).toEqual(["-2", "-1", "1"]);
      expect(ratings.slice(1).map((row) => row.at(-1))).toEqual(["'\t=1+1", "'\t=1+1", "'\t=1+1"]);
    }
    const median = records(exportResultsCsv(workspace, id, { lang: "fr" }))[0]?.["médiane"];
    expect(median).toBe("-1");
  });
});

describe("exportCsvFileName", () => {
  it("names the file after the export and the cycle", () => {
    expect(exportCsvFileName("Évaluation 2026", "results", "fr")).toBe(
      "resultats-evaluation-2026.csv",
    );
    expect(exportCsvFileName("Évaluation 2026", "ratings", "en")).toBe(
      "ratings-evaluation-2026.csv",
    );
  });
});
