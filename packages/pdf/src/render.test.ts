import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildReport,
  computeCycleResults,
  EXAMPLE_IDS,
  exampleWorkspace,
  type ReportAudience,
  type ReportLanguage,
  type Workspace,
} from "@coeval/core";
import { beforeAll, describe, expect, it } from "vitest";
import { LARGE_IDS, largeWorkspace } from "./large-report.test-support.ts";
import { renderReportPdf } from "./render.ts";
import { PAGE } from "./style.ts";

const POPPLER = ["pdftotext", "pdffonts", "pdfinfo"] as const;
const directory = mkdtempSync(join(tmpdir(), "coeval-pdf-"));

function tool(name: (typeof POPPLER)[number]): string {
  for (const dir of ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  throw new Error(
    `${name} is missing: these tests read the PDF with poppler. Install it (Debian: apt-get install poppler-utils).`,
  );
}

function run(name: (typeof POPPLER)[number], args: string[]): string {
  return execFileSync(tool(name), args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

interface Rendered {
  file: string;
  text: string;
  /** Runs of whitespace (U+202F included) made one space: phrases wrapped over lines still match. */
  flat: string;
  pages: number;
}

function render(
  workspace: Workspace,
  cycleId: string,
  lang: ReportLanguage,
  audience: ReportAudience,
): Rendered {
  const model = buildReport(workspace, cycleId, {
    lang,
    audience,
    generatedAt: "2026-06-20T10:00:00Z",
  });
  const file = join(directory, `${cycleId}-${lang}-${audience}.pdf`);
  writeFileSync(file, renderReportPdf(model));
  const text = run("pdftotext", ["-layout", file, "-"]);
  const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))?.[1]);
  return { file, text, flat: text.replace(/\s+/g, " "), pages };
}

/** One piece of a statistics table on one page, read back from the PDF's text. */
interface TablePiece {
  page: number;
  rows: number;
  /** Whether its header is the first thing on the page, and its rows the last. */
  opensPage: boolean;
  closesPage: boolean;
}

