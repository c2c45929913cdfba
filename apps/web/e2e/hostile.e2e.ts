import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE_IDS, exampleWorkspace } from "@coeval/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accentedWorkspaceText,
  duplicatePositionsText,
  encodeUtf16,
  encodeWindows1252,
  FAR_FUTURE,
  farFutureRatingText,
  gridCsvUtf16,
  gridCsvWindows1252,
  HOSTILE_TEXT,
  hostileWorkspaceText,
} from "../../../packages/core/src/examples/hostile.test-support.ts";
import { axeViolations, baseUrl, openApp, storedRecords, waitForSaved } from "./support/browser.ts";
import { screenshotPath, sharedBrowser } from "./support/suite.ts";

const browser = sharedBrowser();

let downloads: string;
beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), "coeval-hostile-"));
});
afterAll(async () => {
  await rm(downloads, { recursive: true, force: true });
});

async function importWorkspace(page: Page, name: string, bytes: string | Uint8Array) {
  await page.locator('[data-testid="import-file"]').setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(bytes),
  });
}

async function openGridCsvSource(page: Page) {
  await page.getByRole("button", { name: "Nouvelle évaluation" }).click();
  await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
  await page.getByRole("link", { name: "Grilles", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Les grilles" }).waitFor();
  await page.getByLabel("Un tableur (CSV)").check();
}

async function importGridCsv(page: Page, name: string, bytes: Uint8Array) {
  await page
    .locator('[data-testid="import-grid-csv"]')
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(bytes) });
}

async function saveDownload(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  return readFile(path, "utf8");
}

/** The cells of a CSV the app wrote, as a spreadsheet reads them (quotes undone). */
function cells(csv: string, separator: string): string[] {
  const found: string[] = [];
  let cell = "";
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, "");
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index++;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"' && cell === "") quoted = true;
    else if (character === separator || character === "\n") {
      found.push(cell);
      cell = "";
    } else cell += character;
  }
  return found;
}

const NUMBER = /^-?\d+([.,]\d+)?$/;

