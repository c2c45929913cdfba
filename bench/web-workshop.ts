/**
 * The workshop screen in a real browser: a facilitator records ratings in the quick table
 * with the live distribution shown, on a 60-criterion grid with 40 participants who have
 * already rated everything once (3,772 ratings). Each click is timed inside the page, from
 * the rating handed to the store to the reveal committing its new figures
 * (`performance.measure("coeval:record+reveal")`, see apps/web/src/features/session/
 * performanceMarks.ts). The budget is one frame: 16 ms.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serialiseWorkspace, type Workspace } from "../packages/core/src/index.ts";
import { workshopHistoryWorkspace, workshopWorkspace } from "./generate.ts";
import { type BenchCase, type BenchOptions, median } from "./harness.ts";

const WEB_ROOT = fileURLToPath(new URL("../apps/web/", import.meta.url));
/** The web app's own dependencies (Vite, playwright-core), resolved from its package. */
const requireFromWeb = createRequire(join(WEB_ROOT, "package.json"));

/** Debian's Chromium, kept off the network (same flags as the end-to-end tests). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/**
 * The few calls made to Vite and playwright-core, typed here: both are the web app's
 * dependencies, loaded from its package, and the benchmarks' project does not list them.
 */
interface Vite {
  build(config: object): Promise<unknown>;
  preview(config: object): Promise<{
    httpServer: { address(): AddressInfo | string | null };
    close(): Promise<void>;
  }>;
}
interface Locator {
  waitFor(options?: { timeout: number }): Promise<void>;
  isVisible(): Promise<boolean>;
  click(): Promise<void>;
  check(): Promise<void>;
  first(): Locator;
  setInputFiles(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
}
interface Page {
  goto(url: string): Promise<unknown>;
  locator(selector: string): Locator;
  waitForFunction(expression: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
}
interface Browser {
  newContext(options: { viewport: { width: number; height: number } }): Promise<{
    addInitScript(script: { content: string }): Promise<void>;
    newPage(): Promise<Page>;
  }>;
  close(): Promise<void>;
}
interface Chromium {
  launch(options: { executablePath: string; args: string[] }): Promise<Browser>;
}

const BUDGET_MS = 16;
/** Importing a workspace with years of history takes a while: the benchmark times what follows. */
const IMPORT_TIMEOUT_MS = 300_000;
const MEASURE = "coeval:record+reveal";
const STORE_MEASURE = "coeval:store-update";

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

async function withBuiltApp<T>(work: (baseUrl: string) => Promise<T>): Promise<T> {
  const vite = (await import(requireFromWeb.resolve("vite"))) as Vite;
  const outDir = await mkdtemp(join(tmpdir(), "coeval-bench-web-"));
  try {
    await vite.build({ root: WEB_ROOT, logLevel: "silent", build: { outDir, emptyOutDir: true } });
    const server = await vite.preview({
      root: WEB_ROOT,
      logLevel: "silent",
      build: { outDir },
      preview: { port: 0, strictPort: false, host: "127.0.0.1" },
    });
    try {
      const address = server.httpServer.address() as AddressInfo;
      return await work(`http://127.0.0.1:${address.port}/`);
    } finally {
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

interface Durations {
  recordAndReveal: number[];
  /** The store's share: validating and holding the new workspace. */
  store: number[];
  /** From the click to "Enregistré": the reveal updated and the rating written to the device. */
  clickToSaved: number[];
}

/**
 * Installed in the page before it runs: times each click from the pointer going down to the
 * save status saying "saved" again, which follows the reveal's update and the IndexedDB write.
 */
const CLICK_TO_SAVED_SCRIPT = `
window.__clickToSaved = [];
let clickedAt;
document.addEventListener("pointerdown", () => { clickedAt = performance.now(); }, true);
new MutationObserver(() => {
  const status = document.querySelector("[data-save-state]");
  if (clickedAt !== undefined && status && status.getAttribute("data-save-state") === "saved") {
    window.__clickToSaved.push(performance.now() - clickedAt);
    clickedAt = undefined;
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-save-state"] });
`;

async function durationsOf(page: Page, name: string): Promise<number[]> {
  const durations = await page.evaluate(
    `performance.getEntriesByName(${JSON.stringify(name)}).map((entry) => entry.duration)`,
  );
  if (!Array.isArray(durations) || !durations.every((d) => typeof d === "number")) {
    throw new Error(`the page gave no durations for ${name}`);
  }
  return durations;
}

async function recordThroughTheUi(
  baseUrl: string,
  workspace: Workspace,
  clicks: number,
): Promise<Durations> {
  // playwright-core is CommonJS: its exports come as the module's default.
  const { chromium } = requireFromWeb("playwright-core") as { chromium: Chromium };
  // The cycle under way is the latest; the ones before it are the structure's history.
  const cycle = workspace.cycles.at(-1);
  const session = cycle?.sessions[0];
  const criterion = workspace.grids[0]?.dimensions[0]?.criteria[0];
  if (!cycle || !session || !criterion) throw new Error("the generated workspace has no session");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript({
      content: `localStorage.setItem("coeval.entryMode", "quickTable");${CLICK_TO_SAVED_SCRIPT}`,
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.locator("h1").first().waitFor();
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: "bench.coeval.json",
      mimeType: "application/json",
      buffer: Buffer.from(serialiseWorkspace(workspace)),
    });
    // A generated file may carry warnings to read first (the home screen asks): open it anyway.
    const openAnyway = page.locator(`button:has-text("Ouvrir l'évaluation")`);
    await page
      .locator(`[data-save-state="saved"], button:has-text("Ouvrir l'évaluation")`)
      .first()
      .waitFor({ timeout: IMPORT_TIMEOUT_MS });
    if (await openAnyway.isVisible()) await openAnyway.click();
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const path = [cycle.id, "session", session.id, criterion.id, "rate-2"];
    await page.goto(
      `${baseUrl}#/w/${workspace.id}/cycles/${path.map(encodeURIComponent).join("/")}`,
    );
    await page.locator(".quick-table table").waitFor();
    await page.locator("#live-distribution").check();
    await page.locator(".reveal").first().waitFor();

    for (let index = 0; index < clicks; index++) {
      const participant = cycle.participants[index % cycle.participants.length];
      if (!participant) break;
      const row = `input[name="answer-${participant.id}"]`;
      // Every click changes the person's answer: the level after the one checked now.
      const checked = await page.evaluate(
        `Number(document.querySelector(${JSON.stringify(`${row}:checked`)})?.value ?? 0)`,
      );
      const level = ((Number(checked) || 0) % 4) + 1;
      await page.locator(`${row}[value="${level}"]`).click();
      await page.waitForFunction(
        `performance.getEntriesByName(${JSON.stringify(MEASURE)}).length >= ${index + 1}`,
      );
      // One click at a time: the next one waits for this one's save.
      await page.waitForFunction(`window.__clickToSaved.length >= ${index + 1}`);
    }
    await page.locator('[data-save-state="saved"]').waitFor();
    const clickToSaved = await page.evaluate("window.__clickToSaved");
    if (!Array.isArray(clickToSaved)) throw new Error("the page gave no click-to-saved times");
    return {
      recordAndReveal: await durationsOf(page, MEASURE),
      store: await durationsOf(page, STORE_MEASURE),
      clickToSaved: clickToSaved as number[],
    };
  } finally {
    await browser.close();
  }
}

export const webWorkshopCase: BenchCase = {
  name: "web-workshop",
  description:
    "the built app in Chromium: a rating recorded in the quick table and the live reveal updated, 40 participants on a 60-criterion grid (budget 16 ms)",
  run: async (options: BenchOptions) => {
    const workspace = workshopWorkspace();
    const warmUp = 5;
    const clicks = options.quick ? 20 : 120;
    const durations = await withBuiltApp((baseUrl) =>
      recordThroughTheUi(baseUrl, workspace, warmUp + clicks),
    );
    const timed = durations.recordAndReveal.slice(warmUp);
    const store = durations.store.slice(warmUp);
    if (timed.length < clicks) {
      options.log(`BENCH web-workshop FAILED: ${timed.length} of ${clicks} ratings were measured`);
      return false;
    }
    const p50 = median(timed);
    const p95 = percentile(timed, 0.95);
    options.log(
      `BENCH web-workshop record+reveal p50=${p50.toFixed(2)} p95=${p95.toFixed(2)} store-p50=${median(store).toFixed(2)} ratings=${clicks} budget=${BUDGET_MS}ms`,
    );
    return true;
  },
};

/** Participants and past cycles of the history case: three times the workshop, five years kept. */
const HISTORY_PARTICIPANTS = 120;
const HISTORY_PAST_CYCLES = 5;

export const webWorkshopHistoryCase: BenchCase = {
  name: "web-workshop-history",
  description: `the built app in Chromium, ${HISTORY_PARTICIPANTS} participants on a 60-criterion grid with ${HISTORY_PAST_CYCLES} past cycles stored: click to updated reveal, save included (goal p95 < ${BUDGET_MS} ms, growth < 1.5 against no past cycle)`,
  run: async (options: BenchOptions) => {
    const warmUp = 5;
    const clicks = options.quick ? 20 : 100;
    const measure = async (pastCycles: number) => {
      const workspace = workshopHistoryWorkspace(HISTORY_PARTICIPANTS, pastCycles);
      const durations = await withBuiltApp((baseUrl) =>
        recordThroughTheUi(baseUrl, workspace, warmUp + clicks),
      );
      const timed = durations.clickToSaved.slice(warmUp);
      if (timed.length < clicks) throw new Error(`${timed.length} of ${clicks} clicks were timed`);
      return {
        p50: median(timed),
        p95: percentile(timed, 0.95),
        revealP95: percentile(durations.recordAndReveal.slice(warmUp), 0.95),
      };
    };
    const alone = await measure(0);
    const withHistory = await measure(HISTORY_PAST_CYCLES);
    options.log(
      `BENCH web-workshop-history participants=${HISTORY_PARTICIPANTS} cycles=${HISTORY_PAST_CYCLES} p50=${withHistory.p50.toFixed(2)} p95=${withHistory.p95.toFixed(2)} growth=${(withHistory.p95 / alone.p95).toFixed(2)} reveal-p95=${withHistory.revealP95.toFixed(2)} budget=${BUDGET_MS}ms`,
    );
    return true;
  },
};
