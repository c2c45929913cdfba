import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  computeCycleResults,
  EXAMPLE_IDS,
  exampleWorkspace,
  exportRatingsCsv,
  exportResultsCsv,
  LABELS,
} from "@coeval/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReadRow, subtractionLeaks } from "./support/attack.ts";
import {
  type AppPage,
  axeViolations,
  launchBrowser,
  openApp,
  SCREENSHOTS,
  VIEWPORTS,
} from "./support/browser.ts";

const run = promisify(execFile);

let browser: Browser;
let downloads: string;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
  downloads = await mkdtemp(join(tmpdir(), "coeval-results-"));
});
afterAll(async () => {
  await browser?.close();
  await rm(downloads, { recursive: true, force: true });
});

type Language = "fr" | "en";
const labels = {
  fr: {
    demo: "Essayer la démonstration",
    structure: "La structure",
    results: "Résultats",
    profileTable: "Tableau : Profil par dimension",
    distribution: (criterion: string) => `Répartition des positionnements : ${criterion}`,
    overall: "Tout le monde",
    partnersView: LABELS.fr.audiences.partners,
    report: "Télécharger le rapport",
    partners: LABELS.fr.audiences.partners,
    confirm: "Télécharger",
    resultsCsv: "Résultats (CSV)",
    ratingsCsv: "Positionnements individuels (CSV)",
  },
  en: {
    demo: "Try the demo",
    structure: "The organisation",
    results: "Results",
    profileTable: "Table: Profile by dimension",
    distribution: (criterion: string) => `Distribution of ratings: ${criterion}`,
    overall: "Everyone",
    partnersView: LABELS.en.audiences.partners,
    report: "Download the report",
    partners: LABELS.en.audiences.partners,
    confirm: "Download",
    resultsCsv: "Results (CSV)",
    ratingsCsv: "Individual ratings (CSV)",
  },
};

const workspace = exampleWorkspace();
const results = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026, { audience: "internal" });
const HIDDEN_GROUPS = ["Services sociaux", "Pairs du réseau"];
const K = results.minGroupSize;

/**
 * The groups each row label covers, as the structure's own list says: what an attacker
 * knows. Perspectives cross the groups and are left to the engine's property tests.
 */
const ROW_GROUPS = (() => {
  const groups = workspace.organisations[0]?.stakeholderGroups ?? [];
  const map = new Map<string, string[]>();
  for (const language of ["fr", "en"] as const) {
    const names = LABELS[language];
    map.set(
      names.overall,
      groups.map((g) => g.id),
    );
    for (const side of ["internal", "external"] as const) {
      map.set(
        names.sideTotals[side],
        groups.filter((g) => g.side === side).map((g) => g.id),
      );
    }
  }
  for (const group of groups) map.set(group.label, [group.id]);
  return map;
})();

function readRow(label: string, answers: number): ReadRow[] {
  const groups = ROW_GROUPS.get(label.trim());
  return groups === undefined ? [] : [{ label: label.trim(), groups, answers }];
}

/** Each criterion's rows on the results screen, read from its distribution table. */
async function screenTables(page: Page): Promise<ReadRow[][]> {
  return page
    .evaluate(() =>
      [...document.querySelectorAll("table.distribution-table")].map((table) =>
        [...table.querySelectorAll("tbody tr")].map((tr) => {
          const label = tr.querySelector("th")?.textContent ?? "";
          // Levels, N/A and don't know: every count cell before n.
          const cells = [...tr.querySelectorAll("td.num")].map((td) => td.textContent ?? "");
          const counts = cells.slice(0, cells.length - 4).map(Number);
          return { label, groups: [] as string[], answers: counts.reduce((a, b) => a + b, 0) };
        }),
      ),
    )
    .then((tables) => tables.map((rows) => rows.flatMap((row) => readRow(row.label, row.answers))));
}

/** Rows of a French CSV (";"), quoted cells included, as a spreadsheet reads them. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    if (quoted) {
      if (char === '"' && body.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n") {
      records.push([...cells, cell]);
      cells = [];
      cell = "";
    } else cell += char;
  }
  return records;
}

/** Each criterion's rows in a results CSV, with the "answers" column. */
function csvTables(text: string): ReadRow[][] {
  const [header, ...records] = csvRecords(text);
  const at = (name: string) => header?.indexOf(name) ?? -1;
  const byCriterion = new Map<string, ReadRow[]>();
  for (const cells of records) {
    const key = `${cells[at("critère")]}|${cells[at("indicateur")]}`;
    const answers = Number(cells[at("réponses")] ?? "");
    byCriterion.set(key, [
      ...(byCriterion.get(key) ?? []),
      ...readRow(cells[at("population")] ?? "", answers),
    ]);
  }
  return [...byCriterion.values()];
}