describe("files that try to turn Coéval against its readers, in the app", () => {
  it("refuses a workspace saved as UTF-16, saying what to do, and changes nothing", async () => {
    const { page, context, errors } = await openApp(browser());
    await importWorkspace(
      page,
      "unicode.coeval.json",
      encodeUtf16(accentedWorkspaceText(), "LE", true),
    );
    const problems = page.getByRole("region", { name: /unicode\.coeval\.json/ });
    await problems.waitFor();
    const items = await problems.getByRole("listitem").allTextContents();
    expect(items).toEqual([
      "le fichier est enregistré en UTF-16 LE (ce qu'Excel appelle « Texte Unicode »), que Coéval ne lit pas ; enregistrez-le en UTF-8 : dans Excel, « Enregistrer sous » puis « CSV UTF-8 » ; dans le Bloc-notes, l'encodage « UTF-8 »",
    ]);
    expect(await storedRecords(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens a workspace saved as Windows-1252 with its accents, once the warning is read", async () => {
    const { page, context, errors } = await openApp(browser());
    await importWorkspace(page, "ansi.coeval.json", encodeWindows1252(accentedWorkspaceText()));
    const warnings = page.getByRole("region", { name: /ansi\.coeval\.json.*peut être ouvert/ });
    await warnings.waitFor();
    expect(await warnings.getByRole("listitem").allTextContents()).toEqual([
      "le fichier était enregistré en Windows-1252 (« ANSI », l'encodage par défaut du Bloc-notes et d'Excel sous Windows) : il a été lu comme tel, accents compris ; enregistrez-le en UTF-8 (dans Excel : « CSV UTF-8 ») pour éviter toute ambiguïté",
    ]);
    expect(await storedRecords(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("hostile-ansi-workspace-fr.png") });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ouvrir l'évaluation" }).click();
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    expect(await page.getByLabel("Nom", { exact: true }).inputValue()).toBe(
      "Café « L'Étang » : cœur du quartier",
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("refuses two positions of one session and a rating of the year 9999", async () => {
    const { page, context } = await openApp(browser());
    const duplicate = duplicatePositionsText();
    await importWorkspace(page, "doublon.coeval.json", duplicate.text);
    const problems = page.getByRole("region", { name: /doublon\.coeval\.json/ });
    await problems.waitFor();
    const text = (await problems.getByRole("listitem").allTextContents()).join("\n");
    expect(text).toContain(`${duplicate.secondPath} : une autre position collective`);
    expect(text).toContain(`(${duplicate.firstPath})`);

    const future = farFutureRatingText();
    await importWorkspace(page, "futur.coeval.json", future.text);
    const refused = page.getByRole("region", { name: /futur\.coeval\.json/ });
    await refused.waitFor();
    expect(await refused.getByRole("listitem").allTextContents()).toEqual([
      expect.stringContaining(`le positionnement ${future.ratingId} est daté du ${FAR_FUTURE}`),
    ]);
    expect(await storedRecords(page)).toEqual([]);
    await context.close();
  });

  it("exports CSVs whose formula cells are neutralised and whose numbers stay numbers", async () => {
    const { page, context, errors } = await openApp(browser());
    await importWorkspace(page, "piege.coeval.json", hostileWorkspaceText());
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    await page.getByRole("link", { name: "Résultats" }).click();
    await page.getByRole("heading", { level: 1, name: "Résultats" }).waitFor();

    const results = cells(await saveDownload(page, "Résultats (CSV)"), ";");
    expect(results).toContain(`'${HOSTILE_TEXT.criterion}`);
    expect(results).toContain(`'${HOSTILE_TEXT.group}`);
    const ratings = cells(await saveDownload(page, "Positionnements individuels (CSV)"), ";");
    expect(ratings).toContain(`'${HOSTILE_TEXT.pseudonym}`);
    expect(ratings).toContain(`'${HOSTILE_TEXT.comment}`);
    expect(ratings).toContain(`'${HOSTILE_TEXT.tabComment}`);
    for (const cell of [...results, ...ratings]) {
      if (!NUMBER.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("refuses a grid CSV saved as UTF-16, and reads one saved as Windows-1252 with its warnings", async () => {
    const { page, context, errors } = await openApp(browser());
    await openGridCsvSource(page);
    await importGridCsv(page, "unicode.csv", gridCsvUtf16());
    const problems = page.locator(".problems");
    await problems.waitFor();
    expect(await problems.locator("li").allTextContents()).toEqual([
      expect.stringMatching(/^le fichier est enregistré en UTF-16 LE .* « CSV UTF-8 »/),
    ]);

    await importGridCsv(page, "ansi.csv", gridCsvWindows1252());
    const warnings = page.getByRole("region", { name: /ansi\.csv.*2 avertissements/ });
    await warnings.waitFor();
    const items = await warnings.getByRole("listitem").allTextContents();
    expect(items[0]).toMatch(/^le fichier était enregistré en Windows-1252/);
    expect(items[1]).toMatch(
      /^ligne \d+, colonne « critère » : cette cellule commence par « = », qu'un tableur peut prendre pour le début d'une formule/,
    );
    expect(await page.locator(".problems").count()).toBe(0);
    await page.screenshot({ path: screenshotPath("hostile-ansi-grid-fr.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ajouter la grille" }).click();
    await page.locator(".grid-editor h1").waitFor();
    await waitForSaved(page);
    const [record] = (await storedRecords(page)) as {
      workspace: { grids: { dimensions: { label: string; criteria: { label: string }[] }[] }[] };
    }[];
    const grid = record?.workspace.grids[0];
    expect(grid?.dimensions[0]?.label).toBe("Contribution économique");
    expect(grid?.dimensions.flatMap((d) => d.criteria.map((c) => c.label))).toContain(
      HOSTILE_TEXT.criterion,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("turns anonymity off only once confirmed, and says so next to the threshold", async () => {
    const { page, context, errors } = await openApp(browser());
    await page.getByRole("button", { name: "Essayer la démonstration" }).click();
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    const workspaceId = exampleWorkspace().id;
    await page.goto(`${baseUrl()}#/w/${workspaceId}/cycles/${EXAMPLE_IDS.cycle2026}`);
    const threshold = page.getByLabel("Seuil d'anonymat");
    await threshold.fill("1");
    await threshold.press("Tab");
    const dialog = page.getByRole("alertdialog", { name: "Désactiver l'anonymat ?" });
    await dialog.getByRole("button", { name: "Annuler" }).click();
    expect(await threshold.inputValue()).toBe("3");
    expect(await page.getByText("Anonymat désactivé : chaque réponse peut être lue").count()).toBe(
      0,
    );

    await threshold.fill("1");
    await threshold.press("Enter");
    await dialog.waitFor();
    await page.screenshot({ path: screenshotPath("hostile-threshold-dialog-fr.png") });
    await dialog.getByRole("button", { name: "Désactiver l'anonymat" }).click();
    await page.getByText("Anonymat désactivé : chaque réponse peut être lue").first().waitFor();
    await waitForSaved(page);
    const [record] = (await storedRecords(page)) as {
      workspace: { cycles: { id: string; anonymity: unknown }[] };
    }[];
    const cycle = record?.workspace.cycles.find((c) => c.id === EXAMPLE_IDS.cycle2026);
    expect(cycle?.anonymity).toEqual({ minGroupSize: 1, individualAnswersVisible: true });
    await page.screenshot({ path: screenshotPath("hostile-threshold-off-fr.png") });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
