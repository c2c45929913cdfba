import {
  addAction,
  addMeasure,
  addRecommendation,
  addRosterParticipants,
  addStory,
  type Criterion,
  type Cycle,
  type CycleEditResult,
  createCycle,
  createSession,
  type Grid,
  type Participant,
  type RatingValue,
  recordRating,
  serialiseWorkspace,
  setCollectivePosition,
  type Workspace,
  Workspace as WorkspaceSchema,
} from "@coeval/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type ReadRow, subtractionLeaks } from "./support/attack.ts";
import {
  axeViolations,
  openApp,
  storedRecords,
  VIEWPORTS,
  waitForSaved,
} from "./support/browser.ts";
import {
  horizontalOverflow,
  screenshotPath,
  sharedBrowser,
  shootScreenAndPage,
} from "./support/suite.ts";

const browser = sharedBrowser();

const LEVELS = [
  { value: 1, label: "Pas du tout", descriptor: "Rien n'est fait dans ce sens." },
  { value: 2, label: "Un peu", descriptor: "Des initiatives isolées." },
  { value: 3, label: "Assez", descriptor: "Une pratique régulière." },
  { value: 4, label: "Tout à fait", descriptor: "Une pratique partagée et suivie." },
];

function scaleCriterion(id: string, label: string, extra: Partial<Criterion> = {}): Criterion {
  return {
    id,
    label,
    guidingQuestions: [],
    principleIds: [],
    indicators: [
      {
        id: `${id}-niveau`,
        label: "Positionnement",
        kind: "scale",
        scale: { kind: "maturity", levels: LEVELS, allowNotApplicable: true, allowDontKnow: true },
      },
    ],
    ...extra,
  };
}

/** A 3-dimension adopted grid, an organisation with three groups (one of 2 people), no cycle. */
function workshopFixture(): Workspace {
  const participation = scaleCriterion("participation", "Les usagers prennent part aux décisions", {
    description: "Les personnes accueillies ont voix au chapitre sur le fonctionnement.",
    whyItMatters: "La démocratie locale commence dans nos murs.",
    guidingQuestions: ["Qui décide des horaires ?", "Les usagers viennent-ils à l'AG ?"],
  });
  participation.indicators.push({
    id: "participation-ag",
    label: "Usagers présents à l'AG",
    kind: "quantitative",
    unit: "%",
    direction: "higherBetter",
    baseline: { value: 9, period: "AG 2025" },
    target: 20,
  });
  const grid: Grid = {
    id: "grille-epicerie",
    version: 1,
    name: "Utilité sociale de l'épicerie",
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
        id: "lien",
        label: "Lien social et démocratie locale",
        criteria: [participation, scaleCriterion("accueil", "Un accueil digne et chaleureux")],
      },
      {
        id: "territoire",
        label: "Ancrage territorial",
        criteria: [
          {
            id: "partenariats",
            label: "Des partenariats vivants",
            guidingQuestions: [],
            principleIds: [],
            indicators: [
              {
                id: "partenariats-oui",
                label: "Partenariats actifs",
                kind: "yesPartlyNo",
                allowNotApplicable: false,
                allowDontKnow: true,
              },
            ],
          },
        ],
      },
      {
        id: "gouvernance",
        label: "Gouvernance",
        criteria: [scaleCriterion("decisions", "Des décisions partagées")],
      },
    ],
  };
  const person = (id: string, pseudonym: string, groupId: string): Participant => ({
    id,
    pseudonym,
    groupId,
    roles: [],
    consent: { showName: false, quotes: "none" },
  });
  return WorkspaceSchema.parse({
    formatVersion: 1,
    id: "atelier-epicerie",
    name: "Épicerie du Lien — atelier",
    grids: [grid],
    organisations: [
      {
        id: "epicerie",
        name: "L'Épicerie du Lien",
        kind: "association",
        stakeholderGroups: [
          { id: "salaries", label: "Salariés et bénévoles", side: "internal" },
          { id: "usagers", label: "Usagers", side: "external" },
          { id: "ccas", label: "Travailleurs sociaux du CCAS", side: "external" },
        ],
        participants: [
          person("p-ana", "Ana", "salaries"),
          person("p-bruno", "Bruno", "salaries"),
          person("p-chloe", "Chloé", "salaries"),
          person("p-driss", "Driss", "salaries"),
          person("p-emma", "Emma", "usagers"),
          person("p-farid", "Farid", "usagers"),
          person("p-gaelle", "Gaëlle", "usagers"),
          person("p-hugo", "Hugo", "ccas"),
          person("p-ines", "Inès", "ccas"),
        ],
      },
    ],
  });
}