/** The statistics tables of a PDF read with `pdftotext -layout`: n, then N/A and don't know last. */
function pdfTables(text: string): ReadRow[][] {
  const tables: ReadRow[][] = [];
  let current: ReadRow[] | null = null;
  for (const line of text.split("\n")) {
    if (/^\s*(Groupe|Group)\s+n\s+(Médiane|Median|Position)\s/.test(line)) {
      current = [];
      tables.push(current);
      continue;
    }
    if (current === null || line.trim() === "") continue;
    const row = /^\s*(\S.*?)\s{2,}(\d+)\s.*\s(\d+)\s+(\d+)\s*$/.exec(line);
    if (row === null) {
      current = null;
      continue;
    }
    const [, label = "", n = "", na = "", dontKnow = ""] = row;
    current.push(...readRow(label, Number(n) + Number(na) + Number(dontKnow)));
  }
  return tables;
}

/** Every leak the subtraction attack finds in tables of rows. */
function leaksIn(tables: ReadRow[][]): string[] {
  return tables.flatMap((rows) => subtractionLeaks(rows, K));
}
const NAMED_PEOPLE = (
  workspace.cycles.find((c) => c.id === EXAMPLE_IDS.cycle2026)?.participants ?? []
).flatMap((p) => (p.name === undefined ? [] : [p.name]));

const number = (language: Language, value: number) =>
  new Intl.NumberFormat(language === "fr" ? "fr-FR" : "en-GB", {
    maximumFractionDigits: 2,
  }).format(value);

/** Scripts the page fetched, with whether they hold the PDF code or the chart library. */
function watchScripts(page: Page) {
  const scripts: { url: string; pdf: boolean; charts: boolean }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    if (!response.url().endsWith(".js")) return;
    pending.push(
      response
        .text()
        .catch(() => "")
        .then((body) => {
          scripts.push({
            url: response.url(),
            pdf: body.includes("jsPDF"),
            charts: body.includes("recharts-surface"),
          });
        }),
    );
  });
  /** Every script fetched so far, once its body is read. */
  return async () => {
    await Promise.all(pending);
    return scripts;
  };
}

async function openDemoResults(
  language: Language,
  viewport: { width: number; height: number } = VIEWPORTS.projector,
): Promise<AppPage & { scripts: ReturnType<typeof watchScripts> }> {
  const app = await openApp(browser, { viewport });
  const scripts = watchScripts(app.page);
  const { page } = app;
  const t = labels[language];
  if (language === "en") {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Your evaluations" }).waitFor();
  }
  await page.getByRole("button", { name: t.demo }).click();
  await page.getByRole("heading", { level: 1, name: t.structure }).waitFor();
  expect((await scripts()).some((s) => s.charts || s.pdf)).toBe(false);
  await page.getByRole("link", { name: t.results }).click();
  await page.getByRole("heading", { level: 1, name: t.results }).waitFor();
  await page.getByRole("region", { name: t.profileTable }).waitFor();
  await page.locator(".recharts-surface").first().waitFor();
  return { ...app, scripts };
}

async function saveDownload(page: Page, click: () => Promise<void>): Promise<string> {
  // Laying out the PDF takes seconds on a busy two-core machine.
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 90_000 }),
    click(),
  ]);
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

