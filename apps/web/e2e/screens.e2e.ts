import { describe, expect, it } from "vitest";
import { openApp, VIEWPORTS } from "./support/browser.ts";
import {
  describeScreens,
  horizontalOverflow,
  type ScreenJourney,
  screenshotPath,
  sharedBrowser,
} from "./support/suite.ts";

const browser = sharedBrowser();

const labels = {
  fr: {
    home: "Vos évaluations",
    newEvaluation: "Nouvelle évaluation",
    demo: "Essayer la démonstration",
    structure: "La structure",
  },
  en: {
    home: "Your evaluations",
    newEvaluation: "New evaluation",
    demo: "Try the demo",
    structure: "The organisation",
  },
};

/** The screens to check, each reached from a fresh device in the given language. */
const screens: Record<string, ScreenJourney> = {
  "home-empty": async (page, language) => {
    await page.getByRole("heading", { level: 1, name: labels[language].home }).waitFor();
    await page.getByText(language === "fr" ? "Aucune évaluation" : "No evaluation").waitFor();
  },
  "structure-new": async (page, language) => {
    await page.getByRole("button", { name: labels[language].newEvaluation }).click();
    await page.getByRole("heading", { level: 1, name: labels[language].structure }).waitFor();
  },
  "structure-demo": async (page, language) => {
    await page.getByRole("button", { name: labels[language].demo }).click();
    await page.getByRole("heading", { level: 1, name: labels[language].structure }).waitFor();
  },
  "home-list": async (page, language) => {
    await page.getByRole("button", { name: labels[language].demo }).click();
    await page.getByRole("heading", { level: 1, name: labels[language].structure }).waitFor();
    await page.goto(page.url().replace(/#.*$/, "#/"));
    await page.locator(".workspace-card").first().waitFor();
  },
  "home-delete-dialog": async (page, language) => {
    await screens["home-list"]?.(page, language);
    await page.locator(".workspace-card button").first().click();
    await page.getByRole("alertdialog").waitFor();
  },
  "home-import-problems": async (page, language) => {
    await page.getByRole("heading", { level: 1, name: labels[language].home }).waitFor();
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: "broken.coeval.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ formatVersion: 1, id: "", cycles: 3 })),
    });
    await page.locator(".problems").waitFor();
  },
};

describeScreens("every screen in %s", browser, screens, {
  start: async (page, language) => {
    if (language === "en") {
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("heading", { level: 1, name: "Your evaluations" }).waitFor();
    }
  },
  waitForSaved: false,
});

describe("hostile text", () => {
  it("is shown as text and breaks no layout", async () => {
    const { page, context, errors } = await openApp(browser(), { viewport: VIEWPORTS.phone });
    await page.getByRole("button", { name: "Nouvelle évaluation" }).click();
    const markup =
      '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">';
    const long = "ذ".repeat(300) + "x".repeat(10_000);
    await page.getByLabel("Nom", { exact: true }).fill(markup);
    await page.getByLabel("Portrait").fill(long);
    await page.locator("#new-group-label").fill("מתנדבים ".repeat(60));
    await page.getByRole("button", { name: "Ajouter le groupe" }).click();
    await page.locator("#new-participant-pseudonym").fill("w".repeat(500));
    await page.getByRole("button", { name: "Ajouter le participant" }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.reload();
    await page.locator(".participant-card").waitFor();
    expect(await page.getByLabel("Nom", { exact: true }).inputValue()).toBe(markup);
    expect((await page.getByLabel("Portrait").inputValue()).length).toBe(10_300);
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator("main img, main script").count()).toBe(0);
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: screenshotPath("hostile-text-fr-phone.png"),
      fullPage: true,
    });
    await page.goto(page.url().replace(/#.*$/, "#/"));
    await page.locator(".workspace-card").waitFor();
    expect(await page.locator(".workspace-card h3").textContent()).toBe(markup);
    await page.screenshot({
      path: screenshotPath("hostile-home-fr-phone.png"),
      fullPage: true,
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
