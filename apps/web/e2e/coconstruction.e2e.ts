import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp, storedRecords, waitForSaved } from "./support/browser.ts";
import {
  describeScreens,
  type Language,
  type ScreenJourney,
  screenshotPath,
  sharedBrowser,
} from "./support/suite.ts";

const browser = sharedBrowser();

const w = {
  fr: {
    newEvaluation: "Nouvelle évaluation",
    structure: "La structure",
    staff: "Salariés",
    users: "Usagers",
    addParticipant: "Ajouter le participant",
    gridsNav: "Grilles",
    template: /^Partir du modèle/,
    coNav: "Co-construction",
    coTitle: "Co-construire la grille",
    create: "Créer l'atelier",
    proposal: "Critère proposé",
    proposer: "Proposé par (pseudonyme)",
    accept: "Accepter",
    amend: "Amender",
    merge: "Fusionner",
    addToGrid: "Ajouter à la grille",
    addAmended: "Ajouter à la grille sous cette formulation",
    wording: "Formulation retenue par le groupe",
    mergeInto: "Fusionner dans",
    objectionTo: "Noter une objection à",
    objection: "Objection",
    objectionGroup: "Groupe qui objecte",
    recordObjection: "Noter l'objection",
    takeParticipants: /^Reprendre les 6 participants/,
    dots: (who: string, label: string) => `Gommettes de ${who} pour « ${label} »`,
    tally: "Gommettes par critère, groupe par groupe (les plus choisis d'abord)",
  },
  en: {
    newEvaluation: "New evaluation",
    structure: "The organisation",
    staff: "Staff",
    users: "Users",
    addParticipant: "Add the participant",
    gridsNav: "Grids",
    template: /^Start from the template/,
    coNav: "Co-construction",
    coTitle: "Co-construct the grid",
    create: "Create the workshop",
    proposal: "Proposed criterion",
    proposer: "Proposed by (pseudonym)",
    accept: "Accept",
    amend: "Amend",
    merge: "Merge",
    addToGrid: "Add to the grid",
    addAmended: "Add to the grid with this wording",
    wording: "Wording the group agreed on",
    mergeInto: "Merge into",
    objectionTo: "Record an objection to",
    objection: "Objection",
    objectionGroup: "Group objecting",
    recordObjection: "Record the objection",
    takeParticipants: /^Take the organisation's 6 participants/,
    dots: (who: string, label: string) => `Dots from ${who} on “${label}”`,
    tally: "Dots per criterion, group by group (most chosen first)",
  },
};
const quote = (language: Language, text: string) =>
  language === "fr" ? `« ${text} »` : `“${text}”`;

const PEOPLE = [
  ["Camille", "staff"],
  ["Dominique", "staff"],
  ["Alex", "staff"],
  ["Sam", "users"],
  ["Nour", "users"],
  ["Lou", "users"],
] as const;

/** A new evaluation with two groups of three people and the template grid, on the workshop list. */
async function prepare(page: Page, language: Language) {
  const t = w[language];
  if (language === "en") await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: t.newEvaluation }).click();
  await page.getByRole("heading", { level: 1, name: t.structure }).waitFor();
  const suggestions = page.locator("fieldset.chips");
  await suggestions.getByRole("button", { name: new RegExp(t.staff) }).click();
  await suggestions.getByRole("button", { name: new RegExp(t.users) }).click();
  for (const [pseudonym, group] of PEOPLE) {
    await page.locator("#new-participant-pseudonym").fill(pseudonym);
    await page.locator("#new-participant-group").selectOption({ label: t[group] });
    await page.getByRole("button", { name: t.addParticipant }).click();
  }
  await page.getByRole("link", { name: t.gridsNav, exact: true }).click();
  await page.getByRole("button", { name: t.template }).click();
  await page.locator(".grid-editor h1").waitFor();
  await page.getByRole("link", { name: t.coNav, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: t.coTitle }).waitFor();
}