const SMALL_GROUP = "Travailleurs sociaux du CCAS";

async function importWorkspace(page: Page, workspace: Workspace) {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.locator('[data-testid="import-file"]').setInputFiles({
    name: "atelier.coeval.json",
    mimeType: "application/json",
    buffer: Buffer.from(serialiseWorkspace(workspace)),
  });
  await page.getByRole("heading", { level: 1, name: /La structure|The organisation/ }).waitFor();
}

/** Everything the page shows or says: its text, and the labels and titles read aloud. */
function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const spoken = [...document.querySelectorAll("[aria-label], [title], [alt]")].map((element) =>
      ["aria-label", "title", "alt"].map((name) => element.getAttribute(name) ?? "").join(" "),
    );
    return `${document.body.textContent ?? ""} ${spoken.join(" ")}`;
  });
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(`workshop-${name}.png`) });
}

async function expectAxeClean(page: Page, where: string) {
  const violations = await axeViolations(page);
  expect(violations, where).toEqual([]);
}

interface StoredCycle {
  ratings: { participantId: string; criterionId: string; value: number | string; round: number }[];
  positions: {
    criterionId: string;
    level: number | null;
    status: string;
    dissents: { text: string; groupIds: string[] }[];
  }[];
  measures: { value: number }[];
  stories: { text: string; valence: string }[];
  actions: {
    title: string;
    owner?: string;
    dueDate?: string;
    successSignal?: string;
    criterionIds: string[];
  }[];
  recommendations: { text: string; criterionIds: string[] }[];
}

async function storedCycle(page: Page): Promise<StoredCycle> {
  const [record] = (await storedRecords(page)) as { workspace: { cycles: StoredCycle[] } }[];
  const cycle = record?.workspace.cycles[0];
  if (!cycle) throw new Error("no cycle stored");
  return cycle;
}

/** Clicks a participant's answer in the quick table (a radio labelled "<pseudonym> : <answer>"). */
async function tableAnswer(page: Page, pseudonym: string, answer: string) {
  await page.getByRole("radio", { name: `${pseudonym} : ${answer}`, exact: true }).check();
}

async function passDevice(page: Page, pseudonym: string, answer: RegExp, comment?: string) {
  await page.getByRole("button", { name: new RegExp(`^${pseudonym}`) }).click();
  await page.getByRole("heading", { name: `${pseudonym}, à vous` }).waitFor();
  await page.getByRole("button", { name: answer }).click();
  if (comment) await page.getByLabel("Un commentaire ? (facultatif)").fill(comment);
  await page.getByRole("button", { name: "Valider" }).click();
  await page.getByText("C'est noté. Votre choix est masqué.").waitFor();
  // Nothing of the answer stays on screen for the next person.
  expect(await page.locator(".answer-button").count()).toBe(0);
  await page.getByRole("button", { name: "Au suivant" }).click();
}

async function goToStep(page: Page, step: string) {
  await page
    .getByRole("navigation", { name: "Étapes du critère" })
    .getByRole("link", { name: step, exact: true })
    .click();
  await page.getByRole("heading", { level: 2, name: step, exact: true }).waitFor();
}

async function chooseMode(page: Page, mode: string) {
  await page.getByRole("radio", { name: mode }).check();
}

function revealRow(page: Page, round: number, who: string) {
  return page.locator(`.reveal[data-round="${round}"] .reveal-row`).filter({
    has: page.locator(".reveal-who > span:first-child", { hasText: new RegExp(`^${who}$`) }),
  });
}

/** The groups each reveal row covers, as the structure's own list says. */
const ROW_GROUPS: Record<string, string[]> = {
  "Tout le monde": ["salaries", "usagers", "ccas"],
  "Ensemble interne": ["salaries"],
  "Ensemble externe": ["usagers", "ccas"],
  "Salariés et bénévoles": ["salaries"],
  Usagers: ["usagers"],
  [SMALL_GROUP]: ["ccas"],
};

/** The rows a reveal shows, with how many answered in each (n, N/A and don't know). */
async function revealRows(page: Page, round: number): Promise<ReadRow[]> {
  const rows = page.locator(`.reveal[data-round="${round}"] .reveal-row`);
  const read: ReadRow[] = [];
  for (let index = 0; index < (await rows.count()); index++) {
    const row = rows.nth(index);
    const label = (await row.locator(".reveal-who > span:first-child").textContent()) ?? "";
    const figure = async (term: string) =>
      Number(
        (await row
          .locator("dt", { hasText: term })
          .locator("xpath=following-sibling::dd")
          .textContent()) ?? "NaN",
      );
    const n = Number(((await row.locator(".reveal-n").textContent()) ?? "").replace(/\D/g, ""));
    read.push({
      label,
      groups: ROW_GROUPS[label] ?? [label],
      answers: n + (await figure("N/A")) + (await figure("Ne sait pas")),
    });
  }
  return read;
}

