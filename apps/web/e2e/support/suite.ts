import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  launchBrowser,
  openApp,
  SCREENSHOTS,
  VIEWPORTS,
  waitForSaved,
} from "./browser.ts";

/**
 * One browser for the tests of a file: launched before them (with the screenshots folder made)
 * and closed after. Returns a getter because the browser only exists once `beforeAll` has run.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The browser is used before beforeAll launched it.");
    return browser;
  };
}

/** Where a screenshot of that name goes. */
export function screenshotPath(file: string): string {
  return fileURLToPath(new URL(file, SCREENSHOTS));
}

/** What the projector or the phone shows first (`<file>.png`), then the whole page (`<file>-full.png`). */
export async function shootScreenAndPage(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(`${file}.png`) });
  await page.screenshot({ path: screenshotPath(`${file}-full.png`), fullPage: true });
}

/** How many pixels the page sticks out sideways (0 or less: nothing does). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

export type Language = "fr" | "en";
export type ScreenJourney = (page: Page, language: Language) => Promise<void>;

/**
 * Each screen reached from a fresh device, in French and English, on a projector and a phone:
 * in the language asked, screenshots taken, nothing sticking out sideways, axe clean, no error.
 * `title` names the describe block and holds `%s` for the language.
 */
export function describeScreens(
  title: string,
  browser: () => Browser,
  screens: Record<string, ScreenJourney>,
  options: {
    /** Run on the fresh page before the journey (e.g. switch the language). */
    start?: ScreenJourney;
    /** Wait for "Enregistré" after the journey (screens that never edit have nothing to save). */
    waitForSaved?: boolean;
  } = {},
): void {
  describe.each(["fr", "en"] as const)(title, (language) => {
    it.each(Object.keys(screens))(
      "%s has no WCAG A/AA violation, on a projector and a phone",
      async (name) => {
        for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
          const { page, context, errors } = await openApp(browser(), { viewport });
          await options.start?.(page, language);
          await screens[name]?.(page, language);
          if (options.waitForSaved ?? true) await waitForSaved(page);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
          await shootScreenAndPage(page, `${name}-${language}-${viewportName}`);
          expect(
            await horizontalOverflow(page),
            `${name} ${viewportName} overflows`,
          ).toBeLessThanOrEqual(0);
          expect(await axeViolations(page), `${name} ${viewportName}`).toEqual([]);
          expect(errors).toEqual([]);
          await context.close();
        }
      },
    );
  });
}
