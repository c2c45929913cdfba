import {
  addRosterParticipants,
  type Criterion,
  createCycle,
  createSession,
  type Grid,
  type Participant,
  serialiseWorkspace,
  type Workspace,
  Workspace as WorkspaceSchema,
} from "@coeval/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, openApp, storedRecords, VIEWPORTS } from "./support/browser.ts";
import { horizontalOverflow, sharedBrowser, shootScreenAndPage } from "./support/suite.ts";

const browser = sharedBrowser();

const LEVELS = [
  { value: 1, label: "Pas du tout", descriptor: "Les décisions se prennent sans les bénévoles." },
  { value: 2, label: "Un peu", descriptor: "On demande leur avis, parfois." },
  { value: 3, label: "Assez", descriptor: "Ils sont consultés avant chaque décision importante." },
  { value: 4, label: "Tout à fait", descriptor: "Ils décident avec les salariés." },
];
const CODE = "4826";

function criterion(id: string, label: string, guidingQuestions: string[] = []): Criterion {
  return {
    id,
    label,
    guidingQuestions,
    principleIds: [],
    indicators: [
      {
        id: `${id}-niveau`,
        label: "Positionnement",
        kind: "scale",
        scale: { kind: "agreement", levels: LEVELS, allowNotApplicable: true, allowDontKnow: true },
      },
    ],
  };
}

/** A ressourcerie's workshop, set up with the core: four volunteers present, nothing rated yet. */
function fixture(): Workspace {
  const grid: Grid = {
    id: "grille-quai",
    version: 1,
    name: "Utilité sociale de la ressourcerie",
    language: "fr",
    status: "adopted",
    provenance: {},
    levelNames: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
    glossary: [],
    principles: [],
    globalScore: { enabled: false },
    createdAt: "2026-01-10T09:00:00.000Z",
    adoptedAt: "2026-01-20T09:00:00.000Z",
    dimensions: [
      {
        id: "gouvernance",
        label: "Gouvernance partagée",
        criteria: [
          criterion("decisions", "Les bénévoles prennent part aux décisions", [
            "Qui fixe les horaires de la boutique ?",
          ]),
          criterion("accueil", "Chacun trouve sa place"),
        ],
      },
    ],
  };
  const person = (id: string, pseudonym: string): Participant => ({
    id,
    pseudonym,
    groupId: "benevoles",
    roles: [],
    consent: { showName: false, quotes: "none" },
  });
  const roster = [
    person("p-ana", "Ana"),
    person("p-bruno", "Bruno"),
    person("p-chloe", "Chloé"),
    person("p-driss", "Driss"),
  ];
  const base = WorkspaceSchema.parse({
    formatVersion: 1,
    id: "ressourcerie",
    name: "Ressourcerie du Quai",
    grids: [grid],
    organisations: [
      {
        id: "quai",
        name: "Ressourcerie du Quai",
        kind: "association",
        stakeholderGroups: [{ id: "benevoles", label: "Bénévoles", side: "internal" }],
        participants: roster,
      },
    ],
  });
  const created = createCycle(
    base,
    {
      organisationId: "quai",
      grid: { gridId: "grille-quai", version: 1 },
      name: "Évaluation 2026",
      mode: "selfEvaluation",
    },
    { newId: () => "cycle-2026" },
  );
  if (!created.ok) throw new Error(created.reason);
  const session = createSession(
    addRosterParticipants(created.cycle, roster),
    { date: "2026-04-02", place: "L'atelier vélo" },
    { newId: () => "atelier", grid },
  );
  if (!session.ok) throw new Error(JSON.stringify(session.issues));
  return { ...created.workspace, cycles: [session.cycle] };
}

const SESSION = "#/w/ressourcerie/cycles/cycle-2026/session/atelier";
const RATE = `${SESSION}/decisions/rate-1`;

async function importFixture(page: Page) {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.locator('[data-testid="import-file"]').setInputFiles({
    name: "ressourcerie.coeval.json",
    mimeType: "application/json",
    buffer: Buffer.from(serialiseWorkspace(fixture())),
  });
  await page.getByRole("heading", { level: 1, name: /La structure|The organisation/ }).waitFor();
}

async function openSession(page: Page) {
  await page.goto(`${page.url().replace(/#.*$/, "")}${RATE}`);
  await page
    .getByRole("heading", { level: 1, name: /Les bénévoles prennent part aux décisions/ })
    .waitFor();
}

