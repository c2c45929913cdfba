import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { inject } from "vitest";

/** Debian's Chromium; the flags keep it from reaching the internet and from needing a GPU. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const VIEWPORTS = {
  projector: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
} as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function baseUrl(): string {
  return inject("baseUrl");
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of the page: a journey expects none. */
  errors: string[];
}

/**
 * A fresh context (own IndexedDB and localStorage, as a new device) with the app open.
 * Contexts, not `browser.newPage()`, because AxeBuilder needs them.
 */
export async function openApp(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    hash?: string;
    acceptDownloads?: boolean;
  } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORTS.projector,
    acceptDownloads: options.acceptDownloads ?? true,
    locale: "fr-FR",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${baseUrl()}${options.hash ?? "#/"}`);
  return { context, page, errors };
}

/** WCAG 2 A and AA violations on the page as it is now. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

/** Waits until every edit typed is written to IndexedDB ("Enregistré" shown). */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor();
}

/** The records stored in the page's IndexedDB, read the way the app stores them. */
export function storedRecords(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open("coeval");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains("workspaces")) {
            database.close();
            resolve([]);
            return;
          }
          const all = database.transaction("workspaces").objectStore("workspaces").getAll();
          all.onsuccess = () => {
            database.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

export const SCREENSHOTS = new URL("../screenshots/", import.meta.url);