describe("results of the demo's 2026 cycle", () => {
  it("shows the core's medians, hides small groups, gives every chart a table", async () => {
    const { page, context, errors, scripts } = await openDemoResults("fr");
    const t = labels.fr;
    const profile = page.getByRole("region", { name: t.profileTable });
    for (const dimension of results.dimensions) {
      const row = profile.getByRole("row", { name: new RegExp(`^${dimension.label}`) });
      const overall = dimension.stats.overall;
      if (overall === null) throw new Error("the demo shows everyone on every dimension");
      const { median, raters } = overall;
      await expect(row.getByRole("cell").first().textContent()).resolves.toBe(
        `${number("fr", median ?? Number.NaN)} (n = ${raters})`,
      );
    }
    for (const criterion of results.criteria) {
      const median = criterion.stats?.overall?.median;
      if (median === null || median === undefined) continue;
      const table = page.getByRole("region", { name: t.distribution(criterion.label) });
      const cells = await table
        .getByRole("row", { name: new RegExp(`^${t.overall}`) })
        .locator("td.median")
        .textContent();
      expect(cells, criterion.label).toBe(number("fr", median));
    }

    // Small groups: no row of figures anywhere, a note says why; nothing left to subtract.
    const tables = await screenTables(page);
    expect(tables.length).toBeGreaterThan(10);
    for (const label of HIDDEN_GROUPS) {
      expect(tables.flat().some((row) => row.label === label)).toBe(false);
    }
    expect(leaksIn(tables)).toEqual([]);
    const text = await page.evaluate(() => document.body.textContent ?? "");
    expect(text).toMatch(
      /Non détaillé, car moins de 3 personnes y ont répondu\s:\sServices sociaux/,
    );
    // The customers are not shown on the participation criterion: with "all external" they
    // would give away the CCAS representative's rating.
    const participation = results.criteria.find(
      (c) => c.criterionId === EXAMPLE_IDS.participationCriterion,
    );
    const participationRows = await page
      .getByRole("region", { name: t.distribution(participation?.label ?? "?") })
      .locator("tbody th")
      .allTextContents();
    expect(participationRows).not.toContain("Clients");

    // As partners will see it: small groups nowhere, not even in the notes or the options.
    await page.getByRole("radio", { name: t.partnersView }).check();
    await page
      .getByText(/2 groupes ne sont pas détaillés/)
      .first()
      .waitFor();
    const partnersText = await page.evaluate(() => document.body.textContent ?? "");
    const tree = await page.locator("body").ariaSnapshot();
    for (const label of HIDDEN_GROUPS) {
      expect(partnersText).not.toContain(label);
      expect(tree).not.toContain(label);
    }
    expect(leaksIn(await screenTables(page))).toEqual([]);

    // Every chart comes with its table: the radar's figure, and each distribution bar's row.
    const radars = page.locator("figure:has(.recharts-surface)");
    expect(await radars.count()).toBe(1);
    expect(await radars.locator("table").count()).toBe(1);
    const bars = await page.locator(".distribution-bar").count();
    expect(bars).toBeGreaterThan(0);
    expect(await page.locator("table .distribution-bar").count()).toBe(bars);

    // The PDF code is not loaded by the results screen, only on demand.
    expect((await scripts()).some((s) => s.pdf)).toBe(false);
    expect((await scripts()).some((s) => s.charts)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("downloads both CSV files with the core's content", async () => {
    const { page, context, errors } = await openDemoResults("fr");
    const resultsPath = await saveDownload(page, () =>
      page.getByRole("button", { name: labels.fr.resultsCsv }).click(),
    );
    expect(resultsPath.endsWith("resultats-evaluation-2026.csv")).toBe(true);
    const resultsCsv = await readFile(resultsPath, "utf8");
    expect(resultsCsv).toBe(exportResultsCsv(workspace, EXAMPLE_IDS.cycle2026, { lang: "fr" }));
    expect(resultsCsv).toContain("Un ancrage économique local;");
    for (const label of HIDDEN_GROUPS) expect(resultsCsv).not.toContain(label);
    // The attack on the file: no row minus rows inside it leaves fewer than k people.
    const csv = csvTables(resultsCsv);
    expect(csv.length).toBeGreaterThan(10);
    expect(leaksIn(csv)).toEqual([]);

    const ratingsPath = await saveDownload(page, () =>
      page.getByRole("button", { name: labels.fr.ratingsCsv }).click(),
    );
    const ratingsCsv = await readFile(ratingsPath, "utf8");
    expect(ratingsCsv).toBe(exportRatingsCsv(workspace, EXAMPLE_IDS.cycle2026, { lang: "fr" }));
    for (const name of NAMED_PEOPLE) expect(ratingsCsv).not.toContain(name);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(["fr", "en"] as const)(
    "downloads the partners' report in %s, loading the PDF code only then",
    async (language) => {
      const { page, context, errors, scripts } = await openDemoResults(language);
      const t = labels[language];
      await page.getByRole("button", { name: t.report }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("radio", { name: t.partners }).check();
      await page.screenshot({
        path: fileURLToPath(new URL(`report-dialog-${language}-projector.png`, SCREENSHOTS)),
      });
      expect(await axeViolations(page), "report dialog").toEqual([]);
      expect((await scripts()).some((s) => s.pdf)).toBe(false);
      const path = await saveDownload(page, () =>
        dialog.getByRole("button", { name: t.confirm, exact: true }).click(),
      );
      expect((await scripts()).some((s) => s.pdf)).toBe(true);
      expect(path).toMatch(/\.pdf$/);
      const { stdout } = await run("pdftotext", ["-layout", path, "-"]);
      expect(stdout).toContain("L'Épicerie du Lien");
      const anchoring = results.criteria.find((c) => c.label === "Un ancrage économique local");
      const median = number(language, anchoring?.stats?.overall?.median ?? Number.NaN);
      expect(
        stdout
          .split("\n")
          .some((line) => line.includes(anchoring?.label ?? "?") && line.includes(median)),
      ).toBe(true);
      for (const name of NAMED_PEOPLE) expect(stdout).not.toContain(name);
      for (const label of HIDDEN_GROUPS) expect(stdout).not.toContain(label);
      // The attack on the printed tables: nothing small is left by subtraction.
      const tables = pdfTables(stdout);
      expect(tables.length).toBeGreaterThan(15);
      expect(leaksIn(tables)).toEqual([]);
      await dialog.waitFor({ state: "detached" });
      expect(errors).toEqual([]);
      await context.close();
    },
    150_000,
  );

  it("the internal report names the people who agreed", async () => {
    const { page, context } = await openDemoResults("fr");
    await page.getByRole("button", { name: labels.fr.report }).click();
    const path = await saveDownload(page, () =>
      page.getByRole("dialog").getByRole("button", { name: "Télécharger", exact: true }).click(),
    );
    const { stdout } = await run("pdftotext", [path, "-"]);
    for (const name of NAMED_PEOPLE) expect(stdout).toContain(name);
    await context.close();
  }, 150_000);
});

describe.each(["fr", "en"] as const)("the results screen in %s", (language) => {
  it.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])(
    "has no WCAG A/AA violation and nothing sticks out on a %s",
    async (viewportName) => {
      const viewport = VIEWPORTS[viewportName];
      const { page, context, errors } = await openDemoResults(language, viewport);
      const file = `results-${language}-${viewportName}`;
      await page.screenshot({ path: fileURLToPath(new URL(`${file}.png`, SCREENSHOTS)) });
      await page.screenshot({
        path: fileURLToPath(new URL(`${file}-full.png`, SCREENSHOTS)),
        fullPage: true,
      });
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll("body *")]
          .filter((element) => element.getBoundingClientRect().right > width + 0.5)
          .filter((element) => !element.closest(".table-scroll"))
          .map((element) => `${element.tagName}.${element.className}`);
        return { by: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
      });
      expect(
        overflow.by,
        `${viewportName} overflows: ${overflow.wide.join(", ")}`,
      ).toBeLessThanOrEqual(0);
      expect(await axeViolations(page), viewportName).toEqual([]);
      // Each part on its own, to look at: the full page is too long for an image viewer.
      const parts = page.locator("main section[aria-labelledby]:not(section section)");
      for (let index = 0; index < (await parts.count()); index++) {
        const part = parts.nth(index);
        if (((await part.boundingBox())?.height ?? 0) > 4000) {
          await part
            .locator(".card")
            .first()
            .screenshot({
              path: fileURLToPath(new URL(`${file}-part${index}.png`, SCREENSHOTS)),
            });
        } else {
          await part.screenshot({
            path: fileURLToPath(new URL(`${file}-part${index}.png`, SCREENSHOTS)),
          });
        }
      }
      // Highlighting a side redraws the radar with the sides; still accessible.
      await page
        .getByLabel(language === "fr" ? "Mettre en avant" : "Highlight")
        .selectOption("side:external");
      await page.screenshot({
        path: fileURLToPath(new URL(`${file}-highlight.png`, SCREENSHOTS)),
      });
      expect(await axeViolations(page), `${viewportName} highlighted`).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    90_000,
  );
});
