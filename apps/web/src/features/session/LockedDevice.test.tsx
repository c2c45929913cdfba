import { currentRatings, type Rating } from "@coeval/core";
import { act, cleanup, screen, waitFor } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { usePreferences } from "../../store/preferences.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";
import { sessionHash, sessionWorkspace } from "./testWorkspace.ts";

const CODE = "2468";
const LEVEL_LABELS = /Pas du tout|Un peu|Assez|Tout à fait|Non applicable|Je ne sais pas/;

async function open(hash: string, workspace = sessionWorkspace()) {
  const services = testServices();
  await services.workspaceStore.getState().create(workspace);
  renderApp(hash, services);
  // The first test of the file also waits for the screens' modules to load.
  await screen.findByRole("heading", { level: 1, name: "Participation" }, { timeout: 10_000 });
  const stored = async (criterionId: string, read: (rating: Rating) => unknown) => {
    const cycle = (await services.repository.load(workspace.id))?.workspace.cycles[0];
    if (!cycle) throw new Error("no cycle");
    const map = currentRatings(cycle, { indicatorId: `${criterionId}-niveau`, round: 1 });
    return Object.fromEntries([...map].map(([id, rating]) => [id, read(rating)]));
  };
  const answers = (criterionId = "participation") => stored(criterionId, (r) => r.value);
  const comments = () => stored("participation", (r) => r.comment);
  return { services, answers, comments };
}

/** The lock as another tab (or an earlier visit) left it on the device. */
function storedLock(sessionId = "atelier"): string {
  return JSON.stringify({
    version: 1,
    workspaceId: "espace",
    cycleId: "cycle",
    sessionId,
    round: 1,
    items: [{ criterionId: "participation", indicatorId: "participation-niveau" }],
    code: CODE,
    failedAttempts: 0,
  });
}

async function handOver(user: UserEvent, { following = false } = {}) {
  await user.click(
    await screen.findByRole("button", { name: "Passer l'appareil aux participants" }),
  );
  if (following) {
    await user.click(screen.getByRole("radio", { name: "Ce critère et le suivant de la séance" }));
  }
  await user.type(screen.getByLabelText("Code de déverrouillage (4 à 8 chiffres)"), CODE);
  await user.type(screen.getByLabelText("Le même code, une seconde fois"), CODE);
  await user.click(screen.getByRole("button", { name: "Verrouiller et passer l'appareil" }));
  await screen.findByRole("heading", { level: 1, name: "À qui le tour ?" });
}

async function rate(user: UserEvent, pseudonym: string, answer: RegExp) {
  await user.click(screen.getByRole("button", { name: pseudonym }));
  await screen.findByRole("heading", { level: 1, name: `${pseudonym}, à vous` });
  await user.click(screen.getByRole("button", { name: answer }));
  await user.click(screen.getByRole("button", { name: "Valider" }));
  await user.click(screen.getByRole("button", { name: "Au suivant" }));
}

function expectNothingButTheLockedView() {
  expect(screen.queryAllByRole("navigation")).toEqual([]);
  expect(document.querySelectorAll("a[href], select")).toHaveLength(0);
  expect(screen.queryByRole("radio")).toBeNull();
  expect(document.body.textContent).not.toMatch(/Dévoil|Saisie rapide|Main levée|Médiane/);
  expect(screen.getByText("Appareil verrouillé · positionnement individuel")).toBeVisible();
}

