import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp, waitForSaved } from "./support/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("a new evaluation", () => {
  it("keeps everything typed on the structure screen across a reload", async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole("button", { name: "Nouvelle évaluation" }).click();
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    expect(page.url()).toMatch(/#\/w\/[0-9a-f-]+\/structure$/);

    await page.getByLabel("Nom", { exact: true }).fill("L'Épicerie du Lien");
    await page.getByLabel("Type de structure").selectOption("association");
    await page.getByLabel("Territoire").fill("Quartier des Tanneurs, Tours");
    await page.getByLabel("Réseau").fill("Réseau des épiceries solidaires");
    await page
      .getByLabel("Portrait")
      .fill("Une épicerie solidaire tenue par 4 salariés et 12 bénévoles.");
    const suggestions = page.getByRole("group", { name: "Suggestions" });
    await suggestions.getByRole("button", { name: /Salariés/ }).click();
    await suggestions.getByRole("button", { name: /Bénévoles/ }).click();
    await suggestions.getByRole("button", { name: /Usagers/ }).click();
    await page.locator("#new-group-label").fill("Services sociaux de la ville");
    await page.locator("#new-group-side").selectOption("external");
    await page.getByRole("button", { name: "Ajouter le groupe" }).click();

    await page.locator("#new-participant-pseudonym").fill("Camille");
    await page.locator("#new-participant-group").selectOption({ label: "Bénévoles" });
    await page.getByRole("button", { name: "Ajouter le participant" }).click();
    await page.locator("#new-participant-pseudonym").fill("Sam");
    await page.locator("#new-participant-group").selectOption({ label: "Usagers" });
    await page.getByRole("button", { name: "Ajouter le participant" }).click();
    const camille = page.getByRole("group", { name: "Camille" });
    await camille.getByLabel("Nom réel (facultatif)").fill("Camille Martin");
    await camille.getByLabel("Rôles").fill("trésorière, accueil");
    await camille.getByLabel("Accepte que son nom soit affiché").check();
    await camille.getByLabel("Citations").selectOption("internal");
    await waitForSaved(page);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    expect(await page.getByLabel("Nom", { exact: true }).inputValue()).toBe("L'Épicerie du Lien");
    expect(await page.getByLabel("Territoire").inputValue()).toBe("Quartier des Tanneurs, Tours");
    expect(await page.getByLabel("Réseau").inputValue()).toBe("Réseau des épiceries solidaires");
    expect(await page.getByLabel("Portrait").inputValue()).toMatch(/12 bénévoles/);
    const groupNames = await page
      .locator(".group-row input[type=text]")
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(groupNames).toEqual([
      "Salariés",
      "Bénévoles",
      "Usagers",
      "Services sociaux de la ville",
    ]);
    const sides = await page
      .locator(".group-row select")
      .evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
    expect(sides).toEqual(["internal", "internal", "external", "external"]);
    const reloaded = page.getByRole("group", { name: "Camille" });
    expect(await reloaded.getByLabel("Nom réel (facultatif)").inputValue()).toBe("Camille Martin");
    expect(await reloaded.getByLabel("Rôles").inputValue()).toBe("trésorière, accueil");
    expect(await reloaded.getByLabel("Accepte que son nom soit affiché").isChecked()).toBe(true);
    expect(await reloaded.getByLabel("Citations").inputValue()).toBe("internal");
    expect(await reloaded.getByLabel("Groupe").inputValue()).not.toBe("");
    expect(await page.getByRole("group", { name: "Sam" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("saves what was typed just before a reload", async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole("button", { name: "Nouvelle évaluation" }).click();
    const name = page.getByLabel("Nom", { exact: true });
    await name.fill("La Ressourcerie");
    // No wait for the debounce: the page-hide flush must still write it.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    expect(await page.getByLabel("Nom", { exact: true }).inputValue()).toBe("La Ressourcerie");
    await context.close();
  });

  it("can be filled with the keyboard alone", async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole("heading", { level: 1, name: "Vos évaluations" }).waitFor();
    // From the top of the page: skip link, then into the main content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Aller au contenu");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Nouvelle évaluation",
    );
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();

    // A new evaluation puts the keyboard in the name field, its placeholder name selected.
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Le Jardin partagé");
    const focusedLabel = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return "";
        const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
        return (label?.textContent ?? element.textContent ?? "").trim();
      });
    expect(await focusedLabel()).toBe("Nom");
    async function tabTo(label: string | RegExp, limit = 40) {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        const current = await focusedLabel();
        if (typeof label === "string" ? current === label : label.test(current)) return;
      }
      throw new Error(`Tab never reached ${label}`);
    }
    await tabTo("Territoire");
    await page.keyboard.type("Quartier Nord");
    await tabTo(/^\+Salariés/);
    await page.keyboard.press("Enter");
    // The used suggestion is gone; focus is on the next one.
    expect(await focusedLabel()).toMatch(/^\+Bénévoles/);
    await page.keyboard.press("Enter");
    await tabTo("Pseudonyme");
    await page.keyboard.type("Alex");
    await page.keyboard.press("Enter");
    await page.getByRole("group", { name: "Alex" }).waitFor();

    // Every focused control shows a visible focus ring.
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return getComputedStyle(element).outlineStyle;
    });
    expect(outline).not.toBe("none");
    await waitForSaved(page);
    await page.reload();
    await page.getByRole("group", { name: "Alex" }).waitFor();
    expect(await page.getByLabel("Nom", { exact: true }).inputValue()).toBe("Le Jardin partagé");
    expect(await page.getByLabel("Territoire").inputValue()).toBe("Quartier Nord");
    await context.close();
  });
});
