import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gridArbitrary } from "./arbitraries.test-support.ts";
import { readCsv } from "./csv.ts";
import { defined, sampleGrid } from "./fixtures.test-support.ts";
import { formatIssue } from "./format-issue.ts";
import { exportGridCsv, importGridCsv, slugify } from "./grid-csv.ts";
import type { ValidationIssue } from "./issues.ts";

const HEADER_FR =
  "dimension;critère;questions clés;indicateur;type;échelle;non concerné possible;ne sait pas possible;unité;sens;valeur de référence;cible";

function imported(text: string, options = {}) {
  const result = importGridCsv(text, { createdAt: "2026-01-01T00:00:00Z", ...options });
  if (!result.ok)
    throw new Error(result.issues.map((issue) => formatIssue(issue, "en")).join("\n"));
  return result.grid;
}

function rejected(text: string): ValidationIssue[] {
  const result = importGridCsv(text);
  if (result.ok) throw new Error("expected the CSV to be rejected");
  return result.issues;
}

describe("exportGridCsv and importGridCsv", () => {
  it("give back the same grid content, in French and in English", () => {
    fc.assert(
      fc.property(
        gridArbitrary({ csvRepresentable: true }),
        fc.constantFrom("fr", "en"),
        (grid, lang) => {
          const csv = exportGridCsv(grid, { lang });
          const back = imported(csv, { gridId: grid.id, name: grid.name, lang: grid.language });
          expect(back.dimensions).toEqual(grid.dimensions);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes French spreadsheets with semicolons, decimal commas and French words", () => {
    const csv = exportGridCsv(sampleGrid());
    const [header, first, second] = csv.replace("\uFEFF", "").split("\n");
    expect(csv.startsWith("\uFEFFid dimension;dimension;")).toBe(true);
    expect(header).toContain(";échelle;non concerné possible;");
    expect(first).toContain(
      ";échelle;maturité;1=Pas du tout: Personne ne demande leur avis | 2=Un peu | 3=Assez | 4=Tout à fait;non;oui;",
    );
    expect(first).toContain(";Qui décide des horaires ? | Qui vient à l'AG ?;");
    expect(second).toContain(";quantitatif;;;;;%;hausse;9;2025;20;");
    expect(csv.endsWith("\n")).toBe(true);
  });

  it("writes English spreadsheets with commas", () => {
    const csv = exportGridCsv(sampleGrid(), { lang: "en" });
    expect(csv.startsWith("\uFEFFdimension id,dimension,dimension description,criterion id,")).toBe(
      true,
    );
    expect(csv).toContain(",yes-partly-no,");
  });
});

describe("importGridCsv", () => {
  it("reads a grid typed by hand: no ids, rows that leave the dimension and criterion empty", () => {
    const text = [
      HEADER_FR,
      "Lien social;Les clients décident;Qui vient à l'AG ? | Qui fixe les horaires ?;Niveau;échelle;1=Pas du tout: personne | 2=Un peu | 3=Beaucoup;non;oui;;;;",
      ";;;Présence à l'AG;quantitatif;;;;%;hausse;9,5;20",
      ";Les clients décident;;Avis des clients;oui-en-partie-non;;oui;non;;;;",
      "Lien social;Les bénévoles décident;;Niveau;échelle;1=Non | 2=Oui;;;;;;",
      "Accès aux droits;Accès aux droits;;;;;;;;;;",
    ].join("\r\n");
    const grid = imported(text);
    expect(grid.language).toBe("fr");
    expect(grid.levelNames.criterion).toBe("Critère");
    expect(grid.dimensions.map((dimension) => dimension.id)).toEqual([
      "lien-social",
      "acces-aux-droits",
    ]);
    const [decide, volunteers] = defined(grid.dimensions[0]).criteria;
    expect(decide?.id).toBe("les-clients-decident");
    expect(decide?.guidingQuestions).toEqual(["Qui vient à l'AG ?", "Qui fixe les horaires ?"]);
    expect(decide?.indicators.map((indicator) => [indicator.id, indicator.kind])).toEqual([
      ["niveau", "scale"],
      ["presence-a-l-ag", "quantitative"],
      ["avis-des-clients", "yesPartlyNo"],
    ]);
    expect(decide?.indicators[0]).toMatchObject({
      scale: {
        kind: "custom",
        levels: [
          { value: 1, label: "Pas du tout", descriptor: "personne" },
          { value: 2, label: "Un peu" },
          { value: 3, label: "Beaucoup" },
        ],
        allowNotApplicable: false,
        allowDontKnow: true,
      },
    });
    expect(decide?.indicators[1]).toMatchObject({
      unit: "%",
      direction: "higherBetter",
      baseline: { value: 9.5 },
      target: 20,
    });
    expect(volunteers?.indicators[0]?.id).toBe("niveau-2");
    expect(grid.dimensions[1]?.criteria[0]?.indicators).toEqual([]);
  });

  it("accepts English titles and words, and takes the grid's language from them", () => {
    const text =
      'dimension,criterion,indicator,kind,scale\nSocial ties,"Users decide, really",Level,scale,"1=No | 2=Yes"\n';
    const grid = imported(text);
    expect(grid.language).toBe("en");
    expect(grid.dimensions[0]?.criteria[0]?.label).toBe("Users decide, really");
  });

  it("rejects unknown and missing columns on the title line, in both languages", () => {
    const issues = rejected("dimension;indicateur;type;couleur\nA;B;échelle;rouge");
    expect(issues.map((issue) => formatIssue(issue, "fr"))).toEqual([
      expect.stringMatching(/^ligne 1, colonne « couleur » : colonne inconnue ; /),
      expect.stringMatching(/^ligne 1, colonne « critère » : cette colonne obligatoire manque ; /),
    ]);
    expect(formatIssue(defined(issues[0]), "en")).toMatch(
      /^line 1, column "couleur": unknown column; /,
    );
  });

  it("locates a badly written scale by line and column", () => {
    const text = `${HEADER_FR}\nA;B;;C;échelle;1=Non | deux=Oui;;;;;;`;
    const [issue] = rejected(text);
    expect(issue).toMatchObject({
      code: "csv.badLevel",
      params: { line: 2, column: "échelle", fragment: "deux=Oui" },
    });
    expect(formatIssue(defined(issue), "fr")).toBe(
      "ligne 2, colonne « échelle » : niveau mal écrit : « deux=Oui » ; écrivez les niveaux ainsi : 1=Pas du tout: descripteur | 2=Un peu: descripteur",
    );
    expect(formatIssue(defined(issue), "en")).toMatch(
      /^line 2, column "échelle": badly written level: "deux=Oui"; /,
    );
  });

  it("names the kinds it knows when a kind is unknown", () => {
    const [issue] = rejected(`${HEADER_FR}\nA;B;;C;thermomètre;;;;;;;`);
    expect(issue?.code).toBe("csv.unknownKind");
    expect(formatIssue(defined(issue), "fr")).toContain(
      "échelle, oui-en-partie-non, quantitatif, récit",
    );
  });

  it("reports bad numbers, cells that do not fit the kind, and contradicting repeats", () => {
    const text = [
      HEADER_FR,
      "A;B;Q1;C;quantitatif;;;;%;hausse;douze;",
      "A;B;Q2;D;récit;;;;km;;;",
      "A;B;;E;oui-en-partie-non;;peut-être;;;;;",
    ].join("\n");
    expect(
      rejected(text).map((issue) => [issue.code, issue.params?.line, issue.params?.column]),
    ).toEqual([
      ["csv.conflictingValue", 3, "questions clés"],
      ["csv.badNumber", 2, "valeur de référence"],
      ["csv.notForKind", 3, "unité"],
      ["csv.unknownValue", 4, "non concerné possible"],
    ]);
  });

  it("maps the grid's own rules back to lines and columns", () => {
    const text = [
      "id critère;dimension;critère;indicateur;type;échelle;fourchette min;fourchette max",
      "mon critère;A;B;C;échelle;1=Non | 3=Oui | 2=Bof;;",
      "ok;A;D;E;quantitatif;;20;10",
    ].join("\n");
    const issues = rejected(text);
    expect(issues.map((issue) => formatIssue(issue, "fr"))).toEqual([
      expect.stringMatching(
        /^ligne 2, colonne « id critère » : « mon critère » n'est pas un identifiant valide/,
      ),
    ]);
    const fixed = text.replace("mon critère", "mon-critere");
    expect(rejected(fixed).map((issue) => formatIssue(issue, "en"))).toEqual([
      expect.stringMatching(/^line 2, column "échelle": level 2 comes after level 3/),
      expect.stringMatching(/^line 3, column "fourchette min": the target band goes from 20 to 10/),
    ]);
  });

  it("reports an unclosed quote, extra cells and empty files", () => {
    expect(rejected('dimension;critère\n"A;B\n')[0]).toMatchObject({
      code: "csv.unclosedQuote",
      params: { line: 2 },
    });
    expect(rejected("dimension;critère\nA;B;C")[0]).toMatchObject({
      code: "csv.extraCells",
      params: { line: 2, column: 3, count: 1 },
    });
    expect(formatIssue(defined(rejected("dimension;critère\nA;B;C")[0]), "fr")).toMatch(
      /^ligne 2, colonne 3 : 1 cellule/,
    );
    expect(rejected("\uFEFF\r\n;;\r\n")[0]?.code).toBe("csv.empty");
    expect(rejected("dimension;critère\n")[0]?.code).toBe("csv.noRows");
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            "a",
            ";",
            ",",
            '"',
            "\n",
            "|",
            "=",
            "1",
            "dimension",
            "critère",
            "type",
            "échelle",
          ),
        }),
        (text) => {
          const result = importGridCsv(text);
          if (!result.ok) {
            for (const issue of result.issues) {
              expect(formatIssue(issue, "fr")).not.toMatch(/undefined|NaN/);
              expect(formatIssue(issue, "en")).not.toMatch(/undefined|NaN/);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("grid CSV and spreadsheet formulas", () => {
  const hostile = [
    HEADER_FR,
    "=1+1;@SUM(A1);-2 questions | =cmd;+Niveau;échelle;-1=Non | 1=Oui;;;;;;",
    ";;;Présence à l'AG;quantitatif;;;;%;hausse;-5;20",
    "=1+1;@SUM(A1);;Avis;oui-en-partie-non;;;;;;;",
  ].join("\n");

  it("keeps text that starts like a formula as text, with a warning naming its line and column", () => {
    const result = importGridCsv(hostile, { createdAt: "2026-01-01T00:00:00Z" });
    if (!result.ok) throw new Error("expected the CSV to be read");
    const [dimension] = result.grid.dimensions;
    expect(dimension?.label).toBe("=1+1");
    expect(dimension?.criteria[0]?.label).toBe("@SUM(A1)");
    expect(dimension?.criteria[0]?.guidingQuestions).toEqual(["-2 questions", "=cmd"]);
    expect(dimension?.criteria[0]?.indicators[0]?.label).toBe("+Niveau");
    // A negative level and a negative baseline are what they look like: no warning.
    expect(
      result.warnings.map((warning) => [warning.params?.line, warning.params?.column]),
    ).toEqual([
      [2, "dimension"],
      [2, "critère"],
      [2, "questions clés"],
      [2, "indicateur"],
    ]);
    expect(formatIssue(defined(result.warnings[0]), "fr")).toBe(
      "ligne 2, colonne « dimension » : cette cellule commence par « = », qu'un tableur peut prendre pour le début d'une formule : Coéval la garde comme du texte, et l'exportera précédée d'une apostrophe (') ; vérifiez que c'est bien le texte voulu",
    );
    expect(formatIssue(defined(result.warnings[1]), "en")).toMatch(
      /^line 2, column "critère": this cell starts with "@"/,
    );
  });

  it("exports such text neutralised, and reads the export back to the text typed", () => {
    const grid = imported(hostile);
    const csv = exportGridCsv(grid);
    const read = readCsv(csv);
    if (!read.ok) throw new Error("unreadable export");
    const cells = read.records.flatMap((record) => record.cells.map((cell) => cell.text));
    expect(cells).toContain("'=1+1");
    expect(cells).toContain("'@SUM(A1)");
    expect(cells).toContain("'+Niveau");
    expect(cells).toContain("'-1=Non | 1=Oui");
    expect(cells).toContain("-5");
    for (const cell of cells) {
      if (cell !== "-5") expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const back = importGridCsv(csv, { createdAt: "2026-01-01T00:00:00Z" });
    expect(back.ok && back.grid.dimensions).toEqual(grid.dimensions);
    expect(back.ok && back.warnings.length).toBe(4);
  });

  it("gives back labels that start with formula characters or apostrophes, whatever they are", () => {
    const start = fc.constantFrom("=", "+", "-", "@", "'", "'=", "''-", "\t");
    fc.assert(
      fc.property(gridArbitrary({ csvRepresentable: true }), start, (grid, prefix) => {
        const prefixed = {
          ...grid,
          dimensions: grid.dimensions.map((dimension) => ({
            ...dimension,
            label: `${prefix.trim() || "="}${dimension.label}`,
            criteria: dimension.criteria.map((criterion) => ({
              ...criterion,
              description: `${prefix}${criterion.label}`,
            })),
          })),
        };
        const csv = exportGridCsv(prefixed);
        const back = imported(csv, { gridId: grid.id, name: grid.name, lang: grid.language });
        expect(back.dimensions).toEqual(prefixed.dimensions);
      }),
      { numRuns: 100 },
    );
  });

  it("says a number is too large rather than that it is not one", () => {
    const text = [HEADER_FR, "A;B;;C;quantitatif;;;;%;hausse;1e309;"].join("\n");
    const [issue] = rejected(text);
    expect(issue).toMatchObject({
      code: "csv.numberOutOfRange",
      params: { line: 2, column: "valeur de référence", received: "1e309" },
    });
    expect(formatIssue(defined(issue), "fr")).toContain("« 1e309 » est un nombre trop grand");
  });
});

describe("slugify", () => {
  it("makes readable ids the model accepts", () => {
    expect(slugify("Accès aux droits !")).toBe("acces-aux-droits");
    expect(slugify("L'Épicerie  du   Lien")).toBe("l-epicerie-du-lien");
    expect(slugify("!!!")).toBe("");
    fc.assert(
      fc.property(fc.string(), (label) => {
        const slug = slugify(label);
        expect(slug === "" || /^[a-z0-9][a-z0-9-]*$/.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});