async function createWorkshopAndDecide(page: Page, language: Language) {
  const t = w[language];
  await page.getByRole("button", { name: t.create }).click();
  await page.locator(".workshop h1").waitFor();
  const proposals: [string, string, string][] = [
    ["Les clients décident", "Sam", t.users],
    ["Horaires adaptés", "Camille", t.staff],
    ["Ouvert le samedi", "Nour", t.users],
  ];
  for (const [label, who, group] of proposals) {
    await page.getByLabel(t.proposal, { exact: true }).fill(label);
    await page.getByLabel(t.proposer).fill(who);
    await page.locator(".proposal-form select").nth(1).selectOption({ label: group });
    await page.getByLabel(t.proposal, { exact: true }).press("Enter");
    await page.getByRole("heading", { level: 3, name: label }).waitFor();
  }
  await page
    .getByRole("button", { name: `${t.accept} ${quote(language, "Les clients décident")}` })
    .click();
  await page.getByRole("button", { name: t.addToGrid, exact: true }).click();
  await page
    .getByRole("button", { name: `${t.amend} ${quote(language, "Horaires adaptés")}` })
    .click();
  await page.getByLabel(t.wording).fill("Des horaires qui conviennent aux clients");
  await page.getByRole("button", { name: t.addAmended }).click();
  await page
    .getByRole("button", { name: `${t.merge} ${quote(language, "Ouvert le samedi")}` })
    .click();
  await page
    .getByLabel(t.mergeInto)
    .selectOption({ label: "Des horaires qui conviennent aux clients" });
  await page.locator(".decision-form").getByRole("button", { name: t.merge, exact: true }).click();
  await page
    .getByRole("button", { name: `${t.objectionTo} ${quote(language, "Les clients décident")}` })
    .click();
  await page
    .getByLabel(t.objection, { exact: true })
    .fill("Les clients n'ont pas le temps de venir aux réunions");
  await page.getByLabel(t.objectionGroup).selectOption({ label: t.staff });
  await page.getByRole("button", { name: t.recordObjection }).click();
}

async function vote(page: Page, language: Language) {
  const t = w[language];
  await page.getByRole("button", { name: t.takeParticipants }).click();
  const dots: Record<string, [string, number][]> = {
    Camille: [
      ["Des horaires qui conviennent aux clients", 3],
      ["Les clients décident", 2],
    ],
    Dominique: [["Des horaires qui conviennent aux clients", 5]],
    Alex: [
      ["Les clients décident", 1],
      ["Des horaires qui conviennent aux clients", 4],
    ],
    Sam: [["Les clients décident", 5]],
    Nour: [
      ["Les clients décident", 4],
      ["Des horaires qui conviennent aux clients", 1],
    ],
    Lou: [["Les clients décident", 3]],
  };
  for (const [who, choices] of Object.entries(dots)) {
    for (const [label, points] of choices) {
      await page.getByLabel(t.dots(who, label)).fill(String(points));
    }
  }
}

describe("a co-construction session", () => {
  it("takes proposals, decides, records an objection, and tallies two groups side by side", async () => {
    const { page, context, errors } = await openApp(browser());
    await prepare(page, "fr");
    await createWorkshopAndDecide(page, "fr");
    await vote(page, "fr");

    // Over budget: refused with a message, nothing changed.
    await page.getByLabel(w.fr.dots("Sam", "Des horaires qui conviennent aux clients")).fill("1");
    await page
      .getByText("Sam a 5 gommettes en tout : 6 demandées. Retirez-en d’abord ailleurs.")
      .waitFor();
    await waitForSaved(page);

    const [record] = (await storedRecords(page)) as {
      workspace: {
        grids: { dimensions: { criteria: { id: string; label: string }[] }[] }[];
        gridWorkshops: {
          proposals: { status: string; criterionId?: string; objections: { groupId?: string }[] }[];
          votes: { voterId: string; points: number }[];
          voters: unknown[];
        }[];
      };
    }[];
    const workshop = record?.workspace.gridWorkshops[0];
    expect(workshop?.proposals.map((p) => p.status)).toEqual(["accepted", "amended", "merged"]);
    expect(workshop?.proposals[0]?.objections).toHaveLength(1);
    expect(workshop?.voters).toHaveLength(6);
    expect(workshop?.votes.reduce((sum, v) => sum + v.points, 0)).toBe(28);
    const labels = record?.workspace.grids[0]?.dimensions.flatMap((d) =>
      d.criteria.map((c) => c.label),
    );
    expect(labels).toEqual(
      expect.arrayContaining(["Les clients décident", "Des horaires qui conviennent aux clients"]),
    );

    const tally = page.getByRole("table", { name: w.fr.tally });
    const headers = await tally.locator("thead th").allTextContents();
    expect(headers).toEqual([
      "Critère",
      "Salariés (3 votants)",
      "Usagers (3 votants)",
      "Tous les votants",
    ]);
    const firstRow = await tally.locator("tbody tr").first().locator("th, td").allTextContents();
    expect(firstRow).toEqual(["Les clients décident", "3", "12", "15"]);
    const secondRow = await tally.locator("tbody tr").nth(1).locator("th, td").allTextContents();
    expect(secondRow).toEqual(["Des horaires qui conviennent aux clients", "12", "1", "13"]);
    await page.getByText(/elle ne pondère jamais un résultat/).waitFor();

    await page.screenshot({
      path: screenshotPath("coconstruction-session-fr-full.png"),
      fullPage: true,
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});

const screens: Record<string, ScreenJourney> = {
  "coconstruction-list": async (page, language) => {
    await prepare(page, language);
  },
  "coconstruction-session": async (page, language) => {
    await prepare(page, language);
    await createWorkshopAndDecide(page, language);
    await vote(page, language);
  },
};

describeScreens("co-construction screens in %s", browser, screens);