async function medianOf(page: Page, round: number, who: string): Promise<string> {
  const row = revealRow(page, round, who).first();
  return (
    (await row
      .locator("dt", { hasText: "Médiane" })
      .locator("xpath=following-sibling::dd")
      .textContent()) ?? ""
  );
}

describe("running a workshop", () => {
  it("goes through the whole workshop: set-up, two rounds, reveal, positions, evidence, plan", async () => {
    const { page, context, errors } = await openApp(browser());
    await importWorkspace(page, workshopFixture());

    // 1. Set up a cycle on the adopted grid.
    await page.getByRole("link", { name: "Cycles et ateliers", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Cycles d'évaluation" }).waitFor();
    await expectAxeClean(page, "cycle list");
    await page.getByLabel("Nom", { exact: true }).fill("Évaluation 2026");
    await page.getByLabel("Démarche").selectOption("jointEvaluation");
    await page.getByRole("button", { name: "Créer le cycle" }).click();
    await page.getByRole("heading", { level: 1, name: "Évaluation 2026" }).waitFor();
    await page
      .getByLabel("Pourquoi évaluer ?")
      .fill("Préparer l'assemblée générale avec les usagers.");
    await page.getByLabel("Question évaluative").fill("En quoi sommes-nous utiles au quartier ?");
    expect(await page.getByLabel("Seuil d'anonymat").inputValue()).toBe("3");
    await page.getByRole("button", { name: "Ajouter les 9 personnes de la liste" }).click();
    await page
      .getByText(`${SMALL_GROUP} : 2 personnes, moins que le seuil de 3.`, { exact: false })
      .waitFor();
    await page.getByRole("button", { name: "Nouvelle séance" }).click();
    await page.getByLabel("Lieu").fill("La salle du fond");
    await page.getByLabel("Animation").fill("Camille, réseau des épiceries");
    await waitForSaved(page);
    await expectAxeClean(page, "cycle set-up");
    await shoot(page, "setup-fr-projector");
    await page.getByRole("link", { name: "Animer la séance" }).click();

    // 2. Criterion 1, round 1: pass the device for some, quick table for the others.
    await page
      .getByRole("heading", { level: 1, name: "Les usagers prennent part aux décisions" })
      .waitFor();
    await expect.poll(() => page.url()).toMatch(/\/participation\/rate-1$/);
    await expectAxeClean(page, "round 1, pass the device");
    await shoot(page, "round1-choose-fr-projector");
    await passDevice(page, "Ana", /^3 · Assez/, "On consulte sur les produits.");
    await passDevice(page, "Emma", /^1 · Pas du tout/);
    await passDevice(page, "Hugo", /^2 · Un peu/);
    await chooseMode(page, "Saisie rapide (tableau)");
    await expectAxeClean(page, "round 1, quick table");
    await tableAnswer(page, "Bruno", "Assez");
    await tableAnswer(page, "Chloé", "Tout à fait");
    await tableAnswer(page, "Driss", "Assez");
    await tableAnswer(page, "Farid", "Pas du tout");
    await tableAnswer(page, "Gaëlle", "Un peu");
    await tableAnswer(page, "Inès", "Je ne sais pas");
    await page.getByText("9 personnes sur 9 se sont positionnées").waitFor();
    await shoot(page, "round1-table-fr-projector");
    await waitForSaved(page);

    // Reveal of round 1: medians by group, no row for the small group nor for the users
    // (beside "all external" they would give away the two social workers' answers), a
    // gap worth discussing, and nothing left to subtract.
    await page.getByRole("link", { name: "Dévoiler les résultats" }).click();
    await page.getByRole("heading", { level: 2, name: "Dévoilement", exact: true }).waitFor();
    expect(await medianOf(page, 1, "Tout le monde")).toBe("2,5");
    expect(await medianOf(page, 1, "Salariés et bénévoles")).toBe("3");
    expect(await medianOf(page, 1, "Ensemble interne")).toBe("3");
    expect(await medianOf(page, 1, "Ensemble externe")).toBe("1,5");
    const round1 = await revealRows(page, 1);
    expect(round1.map((row) => row.label)).toEqual([
      "Tout le monde",
      "Ensemble interne",
      "Ensemble externe",
      "Salariés et bénévoles",
    ]);
    expect(subtractionLeaks(round1, 3)).toEqual([]);
    await page.getByText("À discuter").first().waitFor();
    await page
      .getByText(`Non détaillé, car moins de 3 personnes y ont répondu : ${SMALL_GROUP}.`)
      .waitFor();
    await page
      .getByText(
        "Non détaillé, car avec les autres lignes il révélerait les réponses de moins de 3 personnes : Usagers.",
      )
      .waitFor();
    await expectAxeClean(page, "reveal round 1");
    await shoot(page, "reveal1-fr-projector");

    // Round 2: the employees move to 2; a reload in the middle loses nothing.
    await page.getByRole("link", { name: "Lancer un 2e tour" }).click();
    await page.getByRole("heading", { level: 2, name: "2e tour", exact: true }).waitFor();
    await tableAnswer(page, "Ana", "Un peu");
    await tableAnswer(page, "Bruno", "Un peu");
    await waitForSaved(page);
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "2e tour", exact: true }).waitFor();
    expect(await page.getByRole("radio", { name: "Ana : Un peu", exact: true }).isChecked()).toBe(
      true,
    );
    expect(await page.getByRole("radio", { name: "Bruno : Un peu", exact: true }).isChecked()).toBe(
      true,
    );
    await tableAnswer(page, "Chloé", "Un peu");
    await tableAnswer(page, "Driss", "Un peu");
    for (const [who, answer] of [
      ["Emma", "Pas du tout"],
      ["Farid", "Pas du tout"],
      ["Gaëlle", "Un peu"],
      ["Hugo", "Un peu"],
      ["Inès", "Je ne sais pas"],
    ] as const) {
      await tableAnswer(page, who, answer);
    }
    await waitForSaved(page);
    await page.getByRole("link", { name: "Dévoiler les résultats" }).click();
    await page.getByRole("heading", { level: 2, name: "Dévoilement du 2e tour" }).waitFor();
    expect(await medianOf(page, 2, "Salariés et bénévoles")).toBe("2");
    expect(await medianOf(page, 1, "Salariés et bénévoles")).toBe("3");
    expect(await medianOf(page, 2, "Tout le monde")).toBe("2");
    // Round 2 beside round 1: subtracting rows of either round leaves nobody exposed.
    expect(subtractionLeaks(await revealRows(page, 2), 3)).toEqual([]);
    expect(subtractionLeaks(await revealRows(page, 1), 3)).toEqual([]);
    expect(await revealRow(page, 2, SMALL_GROUP).count()).toBe(0);
    await expectAxeClean(page, "reveal round 2");
    await shoot(page, "reveal2-fr-projector");

    // Collective position, with the dissent that remains.
    await page.getByRole("link", { name: "Passer à la position collective" }).click();
    await page.getByRole("heading", { level: 2, name: "Position collective" }).waitFor();
    await page.getByRole("radio", { name: "2 · Un peu" }).check();
    await page.getByLabel("Comment la position a été prise").selectOption("majorityWithDissent");
    await page
      .getByLabel("Pourquoi ce niveau ?")
      .fill("Les usagers sont consultés sur les produits, pas sur la gestion.");
    await page.getByRole("button", { name: "Ajouter un désaccord" }).click();
    await page.getByLabel("Désaccord 1").fill("La boîte à idées, c'est déjà de la participation.");
    await page.getByRole("checkbox", { name: "Salariés et bénévoles" }).check();
    await page.getByRole("button", { name: "Ajouter un point fort" }).click();
    await page.getByLabel("Point fort 1").fill("Une boîte à idées relevée chaque mois");
    await page.getByRole("button", { name: "Ajouter un point faible" }).click();
    await page.getByLabel("Point faible 1").fill("L'AG a lieu un mardi après-midi");
    await page.getByLabel("Point faible 1").blur();
    expect(await screenText(page)).not.toContain(SMALL_GROUP);
    await waitForSaved(page);
    await expectAxeClean(page, "position");
    await shoot(page, "position-fr-projector");

    // Evidence: a measure against its baseline and target, and a story.
    await goToStep(page, "Preuves");
    await page.getByText("Situation de départ : 9 %").waitFor();
    await page.getByText("Cible : 20 %").waitFor();
    await page.getByLabel("Valeur").fill("12,5");
    await page.getByLabel("Période").fill("AG 2026");
    await page.getByRole("button", { name: "Enregistrer la valeur" }).click();
    await page.getByText("12,5 % (AG 2026)").waitFor();
    await page
      .getByLabel("Le récit")
      .fill("Je travaille le mardi : je n'ai jamais pu venir à l'AG.");
    await page.getByLabel("Forme").selectOption("testimony");
    await page.getByLabel("Tonalité").selectOption("mixed");
    await page.getByLabel("Qui peut le lire ?").selectOption("internal");
    await page.getByLabel("Raconté par").selectOption({ label: "Emma" });
    await page.getByRole("button", { name: "Ajouter le récit" }).click();
    await page.getByText("Témoignage · Mitigée · Dans la structure · Emma").waitFor();
    await expectAxeClean(page, "evidence");
    await shoot(page, "evidence-fr-projector");

    // Criterion 2: quick table, one round, no agreement.
    await page.getByRole("link", { name: "Critère suivant" }).click();
    await page.getByRole("heading", { level: 1, name: "Un accueil digne et chaleureux" }).waitFor();
    for (const [who, answer] of [
      ["Ana", "Tout à fait"],
      ["Bruno", "Tout à fait"],
      ["Chloé", "Assez"],
      ["Driss", "Tout à fait"],
      ["Emma", "Un peu"],
      ["Farid", "Pas du tout"],
      ["Gaëlle", "Tout à fait"],
      ["Hugo", "Assez"],
      ["Inès", "Assez"],
    ] as const) {
      await tableAnswer(page, who, answer);
    }
    await page.getByRole("link", { name: "Dévoiler les résultats" }).click();
    await page.getByRole("heading", { level: 2, name: "Dévoilement", exact: true }).waitFor();
    expect(await medianOf(page, 1, "Salariés et bénévoles")).toBe("4");
    expect(await revealRow(page, 1, "Usagers").count()).toBe(0);
    expect(subtractionLeaks(await revealRows(page, 1), 3)).toEqual([]);
    await page.getByRole("link", { name: "Passer à la position collective" }).click();
    await page.getByRole("radio", { name: "Pas d'accord" }).check();
    await page
      .getByLabel("Pourquoi ce niveau ?")
      .fill("Les usagers ne se sentent pas toujours bien reçus.");
    await page.getByLabel("Pourquoi ce niveau ?").blur();
    await waitForSaved(page);

    // Criterion 3 (yes / partly / no) with counts, criterion 4 with one person at a time.
    await page.getByRole("link", { name: "Critère suivant" }).click();
    await page.getByRole("heading", { level: 1, name: "Des partenariats vivants" }).waitFor();
    await chooseMode(page, "Main levée (comptage)");
    await page.getByLabel("Salariés et bénévoles : Oui").fill("3");
    await page.getByLabel("Salariés et bénévoles : En partie").fill("1");
    await page.getByLabel("Usagers : Je ne sais pas").fill("3");
    await page.getByText("7 personnes sur 9 se sont positionnées").waitFor();
    await expectAxeClean(page, "counts");
    await shoot(page, "counts-fr-projector");
    await page.getByRole("link", { name: "Critère suivant" }).click();
    await page.getByRole("heading", { level: 1, name: "Des décisions partagées" }).waitFor();
    await chooseMode(page, "Chacun son tour");
    await passDevice(page, "Driss", /^4 · Tout à fait/);

    // The stepper shows what is done.
    const stepper = page.getByRole("navigation", { name: "Critères de la séance" }).first();
    expect(
      await stepper.getByRole("link", { name: /Les usagers prennent part/ }).textContent(),
    ).toContain("position collective notée");
    expect(
      await stepper.getByRole("link", { name: /Des décisions partagées/ }).textContent(),
    ).toContain("1/9");

    // 3. Recommendations and the action plan.
    await page
      .getByRole("link", { name: "Fin de séance : recommandations et plan d'action" })
      .click();
    await page
      .getByRole("heading", { level: 1, name: "Recommandations et plan d'action" })
      .waitFor();
    await page
      .getByLabel("Recommandation", { exact: true })
      .fill("Ouvrir la gouvernance aux usagers.");
    const newRecommendation = page.getByRole("form", { name: "Nouvelle recommandation" });
    await newRecommendation.locator("summary", { hasText: "Critères concernés" }).click();
    await newRecommendation
      .getByRole("checkbox", { name: "Les usagers prennent part aux décisions" })
      .check();
    await page.getByRole("button", { name: "Ajouter la recommandation" }).click();
    await page.getByLabel("Recommandation 1").waitFor();
    await page.getByLabel("Action", { exact: true }).fill("Tenir l'AG un samedi matin");
    await page.getByRole("button", { name: "Ajouter l'action" }).click();
    const action = page.getByRole("group", { name: "Tenir l'AG un samedi matin" });
    await action.getByLabel("Qui s'en charge").fill("La présidente");
    await action.getByLabel("Échéance").fill("2027-01-31");
    await action
      .getByLabel("Comment saurons-nous que ça a marché ?")
      .fill("Au moins 20 % d'usagers à l'AG.");
    await action
      .getByLabel("Suite à la recommandation")
      .selectOption({ label: "Ouvrir la gouvernance aux usagers." });
    await action.locator("summary", { hasText: "Critères concernés" }).click();
    await action.getByRole("checkbox", { name: "Les usagers prennent part aux décisions" }).check();
    await action.getByLabel("Où en est-on ?").fill("Salle réservée");
    await action.getByLabel("Nouvel avancement").selectOption("inProgress");
    await action.getByRole("button", { name: "Noter le suivi" }).click();
    await action.getByText(/Salle réservée \(En cours\)/).waitFor();
    await action.getByLabel("Comment saurons-nous que ça a marché ?").blur();
    await waitForSaved(page);
    await expectAxeClean(page, "plan");
    await shoot(page, "plan-fr-projector");

    // Everything is on the device.
    const stored = await storedCycle(page);
    const r1 = stored.ratings.filter((r) => r.criterionId === "participation" && r.round === 1);
    expect(new Set(r1.map((r) => r.participantId)).size).toBe(9);
    expect(stored.positions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          criterionId: "participation",
          level: 2,
          status: "majorityWithDissent",
        }),
        expect.objectContaining({ criterionId: "accueil", level: null, status: "noAgreement" }),
      ]),
    );
    const participation = stored.positions.find((p) => p.criterionId === "participation");
    expect(participation?.dissents).toEqual([
      { text: "La boîte à idées, c'est déjà de la participation.", groupIds: ["salaries"] },
    ]);
    expect(stored.measures.map((m) => m.value)).toEqual([12.5]);
    expect(stored.stories).toMatchObject([{ valence: "mixed" }]);
    expect(stored.recommendations).toMatchObject([{ criterionIds: ["participation"] }]);
    expect(stored.actions).toMatchObject([
      {
        title: "Tenir l'AG un samedi matin",
        owner: "La présidente",
        dueDate: "2027-01-31",
        successSignal: "Au moins 20 % d'usagers à l'AG.",
        criterionIds: ["participation"],
        status: "inProgress",
      },
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The fixture with a cycle well under way, built with the core: every screen has something to show. */
function inProgressFixture(): Workspace {
  const base = workshopFixture();
  let counter = 0;
  const newId = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, "0")}`;
  const now = () => new Date(Date.UTC(2026, 2, 14, 9, 0, counter)).toISOString();
  const created = createCycle(
    base,
    {
      organisationId: "epicerie",
      grid: { gridId: "grille-epicerie", version: 1 },
      name: "Évaluation 2026",
      mode: "jointEvaluation",
      purpose: "Préparer l'assemblée générale.",
    },
    { newId: () => "cycle-2026" },
  );
  if (!created.ok) throw new Error(created.reason);
  const grid = base.grids[0] as Grid;
  const organisation = base.organisations[0];
  if (!organisation) throw new Error("no organisation");
  const ok = (result: CycleEditResult): Cycle => {
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.cycle;
  };
  let cycle = addRosterParticipants(created.cycle, organisation.participants ?? []);
  cycle = ok(
    createSession(
      cycle,
      { date: "2026-03-14", place: "La salle du fond" },
      { newId: () => "atelier-1", grid },
    ),
  );
  const answers: [string, RatingValue, RatingValue][] = [
    ["p-ana", 3, 2],
    ["p-bruno", 3, 2],
    ["p-chloe", 4, 2],
    ["p-driss", 3, 3],
    ["p-emma", 1, 1],
    ["p-farid", 1, 2],
    ["p-gaelle", 2, 2],
    ["p-hugo", 2, 2],
    ["p-ines", "dontKnow", "dontKnow"],
  ];
  for (const round of [1, 2] as const) {
    for (const [participantId, first, second] of answers) {
      cycle = ok(
        recordRating(
          cycle,
          {
            sessionId: "atelier-1",
            participantId,
            criterionId: "participation",
            value: round === 1 ? first : second,
            round,
          },
          { grid, organisation, now: now(), newId },
        ),
      );
    }
  }
  cycle = ok(
    setCollectivePosition(
      cycle,
      {
        criterionId: "participation",
        sessionId: "atelier-1",
        level: 2,
        status: "majorityWithDissent",
        rationale: "Consultés sur les produits, pas sur la gestion.",
        dissents: [
          { text: "La boîte à idées, c'est déjà de la participation.", groupIds: ["salaries"] },
        ],
        strengths: ["Boîte à idées"],
        weaknesses: ["AG en semaine"],
      },
      { grid, now: now() },
    ),
  );
  cycle = ok(
    addMeasure(
      cycle,
      {
        criterionId: "participation",
        indicatorId: "participation-ag",
        value: 12.5,
        period: "AG 2026",
      },
      { grid, now: now(), newId },
    ),
  );
  cycle = ok(
    addStory(
      cycle,
      {
        text: "Je travaille le mardi : je n'ai jamais pu venir à l'AG.",
        kind: "testimony",
        valence: "mixed",
        consent: "internal",
        criterionIds: ["participation"],
        tellerId: "p-emma",
      },
      { grid, newId },
    ),
  );
  const recommended = addRecommendation(
    cycle,
    { text: "Ouvrir la gouvernance aux usagers.", criterionIds: ["participation"] },
    { grid, newId },
  );
  cycle = ok(recommended);
  cycle = ok(
    addAction(
      cycle,
      {
        title: "Tenir l'AG un samedi matin",
        owner: "La présidente",
        dueDate: "2027-01-31",
        successSignal: "Au moins 20 % d'usagers à l'AG.",
        criterionIds: ["participation"],
      },
      { grid, newId },
    ),
  );
  return { ...created.workspace, cycles: [cycle] };
}

const SCREENS = [
  { name: "cycles", path: "" },
  { name: "setup", path: "/cycle-2026" },
  { name: "plan", path: "/cycle-2026/plan" },
  { name: "round1", path: "/cycle-2026/session/atelier-1/accueil/rate-1" },
  { name: "table", path: "/cycle-2026/session/atelier-1/participation/rate-1", mode: "quickTable" },
  { name: "counts", path: "/cycle-2026/session/atelier-1/partenariats/rate-1", mode: "counts" },
  { name: "reveal1", path: "/cycle-2026/session/atelier-1/participation/reveal-1" },
  { name: "reveal2", path: "/cycle-2026/session/atelier-1/participation/reveal-2" },
  { name: "position", path: "/cycle-2026/session/atelier-1/participation/position" },
  { name: "evidence", path: "/cycle-2026/session/atelier-1/participation/evidence" },
] as const;

describe("every workshop screen, in French and English, on a projector and a phone", () => {
  for (const language of ["fr", "en"] as const) {
    for (const viewport of ["projector", "phone"] as const) {
      it(`is accessible and shown whole (${language}, ${viewport})`, async () => {
        const { page, context, errors } = await openApp(browser(), {
          viewport: VIEWPORTS[viewport],
        });
        await importWorkspace(page, inProgressFixture());
        await waitForSaved(page);
        for (const screen of SCREENS) {
          await page.evaluate(
            ([lang, mode]) => {
              localStorage.setItem(
                "coeval.preferences",
                JSON.stringify({ state: { language: lang }, version: 1 }),
              );
              localStorage.setItem("coeval.entryMode", mode);
            },
            [language, "mode" in screen ? screen.mode : "passDevice"] as const,
          );
          await page.goto(
            `${page.url().replace(/#.*$/, "")}#/w/atelier-epicerie/cycles${screen.path}`,
          );
          await page.reload();
          await page.locator("main h1").first().waitFor();
          await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
          if (screen.name === "reveal1" || screen.name === "reveal2") {
            await page.locator(".reveal-row").first().waitFor();
            const labels = await page.locator(".reveal-who > span:first-child").allTextContents();
            expect(labels).not.toContain(SMALL_GROUP);
          }
          await expectAxeClean(page, `${screen.name} ${language} ${viewport}`);
          const file = `${screen.name}-${language}-${viewport}`;
          await shootScreenAndPage(page, `workshop-${file}`);
          // Nothing is wider than the screen: no sideways scrolling on a phone.
          const overflow = await horizontalOverflow(page);
          const wide =
            overflow > 0
              ? await page.evaluate(() =>
                  [...document.querySelectorAll("body *")]
                    .filter(
                      (e) =>
                        e.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
                    )
                    .slice(0, 5)
                    .map((e) => `${e.tagName}.${e.className}`)
                    .join(", "),
                )
              : "";
          expect(overflow, `${file} is wider than the screen: ${wide}`).toBeLessThanOrEqual(0);
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});

