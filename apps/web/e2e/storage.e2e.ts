import { readFileSync } from "node:fs";
import { safeParseWorkspace } from "@coeval/core";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, openApp, storedRecords, waitForSaved } from "./support/browser.ts";
import { sharedBrowser, shootScreenAndPage } from "./support/suite.ts";

const browser = sharedBrowser();

/** What the previous release kept in IndexedDB for the demo: one value per workspace. */
const previousRelease = JSON.parse(
  readFileSync(new URL("./fixtures/previous-release-record.json", import.meta.url), "utf8"),
) as { id: string; workspace: { organisations: Array<{ name: string; territory: string }> } };

/**
 * Writes the database as the previous release left it (version 1, one `workspaces` store), from
 * a page of the app's origin that does not run the app.
 */
async function storeAsPreviousRelease(context: BrowserContext, origin: string): Promise<void> {
  const blank = `${origin}previous-release`;
  await context.route(blank, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>seed</title>" }),
  );
  const page = await context.newPage();
  await page.goto(blank);
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("coeval", 1);
        request.onupgradeneeded = () =>
          request.result.createObjectStore("workspaces", { keyPath: "id" });
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction("workspaces", "readwrite");
          transaction.objectStore("workspaces").put(record);
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    previousRelease,
  );
  await page.close();
}

/** Starts a new evaluation from the home screen; returns its workspace id once it is saved. */
async function startNewEvaluation(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Nouvelle évaluation" }).click();
  await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
  await waitForSaved(page);
  return /#\/w\/([^/]+)\//.exec(page.url())?.[1] ?? "";
}

async function openStructure(page: Page, workspaceId: string): Promise<void> {
  await page.goto(`${page.url().replace(/#.*$/, "")}#/w/${workspaceId}/structure`);
  await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
}

describe("what the device keeps", () => {
  it("opens a workspace stored by the previous release unchanged, now kept as records", async () => {
    const { page, context, errors } = await openApp(browser(), { hash: "#/404" });
    const origin = page.url().replace(/#.*$/, "");
    await page.close();
    await storeAsPreviousRelease(context, origin);

    const app = await context.newPage();
    app.on("pageerror", (error) => errors.push(error.message));
    await app.goto(`${origin}#/`);
    const organisation = previousRelease.workspace.organisations[0];
    await app
      .getByRole("link", { name: /L'Épicerie du Lien/ })
      .first()
      .click();
    await app.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    expect(await app.getByLabel("Territoire").inputValue()).toBe(organisation?.territory);
    await shootScreenAndPage(app, "storage-previous-release");

    const [stored] = (await storedRecords(app)) as Array<{ workspace: unknown; version: number }>;
    const read = safeParseWorkspace(stored?.workspace);
    const expected = safeParseWorkspace(previousRelease.workspace);
    expect(read.ok && expected.ok && read.workspace).toEqual(expected.ok && expected.workspace);
    expect(stored?.version).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the edits of two tabs on one workspace, each shown in the other", async () => {
    const { page: first, context, errors } = await openApp(browser());
    const workspaceId = await startNewEvaluation(first);
    const second = await context.newPage();
    second.on("pageerror", (error) => errors.push(error.message));
    await second.goto(first.url());
    await openStructure(second, workspaceId);

    await first.getByLabel("Territoire").fill("Quartier des Tanneurs, Tours");
    await waitForSaved(first);
    // The second tab shows the first one's change without a reload…
    await expect
      .poll(() => second.getByLabel("Territoire").inputValue())
      .toBe("Quartier des Tanneurs, Tours");
    // …and its own change, made next, keeps it.
    await second.getByLabel("Réseau").fill("Réseau des épiceries solidaires");
    await waitForSaved(second);
    await shootScreenAndPage(second, "storage-second-tab");

    const third = await context.newPage();
    await third.goto(first.url());
    await openStructure(third, workspaceId);
    expect(await third.getByLabel("Territoire").inputValue()).toBe("Quartier des Tanneurs, Tours");
    expect(await third.getByLabel("Réseau").inputValue()).toBe("Réseau des épiceries solidaires");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says which value was kept when both tabs changed the same one", async () => {
    const { page: first, context, errors } = await openApp(browser());
    const workspaceId = await startNewEvaluation(first);
    // A tab that is not told of the other's writes (a browser without BroadcastChannel, or a
    // message not yet arrived): it still holds the old copy when it writes.
    const second = await context.newPage();
    await second.addInitScript(() => {
      Object.defineProperty(window, "BroadcastChannel", { value: undefined });
    });
    second.on("pageerror", (error) => errors.push(error.message));
    await second.goto(first.url());
    await openStructure(second, workspaceId);

    await first.getByLabel("Territoire").fill("Nantes");
    await waitForSaved(first);
    await second.getByLabel("Territoire").fill("Rennes");
    await second.getByLabel("Réseau").click();
    const notice = second.getByRole("status").filter({ hasText: "autre onglet" });
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Gardé : « Nantes » (au lieu de « Rennes »)");
    await expect.poll(() => second.getByLabel("Territoire").inputValue()).toBe("Nantes");
    expect(await axeViolations(second)).toEqual([]);
    await shootScreenAndPage(second, "storage-conflict");
    await second.getByRole("button", { name: "J'ai vérifié" }).click();
    await notice.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