const labels = {
  fr: {
    start: "Passer l'appareil aux participants",
    code: "Code de déverrouillage (4 à 8 chiffres)",
    again: "Le même code, une seconde fois",
    lock: "Verrouiller et passer l'appareil",
    whoIsNext: "À qui le tour ?",
    locked: "Appareil verrouillé · positionnement individuel",
    yourTurn: (who: string) => `${who}, à vous`,
    validate: "Valider",
    hidden: "C'est noté. Votre choix est masqué.",
    nextPerson: "Au suivant",
    unlockOpen: "Réservé à l'animation : déverrouiller",
    unlockCode: "Code de déverrouillage",
    unlock: "Déverrouiller",
    wrongCode: "Code incorrect. Encore 2 essais avant une attente.",
    forgotten: "Code oublié ?",
    forcedUnlock: "Déverrouiller sans code",
    unlockedWithoutCode: /Appareil déverrouillé sans code/,
  },
  en: {
    start: "Hand the device to participants",
    code: "Unlock code (4 to 8 digits)",
    again: "The same code, a second time",
    lock: "Lock and hand the device over",
    whoIsNext: "Whose turn is it?",
    locked: "Device locked · individual rating",
    yourTurn: (who: string) => `${who}, your turn`,
    validate: "Confirm",
    hidden: "Noted. Your choice is hidden.",
    nextPerson: "Next person",
    unlockOpen: "Facilitator only: unlock",
    unlockCode: "Unlock code",
    unlock: "Unlock",
    wrongCode: "Wrong code. 2 more tries before a wait.",
    forgotten: "Forgot the code?",
    forcedUnlock: "Unlock without the code",
    unlockedWithoutCode: /Device unlocked without the code/,
  },
} as const;
type Language = keyof typeof labels;

async function handOver(page: Page, language: Language = "fr") {
  const l = labels[language];
  await page.getByRole("button", { name: l.start }).click();
  await page.getByLabel(l.code).fill(CODE);
  await page.getByLabel(l.again).fill(CODE);
  await page.getByRole("button", { name: l.lock }).click();
  await page.getByRole("heading", { level: 1, name: l.whoIsNext }).waitFor();
}

async function rate(page: Page, who: string, answer: RegExp, language: Language = "fr") {
  const l = labels[language];
  await page.getByRole("button", { name: who, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: l.yourTurn(who) }).waitFor();
  await page.getByRole("button", { name: answer }).click();
  await page.getByRole("button", { name: l.validate }).click();
  await page.getByRole("heading", { level: 1, name: l.hidden }).waitFor();
}

/**
 * What of anyone's rating the page shows or says: a level's label outside the answer buttons
 * of the person rating, a chosen answer button, or the reveal's figures. Empty: nothing.
 */
function ratingsShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const buttons of copy.querySelectorAll(".answer-buttons")) buttons.remove();
    const spoken = [...copy.querySelectorAll("[aria-label], [title], [alt]")].map((element) =>
      ["aria-label", "title", "alt"].map((name) => element.getAttribute(name) ?? "").join(" "),
    );
    const text = `${copy.textContent ?? ""} ${spoken.join(" ")}`;
    const found = ["Pas du tout", "Un peu", "Assez", "Tout à fait", "Médiane", "n = "].filter(
      (word) => text.includes(word),
    );
    const chosen = document.querySelectorAll('.answer-button[aria-pressed="true"]').length;
    return chosen > 0 ? [...found, `${chosen} chosen answer`] : found;
  });
}

/** The locked view and nothing else: no link, no navigation, no entry mode, no figures. */
async function expectStillLocked(page: Page, after: string) {
  await page.getByText(labels.fr.locked).waitFor();
  expect(await ratingsShown(page), after).toEqual([]);
  expect(await page.locator("a[href], nav, select, [role=radio], input[type=radio]").count()).toBe(
    0,
  );
  await expect.poll(() => page.evaluate(() => window.location.hash), { message: after }).toBe(RATE);
}

/** Back to "whose turn?" when an escape attempt landed on a person's button and began a turn. */
async function backToTheList(page: Page) {
  const cancel = page.getByRole("button", { name: "Annuler mon tour" });
  if (await cancel.isVisible()) await cancel.click();
  const next = page.getByRole("button", { name: labels.fr.nextPerson });
  if (await next.isVisible()) await next.click();
  await page.getByRole("heading", { level: 1, name: labels.fr.whoIsNext }).waitFor();
}

