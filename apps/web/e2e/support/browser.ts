import AxeBuilder from "@axe-core/playwright";
import { assembleWorkspace, type StoredRecord } from "@coeval/core";
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

/**
 * The workspaces stored in the page's IndexedDB, each assembled from its header and records
 * with the core's own function, in the shape the app keeps in memory (`{ id, workspace, … }`).
 */
export async function storedRecords(page: Page): Promise<unknown[]> {
  const { headers, rows } = await page.evaluate(
    () =>
      new Promise<{ headers: unknown[]; rows: unknown[] }>((resolve, reject) => {
        const request = indexedDB.open("coeval");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const stores = ["workspaces", "records"].filter((name) =>
            database.objectStoreNames.contains(name),
          );
          if (stores.length < 2) {
            database.close();
            resolve({ headers: [], rows: [] });
            return;
          }
          const transaction = database.transaction(stores);
          const headers = transaction.objectStore("workspaces").getAll();
          const rows = transaction.objectStore("records").getAll();
          transaction.oncomplete = () => {
            database.close();
            resolve({ headers: headers.result, rows: rows.result });
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
  return headers.map((value) => {
    const { skeleton, ...header } = value as { id: string; skeleton: Record<string, unknown> };
    const own = (rows as Array<StoredRecord & { workspaceId: string }>).filter(
      (row) => row.workspaceId === header.id,
    );
    const assembled = assembleWorkspace({ skeleton, records: own });
    if (!assembled.ok) throw new Error(`Stored workspace ${header.id} does not assemble`);
    return { ...header, workspace: assembled.document };
  });
}

export const SCREENSHOTS = new URL("../screenshots/", import.meta.url);
