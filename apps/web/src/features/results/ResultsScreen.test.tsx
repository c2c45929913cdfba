import {
  computeCycleResults,
  EXAMPLE_IDS,
  exampleWorkspace,
  formatterFor,
  type Workspace,
} from "@coeval/core";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { usePreferences } from "../../store/preferences.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";

const HIDDEN_GROUPS = ["Services sociaux", "Pairs du réseau"];

async function openResults(
  workspace: Workspace = exampleWorkspace(),
  cycleId = EXAMPLE_IDS.cycle2026,
) {
  const services = testServices();
  await services.workspaceStore.getState().create(workspace);
  renderApp(`#/w/${workspace.id}/results/${cycleId}`, services);
  // The first render loads the screen's chunk and the chart library: slow in jsdom.
  await screen.findByRole("heading", { level: 1, name: "Résultats" }, { timeout: 15_000 });
  await screen.findByRole("region", { name: "Tableau : Profil par dimension" });
  return { services, workspace };
}

describe("results screen", () => {
  beforeEach(() => {
    usePreferences.setState({ language: "fr" });
  });

  it("gives the profile's medians in a table, as the core computes them", async () => {
    const { workspace } = await openResults();
    const results = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026, { audience: "internal" });
    const table = within(screen.getByRole("region", { name: "Tableau : Profil par dimension" }));
    const number = (value: number) => formatterFor("fr").number(value);
    for (const dimension of results.dimensions) {
      const row = table.getByRole("row", { name: new RegExp(`^${dimension.label}`) });
      const overall = dimension.stats.overall;
      if (overall === null) throw new Error("the example shows everyone on every dimension");
      expect(within(row).getAllByRole("cell")[0]).toHaveTextContent(
        `${number(overall.median ?? Number.NaN)} (n = ${overall.raters})`,
      );
    }
  });

  it("shows each criterion's overall median and consensus in its distribution table", async () => {
    const { workspace } = await openResults();
    const results = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026, { audience: "internal" });
    const anchoring = results.criteria.find((c) => c.label === "Un ancrage économique local");
    expect(anchoring?.stats?.overall?.median).toBe(2.5);
    const table = within(
      screen.getByRole("region", {
        name: "Répartition des positionnements : Un ancrage économique local",
      }),
    );
    const overall = table.getByRole("row", { name: /^Tout le monde/ });
    const cells = within(overall)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells).toContain("2,5");
    // The consensus as a whole percentage, as the PDF and the command line print it.
    const consensus = anchoring?.stats?.overall?.consensus ?? Number.NaN;
    expect(cells).toContainEqual(
      expect.stringMatching(new RegExp(`^${Math.round(consensus * 100)}[\u00a0\u202f]%$`)),
    );
  });

  it("shows no figures of a group below the anonymity threshold, and says why", async () => {
    await openResults();
    expect(
      screen.getAllByText(
        "Non détaillé, car moins de 3 personnes y ont répondu : Services sociaux, Pairs du réseau et Regard des pairs.",
      ).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText(/Regard extérieur\.$/).length).toBeGreaterThan(0);
    for (const label of HIDDEN_GROUPS) {
      expect(screen.queryByRole("row", { name: new RegExp(`^${label}`) })).toBeNull();
    }
    const highlight = screen.getByLabelText("Mettre en avant");
    const options = within(highlight)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual([
      "Aucun (tous les groupes)",
      "Ensemble interne",
      "Ensemble externe",
      "Salariés",
      "Bénévoles",
      "Clients",
    ]);
  });

  it("shows what partners will see, naming no small group, and exports that", async () => {
    const user = userEvent.setup();
    const { services, workspace } = await openResults();
    await user.click(screen.getByRole("radio", { name: "Version pour les partenaires" }));
    for (const label of HIDDEN_GROUPS) expect(document.body.textContent).not.toContain(label);
    expect(screen.getAllByText(/2 groupes ne sont pas détaillés/).length).toBeGreaterThan(0);
    expect(screen.getByRole("radio", { name: "Tour 1" })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Positionnements individuels (CSV)" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Résultats (CSV)" }));
    const [csv] = services.downloads.map((d) => String(d.content));
    for (const label of HIDDEN_GROUPS) expect(csv).not.toContain(label);
    const partners = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026, {
      audience: "partners",
    });
    const participation = partners.criteria.find(
      (c) => c.criterionId === EXAMPLE_IDS.participationCriterion,
    );
    const table = within(
      screen.getByRole("region", {
        name: `Répartition des positionnements : ${participation?.label}`,
      }),
    );
    expect(table.queryByRole("row", { name: /^Clients/ })).toBeNull();
    expect(participation?.stats?.groups.map((g) => g.label)).toEqual(["Salariés", "Bénévoles"]);
  });

  it("reads another round when asked", async () => {
    const user = userEvent.setup();
    const { workspace } = await openResults();
    await user.click(screen.getByRole("radio", { name: "Tour 1" }));
    const round1 = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026, {
      audience: "internal",
      round: 1,
    });
    const participation = round1.criteria.find(
      (c) => c.criterionId === EXAMPLE_IDS.participationCriterion,
    );
    const table = within(
      screen.getByRole("region", {
        name: `Répartition des positionnements : ${participation?.label}`,
      }),
    );
    const overall = within(table.getByRole("row", { name: /^Tout le monde/ })).getAllByRole("cell");
    const n = participation?.stats?.overall?.n;
    expect(overall.map((cell) => cell.textContent)).toContain(String(n));
  });

  it("downloads the results and the individual ratings as CSV", async () => {
    const user = userEvent.setup();
    const { services } = await openResults();
    await user.click(screen.getByRole("button", { name: "Résultats (CSV)" }));
    await user.click(screen.getByRole("button", { name: "Positionnements individuels (CSV)" }));
    expect(services.downloads.map((d) => d.fileName)).toEqual([
      "resultats-evaluation-2026.csv",
      "positionnements-evaluation-2026.csv",
    ]);
    const [results, ratings] = services.downloads.map((d) => String(d.content));
    expect(results).toContain("médiane");
    expect(results).toContain("Un ancrage économique local;");
    for (const label of HIDDEN_GROUPS) expect(results).not.toContain(label);
    expect(ratings).toContain("participant (pseudonyme)");
    expect(screen.getByText("« positionnements-evaluation-2026.csv » téléchargé.")).toBeVisible();
    expect(
      screen.getByText(/Contient chaque positionnement individuel, avec le pseudonyme/),
    ).toBeVisible();
  });

  it("opens the report dialog with the audiences explained, and closes it with Escape", async () => {
    const user = userEvent.setup();
    await openResults();
    const opener = screen.getByRole("button", { name: "Télécharger le rapport" });
    await user.click(opener);
    const dialog = within(await screen.findByRole("dialog", { name: /Télécharger le rapport/ }));
    const internal = dialog.getByRole("radio", { name: "Version interne" });
    expect(internal).toBeChecked();
    expect(internal).toHaveFocus();
    expect(internal).toHaveAccessibleDescription(/commentaires/);
    const partners = dialog.getByRole("radio", { name: "Version pour les partenaires" });
    expect(partners).toHaveAccessibleDescription(/réseau, les financeurs/);
    await user.click(partners);
    await user.click(dialog.getByRole("button", { name: "Aucune" }));
    expect(dialog.getByRole("button", { name: "Télécharger" })).toBeDisabled();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(opener).toHaveFocus();
  });

  it("says so when the workspace has no cycle", async () => {
    const workspace = { ...exampleWorkspace(), cycles: [] };
    const services = testServices();
    await services.workspaceStore.getState().create(workspace);
    renderApp(`#/w/${workspace.id}/results`, services);
    await screen.findByText(/Aucun cycle d'évaluation pour l'instant/, {}, { timeout: 15_000 });
  });
});