const STATS_HEADER = /^\s*(Groupe|Group)\s+n\s+(Médiane|Median|Position)\s/;
/** A body row of a statistics table ends with its "not applicable" and "don't know" counts. */
const STATS_ROW = /\S\s+\d+\s+\d+\s*$/;
/** The notes under a statistics table say which rows are not shown, and why. */
const HIDDEN_GROUPS_NOTE =
  /^\s*(Non détaillé|Not shown|\d+ groupes? (n'est|ne sont) pas|\d+ groups? (is|are) not|Les résultats de tout le monde|Everyone's results)/;

/** The content lines of each page: no blank line, running header or page number. */
function pageLines(text: string): string[][] {
  return text.split("\f").map((page, index) => {
    const lines = page.split("\n").filter((line) => line.trim() !== "");
    const body = index === 0 ? lines : lines.slice(1);
    return body.filter((line) => !/page \d+ \/ \d+\s*$/.test(line));
  });
}

/** The statistics tables of a report, each as its pieces page by page. */
function statsTables(text: string): TablePiece[][] {
  const tables: TablePiece[][] = [];
  pageLines(text).forEach((lines, index) => {
    lines.forEach((line, at) => {
      if (!STATS_HEADER.test(line)) return;
      let next = at + 1;
      // The header's cells may wrap ("Not applicable") onto a second line.
      while (next < lines.length && next <= at + 2 && !STATS_ROW.test(lines[next] as string))
        next++;
      let rows = 0;
      while (next < lines.length && STATS_ROW.test(lines[next] as string)) {
        rows++;
        next++;
      }
      const piece = {
        page: index + 1,
        rows,
        opensPage: at === 0,
        closesPage: next === lines.length,
      };
      const previous = tables.at(-1)?.at(-1);
      const continues =
        piece.opensPage && previous?.closesPage === true && previous.page === piece.page - 1;
      if (continues) tables.at(-1)?.push(piece);
      else tables.push([piece]);
    });
  });
  return tables;
}

/** What breaks the table rules: pieces with too few rows, short tables split, notes cut off. */
function tableBreakFaults(text: string): string[] {
  const faults: string[] = [];
  for (const pieces of statsTables(text)) {
    const total = pieces.reduce((sum, piece) => sum + piece.rows, 0);
    if (pieces.length > 1 && total <= 10) {
      faults.push(`a table of ${total} rows split from page ${pieces[0]?.page}`);
    }
    for (const piece of pieces) {
      if (pieces.length > 1 && piece.rows < 3) {
        faults.push(`${piece.rows} row(s) of a table of ${total} alone on page ${piece.page}`);
      }
    }
  }
  pageLines(text).forEach((lines, index) => {
    if (HIDDEN_GROUPS_NOTE.test(lines[0] ?? "")) {
      faults.push(`a table's note without its rows on page ${index + 1}`);
    }
  });
  return faults;
}

const workspace = exampleWorkspace();
const cycle = workspace.cycles.find((c) => c.id === EXAMPLE_IDS.cycle2026);
if (cycle === undefined) throw new Error("the example has a 2026 cycle");
const organisation = workspace.organisations.find((o) => o.id === cycle.organisationId);
const smallGroups = (organisation?.stakeholderGroups ?? []).filter(
  (g) => cycle.participants.filter((p) => p.groupId === g.id).length < cycle.anonymity.minGroupSize,
);

describe("the table checks on a report's text", () => {
  const header = " Groupe        n     Médiane     Q1 – Q3   Consensus  Sans objet  Ne sait pas";
  const row = (label: string) =>
    ` ${label}        15       3       2 – 3      54 %         0          4`;
  const page = (number: number, lines: string[]) =>
    ["L'Épicerie du Lien · Évaluation 2026", ...lines, `page ${number} / 2`].join("\n\n");

  it("finds a last row alone under the repeated header, and a note cut from its rows", () => {
    const rows = ["Ensemble", "Interne", "Externe", "Salariés", "Bénévoles", "Clients"];
    const text = [
      page(1, ["Dimension : Fonctionnement interne", header, ...rows.slice(0, 5).map(row)]),
      page(2, [header, row("Clients"), "Position collective"]),
    ].join("\f");
    expect(statsTables(text).map((pieces) => pieces.map((p) => p.rows))).toEqual([[5, 1]]);
    expect(tableBreakFaults(text)).toEqual([
      "a table of 6 rows split from page 1",
      "1 row(s) of a table of 6 alone on page 2",
    ]);
    const cutNote = [
      page(1, [header, ...rows.map(row)]),
      page(2, ["2 groupes ne sont pas détaillés : moins de 3 personnes y ont répondu."]),
    ].join("\f");
    expect(tableBreakFaults(cutNote)).toEqual(["a table's note without its rows on page 2"]);
  });

  it("reads a table over two pages with enough rows on each as one table, without fault", () => {
    const labels = Array.from({ length: 12 }, (_, i) => `Groupe ${i + 1}`);
    const text = [
      page(1, ["Texte", header, ...labels.slice(0, 8).map(row)]),
      page(2, [header, ...labels.slice(8).map(row), "Position collective"]),
    ].join("\f");
    expect(statsTables(text).map((pieces) => pieces.map((p) => p.rows))).toEqual([[8, 4]]);
    expect(tableBreakFaults(text)).toEqual([]);
  });
});

describe("renderReportPdf on the example workspace", () => {
  const reports = {} as Record<`${ReportLanguage}-${ReportAudience}`, Rendered>;
  beforeAll(() => {
    for (const lang of ["fr", "en"] as const) {
      for (const audience of ["internal", "partners"] as const) {
        reports[`${lang}-${audience}`] = render(workspace, EXAMPLE_IDS.cycle2026, lang, audience);
      }
    }
  });

  it("prints the figures of the model, in French format, and numbers its pages", () => {
    const { text, pages } = reports["fr-internal"];
    const results = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026, { audience: "internal" });
    const between = results.criteria
      .map((c) => c.stats?.overall)
      .find((overall) => overall?.median != null && !Number.isInteger(overall.median));
    if (between?.median == null) throw new Error("the example has a median between levels");
    const median = String(between.median).replace(".", ",");
    // The "Tout le monde" row of that criterion's table: its n, then its median with a comma.
    expect(text).toMatch(new RegExp(`Tout le monde\\s+${between.n}\\s+${median}\\s`));
    // Its consensus, after the quartiles, as a whole percentage like the app's ("80 %").
    const consensus = Math.round((between.consensus ?? Number.NaN) * 100);
    expect(text).toMatch(
      new RegExp(
        `Tout le monde\\s+${between.n}\\s+${median}\\s+\\S+\\s*–\\s*\\S+\\s+${consensus}\\s%\\s`,
      ),
    );
    expect(text).toContain(`page 1 / ${pages}`);
    expect(text).toContain(`page ${pages} / ${pages}`);
    expect(text).toContain("Sommaire");
  });

  it("prints the dissent that remains", () => {
    const dissents = cycle.positions.flatMap((p) => p.dissents.map((d) => d.text));
    expect(dissents.length).toBeGreaterThan(0);
    for (const dissent of dissents) {
      expect(reports["fr-internal"].flat).toContain(dissent.replace(/\s+/g, " "));
    }
  });

  it("leaves out of the partners version what was redacted", () => {
    for (const key of ["fr-partners", "en-partners"] as const) {
      const { flat } = reports[key];
      for (const p of cycle.participants) {
        expect(flat).not.toContain(p.pseudonym);
        if (p.name !== undefined) expect(flat).not.toContain(p.name);
      }
      for (const story of cycle.stories) {
        const opening = story.text.slice(0, 40).replace(/\s+/g, " ");
        if (story.consent === "public") expect(flat).toContain(opening);
        else expect(flat).not.toContain(opening);
      }
    }
    expect(smallGroups.length).toBeGreaterThan(0);
    for (const [key, report] of Object.entries(reports)) {
      for (const group of smallGroups) {
        // Inside the structure a small group is listed with its size, its figures never shown.
        if (key.endsWith("partners")) expect(report.flat).not.toContain(group.label);
        else expect(report.text).not.toMatch(new RegExp(`^\\s*${group.label}\\s+\\d+\\s+\\d`, "m"));
      }
    }
  });

  it("splits no table with fewer than three rows on a page, and moves short tables whole", () => {
    for (const report of Object.values(reports)) {
      expect(statsTables(report.text).length).toBeGreaterThan(20);
      expect(tableBreakFaults(report.text)).toEqual([]);
    }
  });

  it("is complete in English", () => {
    const { text, pages } = reports["en-internal"];
    expect(text).toContain("Contents");
    expect(text).toContain(`page 1 / ${pages}`);
    expect(text).toContain("Collective position");
    expect(text).not.toContain("Sommaire");
  });

  it("embeds Source Sans 3 and says who made it, in which language", () => {
    const { file } = reports["fr-internal"];
    const fonts = run("pdffonts", [file]);
    const embedded = fonts.split("\n").filter((line) => line.includes("SourceSans3"));
    expect(embedded.length).toBe(2);
    for (const line of embedded) expect(line).toMatch(/\syes\s/);
    const info = run("pdfinfo", [file]);
    expect(info).toMatch(/Author:\s+Coéval/);
    expect(info).toMatch(/Creator:\s+Coéval/);
    expect(info).toContain("L'Épicerie du Lien");
    const raw = readFileSync(file).toString("latin1");
    expect(raw).toContain("/Lang (fr-FR)");
  });
});

