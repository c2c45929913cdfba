import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp, storedRecords, waitForSaved } from "./support/browser.ts";
import {
  describeScreens,
  type Language,
  type ScreenJourney,
  screenshotPath,
  sharedBrowser,
} from "./support/suite.ts";

const browser = sharedBrowser();

const words = {
  fr: {
    newEvaluation: "Nouvelle évaluation",
    structure: "La structure",
    gridsNav: "Grilles",
    grids: "Les grilles",
    template: /^Partir du modèle/,
    adopt: "Adopter cette version",
    editV2: "Modifier (crée la version 2)",
    csv: "Un tableur (CSV)",
    changes: "Ce qui a changé depuis la version 1",
    criterionField: "Intitulé du nouvel élément (Critère)",
    addCriterion: "Ajouter : Critère",
  },
  en: {
    newEvaluation: "New evaluation",
    structure: "The organisation",
    gridsNav: "Grids",
    grids: "Grids",
    template: /^Start from the template/,
    adopt: "Adopt this version",
    editV2: "Edit (creates version 2)",
    csv: "A spreadsheet (CSV)",
    changes: "What changed since version 1",
    criterionField: "Label of the new item (Criterion)",
    addCriterion: "Add: Criterion",
  },
};

interface StoredGrid {
  id: string;
  version: number;
  status: string;
  name: string;
  dimensions: {
    label: string;
    criteria: {
      label: string;
      indicators: { kind: string; scale?: { levels: { label: string; descriptor?: string }[] } }[];
    }[];
  }[];
}
async function storedGrids(page: Page): Promise<StoredGrid[]> {
  const [record] = (await storedRecords(page)) as { workspace: { grids: StoredGrid[] } }[];
  return record?.workspace.grids ?? [];
}

async function openGrids(page: Page, language: Language) {
  const w = words[language];
  if (language === "en") {
    await page.getByRole("button", { name: "English" }).click();
  }
  await page.getByRole("button", { name: w.newEvaluation }).click();
  await page.getByRole("heading", { level: 1, name: w.structure }).waitFor();
  await page.getByRole("link", { name: w.gridsNav, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: w.grids }).waitFor();
}

async function startFromTemplate(page: Page, language: Language) {
  await openGrids(page, language);
  await page.getByRole("button", { name: words[language].template }).click();
  await page.locator(".grid-editor h1").waitFor();
}

const BROKEN_CSV = "dimension;critère;indicateur;type\nGouvernance;;Indicateur;échelle\n";

