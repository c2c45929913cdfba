import type { Dialog, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, openApp, waitForSaved } from "./support/browser.ts";
import { sharedBrowser } from "./support/suite.ts";

const browser = sharedBrowser();

/** From now on the device refuses every write, as a full disk would; `allowWrites` undoes it. */
function refuseWrites(page: Page): Promise<void> {
  return page.evaluate(() => {
    const prototype = IDBObjectStore.prototype as IDBObjectStore & { realPut?: unknown };
    prototype.realPut = prototype.put;
    prototype.put = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
}

function allowWrites(page: Page): Promise<void> {
  return page.evaluate(() => {
    const prototype = IDBObjectStore.prototype as IDBObjectStore & {
      realPut?: IDBObjectStore["put"];
    };
    if (prototype.realPut) prototype.put = prototype.realPut;
  });
}

describe("a save the device refuses", () => {
  it("stays visible across screens, and the page asks before it is closed", async () => {
    const { page, context, errors } = await openApp(browser());
    await page.getByRole("button", { name: "Essayer la démonstration" }).click();
    await page.getByRole("heading", { level: 1, name: "La structure" }).waitFor();
    await waitForSaved(page);

    await refuseWrites(page);
    const name = page.getByLabel("Nom", { exact: true });
    await name.fill("Épicerie refusée");
    await name.blur();
    const alert = page.getByRole("alert").filter({ hasText: "n'ont pas pu être enregistrées" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("L'Épicerie du Lien »");
    expect(await axeViolations(page)).toEqual([]);

    // Leaving the workspace's screens does not hide it.
    await page.getByRole("link", { name: /Coéval/ }).click();
    await page.getByRole("heading", { level: 1, name: "Vos évaluations" }).waitFor();
    expect(await alert.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Closing the tab asks first; staying keeps the page and the warning.
    const dialogs: string[] = [];
    const stay = (dialog: Dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    };
    page.on("dialog", stay);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(["beforeunload"]);
    expect(page.isClosed()).toBe(false);
    expect(await alert.isVisible()).toBe(true);
    page.off("dialog", stay);

    // Once the device takes the write again, the warning goes and the page closes freely.
    await allowWrites(page);
    await alert.getByRole("button", { name: "Réessayer" }).click();
    await alert.waitFor({ state: "detached" });
    const closed = new Promise<void>((resolve) => page.once("close", () => resolve()));
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual(["beforeunload"]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