interface Word {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every word with its box, in points, from poppler's bounding-box output. */
function words(file: string): Word[] {
  const html = run("pdftotext", ["-bbox", file, "-"]);
  const found: Word[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (m) {
      found.push({
        page,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5] ?? "",
      });
    }
  }
  return found;
}

describe("renderReportPdf on a large, hostile report", () => {
  const mm = 72 / 25.4;
  let large: Rendered;
  beforeAll(() => {
    large = render(largeWorkspace(), LARGE_IDS.cycle, "fr", "internal");
  });

  it("lays every word out inside the margins, on pages numbered to the end", () => {
    expect(large.pages).toBeGreaterThan(60);
    const all = words(large.file);
    expect(all.length).toBeGreaterThan(10_000);
    const outside = all.filter(
      (w) =>
        w.xMin < PAGE.left * mm - 1 ||
        w.xMax > PAGE.right * mm + 1 ||
        w.yMin < 0 ||
        w.yMax > PAGE.height * mm,
    );
    expect(outside.slice(0, 5)).toEqual([]);
    // Content (not header or footer) stays between the top and bottom margins.
    const body = all.filter(
      (w) => w.yMin > (PAGE.headerY + 2) * mm && w.yMax < (PAGE.footerY - 5) * mm,
    );
    expect(body.filter((w) => w.yMax > PAGE.bottom * mm + 1).slice(0, 5)).toEqual([]);
    expect(large.text.includes(`page ${large.pages} / ${large.pages}`)).toBe(true);
    // Hundreds of gaps: the table keeps the largest and says how many there are in all.
    expect(/Les 40 plus grands écarts sur \d+/.test(large.flat)).toBe(true);
  });

  it("splits its long tables with three rows or more on each page, notes under the last rows", () => {
    const tables = statsTables(large.text);
    expect(tables.length).toBeGreaterThan(60);
    expect(tables.some((pieces) => pieces.length > 1)).toBe(true);
    expect(tableBreakFaults(large.text)).toEqual([]);
  });

  it("wraps hostile text and never prints the small group's figures", () => {
    // Booleans, not toContain: a failure must not print a hundred pages of text.
    expect(large.flat.includes("Anticonstitutionnellement")).toBe(true);
    expect(large.flat.includes('<script>alert("x")</script>')).toBe(true);
    // French thousands: U+202F prints as a narrow space (poppler reads it back as a space),
    // never as the "/" the built-in Helvetica would show.
    expect(large.text.includes("1 555,5 %")).toBe(true);
    expect(large.text.includes("1/555")).toBe(false);
    const figuresRow = new RegExp(`^\\s*${LARGE_IDS.smallGroupLabel}\\s+\\d+\\s+\\d`, "m");
    expect(figuresRow.test(large.text)).toBe(false);
    expect(large.text.includes(`${LARGE_IDS.smallGroupLabel}`)).toBe(true);
  });
});