/** What the keyboard is on: a field's label, or a link's or button's text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return "";
    const label =
      element.getAttribute("aria-label") ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.closest("label")?.textContent ??
      element.textContent;
    return (label ?? "").trim();
  });
}

async function tabTo(page: Page, wanted: string | RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (typeof wanted === "string" ? now === wanted : wanted.test(now)) return;
  }
  throw new Error(`Tab never reached ${String(wanted)} (last: ${await focused(page)})`);
}

describe("a criterion run with the keyboard alone", () => {
  it("rates everyone in the quick table, reveals, and records the collective position", async () => {
    const { page, context, errors } = await openApp(browser());
    await importWorkspace(page, inProgressFixture());
    await waitForSaved(page);
    await page.goto(
      `${page.url().replace(/#.*$/, "")}#/w/atelier-epicerie/cycles/cycle-2026/session/atelier-1/accueil/rate-1`,
    );
    await page.getByRole("heading", { level: 1, name: "Un accueil digne et chaleureux" }).waitFor();

    // The entry mode is a group of radios: arrows move between them.
    await tabTo(page, "Chacun son tour");
    await page.keyboard.press("ArrowRight");
    expect(await focused(page)).toBe("Saisie rapide (tableau)");
    await page.locator(".quick-table table").waitFor();

    // In the table: Tab goes from person to person, a digit answers.
    await tabTo(page, "Ana : Pas du tout");
    const answers = ["4", "4", "3", "4", "2", "1", "4", "3", "?"];
    for (const [index, key] of answers.entries()) {
      if (index > 0) await page.keyboard.press("Tab");
      await page.keyboard.press(key);
    }
    expect(await focused(page)).toBe("Inès : Je ne sais pas");
    // Arrows change an answer too: Inès moves from "don't know" back to "not applicable".
    await page.keyboard.press("ArrowLeft");
    expect(await page.getByRole("radio", { name: "Inès : Non applicable" }).isChecked()).toBe(true);
    await page.getByText("9 personnes sur 9 se sont positionnées").waitFor();

    await tabTo(page, "Dévoiler les résultats");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Dévoilement", exact: true }).waitFor();
    await expect.poll(() => focused(page)).toBe("Dévoilement");
    expect(await medianOf(page, 1, "Salariés et bénévoles")).toBe("4");
    await tabTo(page, "Passer à la position collective");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Position collective" }).waitFor();
    await expect.poll(() => focused(page)).toBe("Position collective");

    await tabTo(page, "1 · Pas du tout");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("radio", { name: "3 · Assez" }).isChecked()).toBe(true);
    await tabTo(page, "Pourquoi ce niveau ?");
    await page.keyboard.type("Un accueil chaleureux, mais la file d'attente dehors pèse.");
    await page.keyboard.press("Tab");
    await waitForSaved(page);

    const stored = await storedCycle(page);
    const accueil = stored.ratings.filter((r) => r.criterionId === "accueil");
    const latest = new Map(accueil.map((r) => [r.participantId, r.value]));
    expect(Object.fromEntries(latest)).toEqual({
      "p-ana": 4,
      "p-bruno": 4,
      "p-chloe": 3,
      "p-driss": 4,
      "p-emma": 2,
      "p-farid": 1,
      "p-gaelle": 4,
      "p-hugo": 3,
      "p-ines": "na",
    });
    expect(stored.positions.find((p) => p.criterionId === "accueil")).toMatchObject({
      level: 3,
      status: "consensus",
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a page killed during a workshop", () => {
  it("loses no rating that was shown as recorded", async () => {
    const { page, context, errors } = await openApp(browser());
    await importWorkspace(page, inProgressFixture());
    await waitForSaved(page);
    const address = `${page.url().replace(/#.*$/, "")}#/w/atelier-epicerie/cycles/cycle-2026/session/atelier-1/participation/rate-1`;
    await page.evaluate(() => localStorage.setItem("coeval.entryMode", "quickTable"));
    await page.goto(address);
    await page.locator(".quick-table table").waitFor();
    await tableAnswer(page, "Ana", "Tout à fait");
    await tableAnswer(page, "Bruno", "Un peu");
    await waitForSaved(page);
    // Closed at once, as a crash or a phone's browser killed in the background would: no
    // unload handler runs, only what the device already holds survives.
    await page.close({ runBeforeUnload: false });

    const again = await context.newPage();
    await again.goto(address);
    await again.locator(".quick-table table").waitFor();
    expect(
      await again.getByRole("radio", { name: "Ana : Tout à fait", exact: true }).isChecked(),
    ).toBe(true);
    expect(
      await again.getByRole("radio", { name: "Bruno : Un peu", exact: true }).isChecked(),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
