import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp, storedRecords, waitForSaved } from "./support/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function exportFile(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exporter", exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
}

function withoutSavedAt(text: string): unknown {
  const { savedAt: _ignored, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
}

async function importFile(page: Page, name: string, text: string) {
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

describe("home screen", () => {
  it("opens the demo and lists it on this device", async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole("button", { name: "Essayer la démonstration" }).click();
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    const demoName = await page.getByLabel("Nom", { exact: true }).inputValue();
    expect(demoName.length).toBeGreaterThan(0);
    await page.getByRole("link", { name: /Coéval/ }).click();
    const card = page.locator(".workspace-card");
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain(demoName);
    expect(await card.textContent()).toMatch(/Dernière modification : \d+ \p{L}+ \d{4}/u);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lists the problems of a corrupted file and changes nothing", async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole("button", { name: "Nouvelle évaluation" }).click();
    await waitForSaved(page);
    await page.goto(page.url().replace(/#.*$/, "#/"));
    await page.locator(".workspace-card").first().waitFor();
    const before = await storedRecords(page);

    const corrupted = JSON.stringify({
      formatVersion: 1,
      id: "broken",
      organisations: [{ id: "o", name: "", kind: "castle", stakeholderGroups: [] }],
      cycles: "none",
    });
    await importFile(page, "cassé.coeval.json", corrupted);
    const problems = page.getByRole("region", { name: /cassé\.coeval\.json/ });
    await problems.waitFor();
    const items = await problems.getByRole("listitem").allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.join("\n")).toMatch(/organisations\[0\]/);
    expect(await storedRecords(page)).toEqual(before);
    expect(await page.locator(".workspace-card").count()).toBe(1);

    // Not even JSON.
    await importFile(page, "notes.coeval.json", "{ this is not json");
    await page
      .getByText(/notes\.coeval\.json/)
      .first()
      .waitFor();
    expect(await storedRecords(page)).toEqual(before);
    await context.close();
  });

  it("exports a workspace that, imported again, is the same workspace", async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole("button", { name: "Essayer la démonstration" }).click();
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    await page.getByLabel("Territoire").fill("Tours ‮ (texte inversé) <b>gras</b>");
    await waitForSaved(page);
    expect(await page.locator(".reminder").count()).toBe(1);
    const first = await exportFile(page);
    expect(first.name).toMatch(/\.coeval\.json$/);
    // Everything is exported: the reminder goes away.
    await page.locator(".reminder").waitFor({ state: "detached" });

    // Delete it from the device, then open the exported file.
    await page.getByRole("link", { name: /Coéval/ }).click();
    await page.getByRole("button", { name: /^Supprimer « / }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "Supprimer" }).click();
    await page.getByText("Aucune évaluation sur cet appareil pour l'instant.").waitFor();
    expect(await storedRecords(page)).toEqual([]);

    await importFile(page, first.name, first.text);
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    expect(await page.getByLabel("Territoire").inputValue()).toBe(
      "Tours ‮ (texte inversé) <b>gras</b>",
    );
    expect(await page.locator(".reminder").count()).toBe(0);
    const second = await exportFile(page);
    expect(withoutSavedAt(second.text)).toEqual(withoutSavedAt(first.text));
    await context.close();
  });

  it("asks before replacing a workspace already on the device", async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole("button", { name: "Nouvelle évaluation" }).click();
    await page.getByLabel("Nom", { exact: true }).fill("Version du fichier");
    await waitForSaved(page);
    const file = await exportFile(page);
    await page.getByLabel("Nom", { exact: true }).fill("Version de l'appareil");
    await waitForSaved(page);
    await page.getByRole("link", { name: /Coéval/ }).click();
    await importFile(page, file.name, file.text);
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "Annuler" }).click();
    expect(await page.locator(".workspace-card h3").textContent()).toBe("Version de l'appareil");
    await importFile(page, file.name, file.text);
    await page.getByRole("alertdialog").getByRole("button", { name: "Remplacer" }).click();
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    expect(await page.getByLabel("Nom", { exact: true }).inputValue()).toBe("Version du fichier");
    await context.close();
  });
});

describe("language", () => {
  it("switches to English and stays English after a reload", async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Your evaluations" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Your evaluations" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await context.close();
  });
});