describe("handing the device to participants, locked", () => {
  it("keeps three turns silent whatever the holder tries, then reveals them after the code", async () => {
    // Tall enough for the header, the tabs and the entry modes to be on one screen.
    const viewport = { width: 1280, height: 1200 };
    const { page, context, errors } = await openApp(browser(), { viewport });
    await importFixture(page);
    await openSession(page);

    // Where the header link, the tabs and the entry modes are on screen before the device is
    // handed over: the holder will tap there.
    await page.evaluate(() => window.scrollTo(0, 0));
    const escapes = [
      page.locator(".brand"),
      page.getByRole("navigation").first().getByRole("link", { name: "Résultats" }),
      page.getByRole("navigation", { name: "Étapes du critère" }).getByRole("link", {
        name: "Dévoilement",
        exact: true,
      }),
      page.getByText("Saisie rapide (tableau)"),
    ];
    const spots: { x: number; y: number }[] = [];
    for (const target of escapes) {
      const box = await target.boundingBox();
      if (!box || box.y < 0 || box.y + box.height > viewport.height) {
        throw new Error(`${target} is not on the first screen`);
      }
      spots.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    }

    await handOver(page);
    await expectStillLocked(page, "locked");
    await shootScreenAndPage(page, "device-lock-journey-choose");

    // Ana rates; then taps where the tabs and the reveal were.
    await rate(page, "Ana", /^1 · Pas du tout/);
    await expectStillLocked(page, "Ana's answer hidden");
    await page.getByRole("button", { name: labels.fr.nextPerson }).click();
    for (const spot of spots) {
      await page.mouse.click(spot.x, spot.y);
      await expectStillLocked(page, `a tap at ${spot.x},${spot.y}`);
      await backToTheList(page);
    }
    // The keyboard reaches only the locked view's controls.
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      reached.add(
        await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return "body";
          return `${element.tagName.toLowerCase()}:${element.textContent?.trim() ?? ""}`;
        }),
      );
    }
    expect([...reached].filter((element) => element.startsWith("a:"))).toEqual([]);
    expect(reached).toContain("button:Bruno");
    expect(reached).toContain(`button:${labels.fr.unlockOpen}`);

    // Bruno rates; then the back button, Alt+Left and typed addresses.
    await rate(page, "Bruno", /^3 · Assez/);
    await page.getByRole("button", { name: labels.fr.nextPerson }).click();
    // Counts the address changes, to be sure each attempt did move away before the lock came back.
    await page.evaluate(() => {
      const counted = window as unknown as { addressChanges: number };
      counted.addressChanges = 0;
      window.addEventListener("hashchange", () => counted.addressChanges++);
    });
    const addressChanges = () =>
      page.evaluate(() => (window as unknown as { addressChanges: number }).addressChanges);
    await page.goBack();
    await expectStillLocked(page, "the back button");
    expect(await addressChanges()).toBeGreaterThan(0);
    await page.keyboard.press("Alt+ArrowLeft");
    await expectStillLocked(page, "Alt+Left");
    const beforeHistoryBack = await addressChanges();
    await page.evaluate(() => history.back());
    await expectStillLocked(page, "history.back()");
    expect(await addressChanges()).toBeGreaterThan(beforeHistoryBack);
    for (const address of [
      `${SESSION}/decisions/reveal-1`,
      "#/w/ressourcerie/results",
      "#/w/ressourcerie/cycles/cycle-2026",
      "#/",
    ]) {
      const before = await addressChanges();
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, address);
      await expectStillLocked(page, `location.hash = ${address}`);
      expect(await addressChanges()).toBeGreaterThan(before);
    }

    // Chloé rates; a reload, and a new tab on the results, come back locked.
    await rate(page, "Chloé", /^4 · Tout à fait/);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: labels.fr.whoIsNext }).waitFor();
    await expectStillLocked(page, "a reload");
    const listed = await page.locator(".person-answered").allTextContents();
    expect(listed.map((text) => text.replace(/✓.*/, "").trim())).toEqual(["Ana", "Bruno", "Chloé"]);
    const tab = await context.newPage();
    await tab.goto(`${page.url().replace(/#.*$/, "")}#/w/ressourcerie/results`);
    await expectStillLocked(tab, "a new tab on the results");
    await tab.close();

    // Every answer is on the device, though none is shown.
    const [record] = (await storedRecords(page)) as {
      workspace: { cycles: { ratings: { participantId: string; value: unknown }[] }[] };
    }[];
    const ratings = record?.workspace.cycles[0]?.ratings ?? [];
    expect(Object.fromEntries(ratings.map((r) => [r.participantId, r.value]))).toEqual({
      "p-ana": 1,
      "p-bruno": 3,
      "p-chloe": 4,
    });

    // The facilitator unlocks: a wrong code first, then the right one.
    await page.getByRole("button", { name: labels.fr.unlockOpen }).click();
    await page.getByLabel(labels.fr.unlockCode, { exact: true }).fill("1234");
    await page.getByRole("button", { name: labels.fr.unlock, exact: true }).click();
    await page.getByRole("alert").getByText(labels.fr.wrongCode).waitFor();
    await expectStillLocked(page, "a wrong code");
    await page.getByLabel(labels.fr.unlockCode, { exact: true }).fill(CODE);
    await page.getByRole("button", { name: labels.fr.unlock, exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "1er tour" }).waitFor();
    expect(page.url()).toMatch(/\/decisions\/rate-1$/);

    await page.getByRole("link", { name: "Dévoiler les résultats" }).click();
    await page.getByRole("heading", { level: 2, name: "Dévoilement", exact: true }).waitFor();
    const everyone = page.locator(".reveal-row", { hasText: "Tout le monde" });
    expect(await everyone.textContent()).toContain("n = 3");
    expect(await everyone.getByRole("img").getAttribute("aria-label")).toMatch(
      /Pas du tout 1.*Assez 1.*Tout à fait 1/,
    );
    // The check used while locked does see ratings when they are shown.
    expect(await ratingsShown(page)).toContain("Médiane");
    await shootScreenAndPage(page, "device-lock-journey-reveal");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the locked view, in French and English, on a projector and a phone", () => {
  for (const language of ["fr", "en"] as const) {
    for (const viewport of ["projector", "phone"] as const) {
      it(`is accessible and fits the screen (${language}, ${viewport})`, async () => {
        const l = labels[language];
        const { page, context, errors } = await openApp(browser(), {
          viewport: VIEWPORTS[viewport],
        });
        await importFixture(page);
        await page.evaluate((lang) => {
          localStorage.setItem(
            "coeval.preferences",
            JSON.stringify({ state: { language: lang }, version: 1 }),
          );
          localStorage.setItem("coeval.entryMode", "passDevice");
        }, language);
        await page.goto(`${page.url().replace(/#.*$/, "")}${RATE}`);
        await page.reload();
        await page.getByRole("heading", { level: 1, name: /Les bénévoles/ }).waitFor();
        await page.getByRole("button", { name: l.start }).click();
        await page.getByLabel(l.code).fill("12");

        const check = async (state: string) => {
          await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
          await shootScreenAndPage(page, `device-lock-${state}-${language}-${viewport}`);
          expect(await horizontalOverflow(page), `${state} overflows`).toBeLessThanOrEqual(0);
          expect(await axeViolations(page), state).toEqual([]);
        };
        await page.getByRole("button", { name: l.lock }).click();
        await page.getByRole("alert").locator("p").waitFor();
        await check("form");

        await page.getByLabel(l.code).fill(CODE);
        await page.getByLabel(l.again).fill(CODE);
        await page.getByRole("button", { name: l.lock }).click();
        await page.getByRole("heading", { level: 1, name: l.whoIsNext }).waitFor();
        await rate(page, "Ana", /^2 · /, language);
        await page.getByRole("button", { name: l.nextPerson }).click();
        await check("choose");

        await page.getByRole("button", { name: "Bruno", exact: true }).click();
        await page.getByRole("button", { name: /^3 · / }).click();
        await check("rate");
        await page.getByRole("button", { name: l.validate }).click();
        await check("hidden");

        await page.getByRole("button", { name: l.unlockOpen }).click();
        await page.getByLabel(l.unlockCode, { exact: true }).fill("0000");
        await page.getByRole("button", { name: l.unlock, exact: true }).click();
        await page.getByRole("alert").getByText(l.wrongCode).waitFor();
        await check("unlock");

        // A forgotten code: the minute's wait, then the session says the device was unlocked.
        await page.clock.install();
        await page.getByRole("button", { name: l.forgotten }).click();
        await page.getByRole("timer").waitFor();
        await check("forced");
        await page.clock.fastForward(60_000);
        await page.getByRole("button", { name: l.forcedUnlock }).click();
        const notice = page.getByRole("complementary", { name: l.unlockedWithoutCode });
        await notice.waitFor();
        expect(page.url()).toMatch(/\/decisions\/rate-1$/);
        // The facilitator lands where the notice is on screen, not further down the page.
        const box = await notice.boundingBox();
        expect(box?.y).toBeGreaterThanOrEqual(0);
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(VIEWPORTS[viewport].height);
        await check("unlocked-without-code");
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