describe("the device handed to participants, locked", () => {
  beforeEach(() => {
    usePreferences.setState({ language: "fr" });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("asks for a code of 4 to 8 digits, typed twice, before locking", async () => {
    const user = userEvent.setup();
    await open(sessionHash("participation", "rate-1"));
    await user.click(
      await screen.findByRole("button", { name: "Passer l'appareil aux participants" }),
    );
    const code = screen.getByLabelText("Code de déverrouillage (4 à 8 chiffres)");
    await user.type(code, "12");
    await user.click(screen.getByRole("button", { name: "Verrouiller et passer l'appareil" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Le code doit compter de 4 à 8 chiffres.");
    expect(code).toHaveFocus();
    await user.type(code, "34");
    await user.type(screen.getByLabelText("Le même code, une seconde fois"), "1243");
    await user.click(screen.getByRole("button", { name: "Verrouiller et passer l'appareil" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Les deux codes ne sont pas les mêmes.");
    expect(screen.getByRole("navigation", { name: "Étapes du critère" })).toBeVisible();
  });

  it("shows only who is next: no navigation, tabs, entry modes or reveal", async () => {
    const user = userEvent.setup();
    await open(sessionHash("participation", "rate-1"));
    expect(screen.getByRole("radio", { name: "Saisie rapide (tableau)" })).toBeVisible();
    await handOver(user);
    expectNothingButTheLockedView();
    expect(screen.getByRole("heading", { level: 1, name: "À qui le tour ?" })).toHaveFocus();
    expect(screen.getByText("À positionner : Participation")).toBeVisible();
    // Every control on the screen: the people present, the language, the facilitator's unlock.
    expect(screen.getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Français",
      "English",
      "Ana",
      "Bruno",
      "Chloé",
      "Emma",
      "Farid",
      "Gaëlle",
      "Hugo",
      "Inès",
      "Réservé à l'animation : déverrouiller",
    ]);
  });

  it("stores a rating entered while locked, hides it, and lists who answered, never what", async () => {
    const user = userEvent.setup();
    const { answers, comments } = await open(sessionHash("participation", "rate-1"));
    await handOver(user);
    await user.click(screen.getByRole("button", { name: "Ana" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Ana, à vous" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: /^3 · Assez/ }));
    await waitFor(async () => expect(await answers()).toEqual({ ana: 3 }));
    await user.type(screen.getByLabelText("Un commentaire ? (facultatif)"), "Bien");
    await user.click(screen.getByRole("button", { name: "Valider" }));

    const next = screen.getByRole("button", { name: "Au suivant" });
    expect(next).toHaveFocus();
    expect(next).toHaveAccessibleDescription(
      "C'est noté. Votre choix est masqué. Passez l'appareil à la personne suivante.",
    );
    expect(document.body.textContent).not.toMatch(LEVEL_LABELS);
    await waitFor(async () => expect(await comments()).toEqual({ ana: "Bien" }));

    await user.click(next);
    expect(screen.queryByRole("button", { name: /Ana/ })).toBeNull();
    expect(screen.getByText("Ana").closest("li")).toHaveTextContent("Ana✓ a répondu");
    expect(screen.getByRole("button", { name: "Bruno" })).toHaveFocus();
    expect(screen.getByText("1 personne sur 8 s'est positionnée")).toBeVisible();
    expect(document.body.textContent).not.toMatch(LEVEL_LABELS);
    expectNothingButTheLockedView();
  });

  it("stays locked whatever the address, and after the page is opened again", async () => {
    const user = userEvent.setup();
    const { services } = await open(sessionHash("participation", "rate-1"));
    await handOver(user);
    await rate(user, "Ana", /^4 · Tout à fait/);

    window.location.hash = sessionHash("participation", "reveal-1");
    await waitFor(() => expect(window.location.hash).toBe(sessionHash("participation", "rate-1")));
    window.location.hash = "#/w/espace/results";
    await waitFor(() => expect(window.location.hash).toBe(sessionHash("participation", "rate-1")));
    expect(screen.getByRole("heading", { level: 1, name: "À qui le tour ?" })).toBeVisible();
    expectNothingButTheLockedView();

    // A reload: the app starts again from what the device stored, at another address.
    cleanup();
    renderApp("#/", { ...testServices(), repository: services.repository });
    await screen.findByRole("heading", { level: 1, name: "À qui le tour ?" });
    expect(screen.getByText("Ana").closest("li")).toHaveTextContent("a répondu");
    expect(screen.queryByRole("heading", { name: "Vos évaluations" })).toBeNull();
    expectNothingButTheLockedView();
  });

  it("locks a tab already open on the reveal when another tab locks the device", async () => {
    await open(sessionHash("participation", "reveal-1"), sessionWorkspace([["ana", 3]]));
    await screen.findByRole("heading", { level: 2, name: "Dévoilement" });
    act(() => {
      localStorage.setItem("coeval.deviceLock", storedLock());
      window.dispatchEvent(new StorageEvent("storage", { key: "coeval.deviceLock" }));
    });
    await screen.findByRole("heading", { level: 1, name: "À qui le tour ?" });
    expectNothingButTheLockedView();
  });

  it("still offers the unlock when the locked session is no longer on the device", async () => {
    const user = userEvent.setup();
    localStorage.setItem("coeval.deviceLock", storedLock("supprimee"));
    const services = testServices();
    await services.workspaceStore.getState().create(sessionWorkspace());
    renderApp("#/", services);
    await screen.findByRole(
      "heading",
      { level: 1, name: /^La séance verrouillée n'est plus sur cet appareil/ },
      { timeout: 10_000 },
    );
    await user.click(screen.getByRole("button", { name: "Réservé à l'animation : déverrouiller" }));
    await user.type(screen.getByLabelText("Code de déverrouillage"), `${CODE}{Enter}`);
    await screen.findByText("Cette séance n'existe pas dans ce cycle.");
  });

  it("unlocks only with the code, back on the rating step of the session", async () => {
    const user = userEvent.setup();
    await open(sessionHash("participation", "rate-1"));
    await handOver(user);
    await user.click(screen.getByRole("button", { name: "Réservé à l'animation : déverrouiller" }));
    const code = screen.getByLabelText("Code de déverrouillage");
    expect(code).toHaveFocus();
    await user.type(code, "1357{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Code incorrect. Encore 2 essais avant une attente.",
    );
    expect(code).toHaveValue("");
    expect(code).toHaveFocus();
    expectNothingButTheLockedView();

    await user.type(code, `${CODE}{Enter}`);
    await screen.findByRole("heading", { level: 1, name: "Participation" });
    expect(screen.getByRole("heading", { level: 2, name: "1er tour" })).toBeVisible();
    expect(window.location.hash).toBe(sessionHash("participation", "rate-1"));
    expect(screen.getByRole("main")).toHaveFocus();
    expect(screen.getByRole("navigation", { name: "Étapes du critère" })).toBeVisible();
  });

  it("makes the facilitator wait after three wrong codes, even across a reload", async () => {
    const user = userEvent.setup();
    const { services } = await open(sessionHash("participation", "rate-1"));
    await handOver(user);
    await user.click(screen.getByRole("button", { name: "Réservé à l'animation : déverrouiller" }));
    for (const wrong of ["1111", "2222", "3333"]) {
      await user.type(screen.getByLabelText("Code de déverrouillage"), `${wrong}{Enter}`);
    }
    expect(screen.getByRole("alert")).toHaveTextContent(/^Code incorrect\.$/);
    expect(screen.getByRole("timer")).toHaveTextContent(
      "Trop d'essais : nouvel essai possible dans 30 secondes.",
    );
    expect(screen.getByRole("button", { name: "Déverrouiller" })).toBeDisabled();

    cleanup();
    renderApp("#/", { ...testServices(), repository: services.repository });
    await user.click(
      await screen.findByRole("button", { name: "Réservé à l'animation : déverrouiller" }),
    );
    expect(screen.getByRole("button", { name: "Déverrouiller" })).toBeDisabled();
  });

  it("takes each person through a sequence of criteria; cancelling a turn erases its choices", async () => {
    const user = userEvent.setup();
    const { answers } = await open(sessionHash("participation", "rate-1"));
    await handOver(user, { following: true });
    expect(screen.getByText("2 critères à positionner, l'un après l'autre")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Ana" }));
    expect(screen.getByText("Critère 1 sur 2")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Critère suivant →" }));
    expect(screen.getByText("Choisissez d'abord un niveau.")).toBeVisible();
    await user.click(screen.getByRole("button", { name: /^2 · Un peu/ }));
    await user.click(screen.getByRole("button", { name: "Critère suivant →" }));
    expect(screen.getByRole("heading", { level: 2, name: "Accueil" })).toHaveFocus();
    expect(screen.getByText("Critère 2 sur 2")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Je ne sais pas" }));
    await user.click(screen.getByRole("button", { name: "Valider" }));
    await waitFor(async () => expect(await answers("accueil")).toEqual({ ana: "dontKnow" }));
    expect(await answers("participation")).toEqual({ ana: 2 });

    await user.click(screen.getByRole("button", { name: "Au suivant" }));
    await user.click(screen.getByRole("button", { name: "Bruno" }));
    await user.click(screen.getByRole("button", { name: /^4 · Tout à fait/ }));
    await waitFor(async () => expect(await answers("participation")).toEqual({ ana: 2, bruno: 4 }));
    await user.click(screen.getByRole("button", { name: "Annuler mon tour" }));
    await waitFor(async () => expect(await answers("participation")).toEqual({ ana: 2 }));
    expect(screen.getByRole("button", { name: "Bruno" })).toHaveFocus();
  });

  it("unlocks without the code after a minute in full view, and the session says so", async () => {
    const user = userEvent.setup();
    await open(sessionHash("participation", "rate-1"));
    await handOver(user);
    await user.click(screen.getByRole("button", { name: "Réservé à l'animation : déverrouiller" }));
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"], now: Date.now() });
    await user.click(screen.getByRole("button", { name: "Code oublié ?" }));
    expect(
      screen.getByRole("heading", { level: 1, name: "Déverrouiller sans le code" }),
    ).toHaveFocus();
    const force = screen.getByRole("button", { name: "Déverrouiller sans code" });
    expect(force).toBeDisabled();
    expect(screen.getByRole("timer")).toHaveTextContent("possible dans 60 secondes.");
    act(() => vi.advanceTimersByTime(59_000));
    expect(force).toBeDisabled();
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Le déverrouillage sans code est possible.",
    );
    await user.click(force);

    await screen.findByRole("heading", { level: 2, name: "1er tour" });
    expect(window.location.hash).toBe(sessionHash("participation", "rate-1"));
    const notice = screen.getByRole("complementary", { name: /Appareil déverrouillé sans code/ });
    expect(notice).toHaveTextContent("refaites le tour de positionnement");
    await user.click(screen.getByRole("button", { name: "J'ai compris" }));
    expect(screen.queryByRole("complementary", { name: /sans code/ })).toBeNull();
  });
});