describe("grid journey", () => {
  it("starts from the template, edits, survives a reload, adopts and versions", async () => {
    const { page, context, errors } = await openApp(browser());
    await startFromTemplate(page, "fr");
    const firstDimension = page.locator(".dimension-item").first();
    const dimensionTitle = (await firstDimension.locator("h3").textContent())?.replace(
      /^\d+\.\s*/,
      "",
    );

    const criteriaBefore = await firstDimension.locator(".criterion-item").count();
    // A criterion with a four-level scale, each level described.
    await firstDimension
      .getByLabel("Intitulé du nouvel élément (Critère)")
      .fill("Les clients décident");
    await firstDimension.getByRole("button", { name: "Ajouter : Critère" }).click();
    const criterion = firstDimension
      .locator(".criterion-item")
      .filter({ hasText: "Les clients décident" });
    const descriptors = criterion.getByLabel("Ce que ce niveau veut dire");
    await expect.poll(() => descriptors.count()).toBe(4);
    const described = [
      "Personne ne demande l'avis des clients.",
      "Les clients sont consultés sur les produits.",
      "Les clients votent à l'assemblée générale.",
      "Deux clients siègent au conseil d'administration.",
    ];
    for (const [index, text] of described.entries()) await descriptors.nth(index).fill(text);

    // Reorder by keyboard only: focus the item's button, Enter, then Alt+Arrow.
    await criterion.getByRole("button", { name: "Monter « Les clients décident »" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/« Les clients décident » est maintenant en position/).waitFor();
    for (let i = 1; i < criteriaBefore; i++) await page.keyboard.press("Alt+ArrowUp");
    await page
      .getByText(`« Les clients décident » est maintenant en position 1 sur ${criteriaBefore + 1}.`)
      .waitFor();
    await waitForSaved(page);
    let grids = await storedGrids(page);
    const labels = grids[0]?.dimensions[0]?.criteria.map((c) => c.label) ?? [];
    expect(labels[0]).toBe("Les clients décident");
    const scale = grids[0]?.dimensions[0]?.criteria[0]?.indicators[0]?.scale;
    expect(scale?.levels.map((l) => l.descriptor)).toEqual(described);
    expect(
      await page.evaluate(() => document.activeElement?.closest("[data-item-id]") !== null),
    ).toBe(true);

    // Reload in the middle of typing: nothing is lost.
    await page.getByLabel("Nom", { exact: true }).fill("Grille de l'Épicerie du Lien");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Grille de l'Épicerie du Lien" }).waitFor();
    grids = await storedGrids(page);
    expect(grids[0]?.dimensions[0]?.criteria[0]?.label).toBe("Les clients décident");

    // Adopt, then edit again: version 2, version 1 untouched, the change shown.
    await page.getByRole("button", { name: "Adopter cette version" }).click();
    await page.getByText(/Adoptée : cette version ne change plus/).waitFor();
    await page.getByRole("button", { name: "Modifier (crée la version 2)" }).click();
    await page.getByRole("button", { name: `Descendre « ${dimensionTitle} »` }).click();
    const changes = page.getByRole("region", { name: "Ce qui a changé depuis la version 1" });
    await changes.getByText(new RegExp(`déplacé : « ${dimensionTitle} »`)).waitFor();
    await waitForSaved(page);
    grids = await storedGrids(page);
    expect(grids.map((g) => [g.version, g.status])).toEqual([
      [1, "adopted"],
      [2, "draft"],
    ]);
    expect(grids[0]?.dimensions[0]?.label).toBe(dimensionTitle);
    expect(grids[1]?.dimensions[1]?.label).toBe(dimensionTitle);
    await page.screenshot({ path: screenshotPath("grid-journey-v2-fr.png") });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lists the problems of a broken CSV and changes nothing, then imports a valid one", async () => {
    const { page, context, errors } = await openApp(browser());
    await openGrids(page, "fr");
    await page.getByLabel("Un tableur (CSV)").check();
    await page.locator('[data-testid="import-grid-csv"]').setInputFiles({
      name: "cassee.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(BROKEN_CSV),
    });
    const problems = page.locator(".problems");
    await problems.waitFor();
    const items = await problems.locator("li").allTextContents();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/^ligne \d+/);
    expect(await storedGrids(page)).toEqual([]);

    const csv = await readFile(
      new URL("../../../docs/examples/grille-epicerie-du-lien.csv", import.meta.url),
    );
    await page.locator('[data-testid="import-grid-csv"]').setInputFiles({
      name: "grille-epicerie-du-lien.csv",
      mimeType: "text/csv",
      buffer: csv,
    });
    await page.locator(".grid-editor h1").waitFor();
    await waitForSaved(page);
    const grids = await storedGrids(page);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.dimensions.length).toBeGreaterThan(2);
    expect(grids[0]?.status).toBe("draft");
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Every grid screen, reached from a fresh device, in each language. */
const screens: Record<string, ScreenJourney> = {
  "grids-new": async (page, language) => {
    await openGrids(page, language);
  },
  "grid-editor": async (page, language) => {
    await startFromTemplate(page, language);
    await page.locator(".criterion-item button[aria-expanded]").first().click();
  },
  "grid-adopted-v2": async (page, language) => {
    await startFromTemplate(page, language);
    await page.getByRole("button", { name: words[language].adopt }).click();
    await page.getByRole("button", { name: words[language].editV2 }).click();
    await page.locator(".dimension-item button[data-move=down]").first().click();
    await page.getByRole("region", { name: words[language].changes }).waitFor();
  },
  "grid-csv-problems": async (page, language) => {
    await openGrids(page, language);
    await page.getByLabel(words[language].csv).check();
    await page.locator('[data-testid="import-grid-csv"]').setInputFiles({
      name: "broken.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(BROKEN_CSV),
    });
    await page.locator(".problems").waitFor();
  },
  "grid-adopt-refused": async (page, language) => {
    await openGrids(page, language);
    await page.getByLabel(language === "fr" ? "Une page blanche" : "A blank page").check();
    await page
      .getByLabel(language === "fr" ? "Nom de la grille" : "Name of the grid")
      .fill("Grille");
    await page
      .getByRole("button", {
        name: language === "fr" ? "Créer la grille vide" : "Create the empty grid",
      })
      .click();
    const field =
      language === "fr"
        ? "Intitulé du nouvel élément (Dimension)"
        : "Label of the new item (Dimension)";
    await page.getByLabel(field).fill("Gouvernance");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: words[language].adopt }).click();
    await page.locator(".problems").waitFor();
  },
};

describeScreens("grid screens in %s", browser, screens);
