import { currentRatings } from "@coeval/core";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { usePreferences } from "../../store/preferences.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";
import { SMALL_GROUP_LABEL, sessionHash, sessionWorkspace } from "./testWorkspace.ts";

async function open(hash: string, workspace = sessionWorkspace()) {
  const services = testServices();
  await services.workspaceStore.getState().create(workspace);
  renderApp(hash, services);
  const stored = async () => (await services.repository.load(workspace.id))?.workspace;
  const current = async (round: 1 | 2 = 1) => {
    const cycle = (await stored())?.cycles[0];
    if (!cycle) throw new Error("no cycle");
    const map = currentRatings(cycle, { indicatorId: "participation-niveau", round });
    return Object.fromEntries([...map].map(([id, rating]) => [id, rating.value]));
  };
  return { services, stored, current };
}

describe("the workshop screen", () => {
  beforeEach(() => {
    usePreferences.setState({ language: "fr" });
    localStorage.clear();
  });

  it("passes the device: records each answer and hides it before the next person", async () => {
    const user = userEvent.setup();
    const { current } = await open(sessionHash("participation", "rate-1"));
    await screen.findByRole("heading", { level: 1, name: "Participation" });
    await user.click(screen.getByRole("button", { name: "Ana" }));
    await screen.findByRole("heading", { name: "Ana, à vous" });
    await user.click(screen.getByRole("button", { name: /^3 · Assez/ }));
    await user.type(screen.getByLabelText("Un commentaire ? (facultatif)"), "Bien");
    await user.click(screen.getByRole("button", { name: "Valider" }));
    expect(screen.getByText("C'est noté. Votre choix est masqué.")).toBeVisible();
    expect(screen.queryByRole("button", { name: /Assez/ })).toBeNull();
    expect(document.querySelector(".answer-button")).toBeNull();
    expect(screen.getByRole("button", { name: "Au suivant" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Au suivant" }));
    // The list says who answered, never what.
    expect(screen.getByRole("button", { name: /^Ana.*déjà positionné/ })).toBeVisible();
    const list = document.querySelector(".pass-device") as HTMLElement;
    expect(within(list).queryByText(/Assez/)).toBeNull();
    expect(screen.getByRole("button", { name: "Bruno" })).toHaveFocus();
    await waitFor(async () => expect(await current()).toEqual({ ana: 3 }));
    expect(screen.getByText("1 personne sur 8 s'est positionnée")).toBeVisible();
  });

  it("asks for a level before confirming", async () => {
    const user = userEvent.setup();
    await open(sessionHash("participation", "rate-1"));
    await user.click(await screen.findByRole("button", { name: "Emma" }));
    await user.click(screen.getByRole("button", { name: "Valider" }));
    expect(screen.getByText("Choisissez d'abord un niveau.")).toBeVisible();
  });

  it("takes the quick table from the keyboard: digits, N, ?, Delete, every key saved", async () => {
    const user = userEvent.setup();
    localStorage.setItem("coeval.entryMode", "quickTable");
    const { current } = await open(sessionHash("participation", "rate-1"));
    const bruno = await screen.findByRole("radio", { name: "Bruno : Pas du tout" });
    bruno.focus();
    await user.keyboard("3");
    expect(screen.getByRole("radio", { name: "Bruno : Assez" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Bruno : Assez" })).toHaveFocus();
    await user.tab();
    await user.keyboard("n");
    expect(screen.getByRole("radio", { name: "Chloé : Non applicable" })).toBeChecked();
    await user.tab();
    await user.keyboard("?");
    await waitFor(async () =>
      expect(await current()).toEqual({ bruno: 3, chloe: "na", emma: "dontKnow" }),
    );
    await user.keyboard("{Delete}");
    await waitFor(async () => expect(await current()).toEqual({ bruno: 3, chloe: "na" }));
    await user.click(screen.getByRole("radio", { name: "Farid : Un peu" }));
    await waitFor(async () => expect((await current()).farid).toBe(2));
  });

  it("reveals by group from the core's results, never showing the figures of a group below the threshold, nor a row that would give them away", async () => {
    await open(
      sessionHash("participation", "reveal-1"),
      sessionWorkspace([
        ["ana", 3],
        ["bruno", 3],
        ["chloe", 4],
        ["emma", 1],
        ["farid", 1],
        ["gaelle", 2],
        ["hugo", 2],
        ["ines", "dontKnow"],
      ]),
    );
    const reveal = await screen.findByRole("region", { name: "Résultats du tour 1" });
    const rows = within(reveal)
      .getAllByRole("listitem")
      .filter((item) => item.classList.contains("reveal-row"));
    const medians = rows.map((row) => [
      row.querySelector(".reveal-who span")?.textContent,
      within(row).getByText("Médiane").nextElementSibling?.textContent,
    ]);
    // "All external" minus the customers would be the two social workers' answers.
    expect(medians).toEqual([
      ["Tout le monde", "2"],
      ["Ensemble interne", "3"],
      ["Ensemble externe", "1,5"],
      ["Salariés", "3"],
    ]);
    expect(within(reveal).getByText(/À discuter/)).toBeVisible();
    expect(within(reveal).queryByText(SMALL_GROUP_LABEL)).toBeNull();
    expect(
      within(reveal).getByText(
        `Non détaillé, car moins de 3 personnes y ont répondu : ${SMALL_GROUP_LABEL}.`,
      ),
    ).toBeVisible();
    expect(
      within(reveal).getByText(
        "Non détaillé, car avec les autres lignes il révélerait les réponses de moins de 3 personnes : Usagers.",
      ),
    ).toBeVisible();
  });

  it("records 'no agreement' as a collective position", async () => {
    const user = userEvent.setup();
    const { stored } = await open(sessionHash("participation", "position"));
    await user.click(await screen.findByRole("radio", { name: "Pas d'accord" }));
    await waitFor(async () =>
      expect((await stored())?.cycles[0]?.positions).toMatchObject([
        { criterionId: "participation", level: null, status: "noAgreement", sessionId: "atelier" },
      ]),
    );
    await user.click(screen.getByRole("radio", { name: "2 · Un peu" }));
    expect(screen.getByLabelText("Comment la position a été prise")).toHaveValue("consensus");
    await waitFor(async () =>
      expect((await stored())?.cycles[0]?.positions).toMatchObject([
        { level: 2, status: "consensus" },
      ]),
    );
  });

  it("resumes a session where it was left on this device", async () => {
    localStorage.setItem(
      "coeval.session.atelier",
      JSON.stringify({ criterionId: "accueil", step: "position" }),
    );
    await open("#/w/espace/cycles/cycle/session/atelier");
    await screen.findByRole("heading", { level: 1, name: "Accueil" });
    await waitFor(() => expect(window.location.hash).toBe(sessionHash("accueil", "position")));
  });
});
