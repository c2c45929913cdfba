import { createGrid, type Grid, instantiateTemplate } from "@coeval/core";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { newWorkspace } from "../../store/newWorkspace.ts";
import { usePreferences } from "../../store/preferences.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";

async function openGrid(grid: Grid) {
  const services = testServices();
  const workspace = { ...newWorkspace({ name: "L'Épicerie du Lien" }), grids: [grid] };
  await services.workspaceStore.getState().create(workspace);
  renderApp(`#/w/${workspace.id}/grids/${grid.id}`, services);
  await screen.findByRole("heading", { level: 1, name: grid.name }, { timeout: 5000 });
  const stored = async () => (await services.repository.load(workspace.id))?.workspace.grids ?? [];
  const memory = () => services.workspaceStore.getState().record?.workspace.grids ?? [];
  return { services, stored, memory };
}

const now = "2026-03-01T10:00:00.000Z";
const template = () =>
  instantiateTemplate("social-utility-5d", "fr", { now, newGridId: "grille-epicerie" });
const dimensionLabels = (grids: Grid[]) => grids[0]?.dimensions.map((d) => d.label) ?? [];

describe("grid editor", { timeout: 30_000 }, () => {
  beforeEach(() => {
    usePreferences.setState({ language: "fr" });
  });

  it("reorders dimensions with the keyboard and announces the new position", async () => {
    const user = userEvent.setup();
    const grid = template();
    const [first, second] = grid.dimensions.map((d) => d.label);
    const { stored } = await openGrid(grid);

    const down = screen.getByRole("button", { name: `Descendre « ${first} »` });
    down.focus();
    await user.keyboard("{Enter}");
    await waitFor(async () =>
      expect(dimensionLabels(await stored()).slice(0, 2)).toEqual([second, first]),
    );
    await screen.findByText(
      `« ${first} » est maintenant en position 2 sur ${grid.dimensions.length}.`,
    );
    // The keyboard stays on the moved item.
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: `Descendre « ${first} »` }),
    );

    // Alt+Arrow up from inside the item moves it back.
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    await waitFor(async () =>
      expect(dimensionLabels(await stored()).slice(0, 2)).toEqual([first, second]),
    );
    expect(screen.getByRole("button", { name: `Monter « ${first} »` })).toBeDisabled();
    expect(document.activeElement?.closest("[data-item-id]")?.getAttribute("data-item-id")).toBe(
      grid.dimensions[0]?.id,
    );
  });

  it("undoes and redoes changes, each one saved, with the buttons and Ctrl+Z / Ctrl+Shift+Z", async () => {
    const user = userEvent.setup();
    const grid = template();
    const [first, second] = grid.dimensions.map((d) => d.label);
    const { stored } = await openGrid(grid);
    const undo = screen.getByRole("button", { name: "Annuler" });
    const redo = screen.getByRole("button", { name: "Rétablir" });
    expect(undo).toBeDisabled();

    await user.click(screen.getByRole("button", { name: `Descendre « ${first} »` }));
    const name = screen.getByLabelText("Nom");
    await user.clear(name);
    await user.type(name, "Notre grille");
    await user.tab();
    await waitFor(async () => expect((await stored())[0]?.name).toBe("Notre grille"));

    await user.click(undo);
    await waitFor(async () => expect((await stored())[0]?.name).toBe(grid.name));
    expect(screen.getByLabelText("Nom")).toHaveValue(grid.name);
    expect(dimensionLabels(await stored()).slice(0, 2)).toEqual([second, first]);

    undo.focus();
    await user.keyboard("{Control>}z{/Control}");
    await waitFor(async () =>
      expect(dimensionLabels(await stored()).slice(0, 2)).toEqual([first, second]),
    );
    expect(undo).toBeDisabled();

    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    await waitFor(async () =>
      expect(dimensionLabels(await stored()).slice(0, 2)).toEqual([second, first]),
    );
    await user.click(redo);
    await waitFor(async () => expect((await stored())[0]?.name).toBe("Notre grille"));
    expect(redo).toBeDisabled();
  });

  it("refuses to adopt an incomplete grid, lists why and changes nothing", async () => {
    const user = userEvent.setup();
    const grid = createGrid({ name: "Grille vide", now, id: "grille-vide" });
    const { stored, memory } = await openGrid(grid);
    await user.type(screen.getByLabelText("Intitulé du nouvel élément (Dimension)"), "Gouvernance");
    await user.click(screen.getByRole("button", { name: "Ajouter : Dimension" }));
    await waitFor(async () => expect(dimensionLabels(await stored())).toEqual(["Gouvernance"]));

    await user.click(screen.getByRole("button", { name: "Adopter cette version" }));
    const problems = await screen.findByRole("region", { name: /ne peut pas encore être adoptée/ });
    expect(within(problems).getAllByRole("listitem")).toHaveLength(1);
    expect(within(problems).getByRole("listitem").textContent).toMatch(/dimensions\[0\]\.criteria/);
    expect(memory()[0]?.status).toBe("draft");
    expect((await stored())[0]?.status).toBe("draft");
  });

  it("adopts, then edits as a new draft version and shows what changed", async () => {
    const user = userEvent.setup();
    const grid = template();
    const { stored } = await openGrid(grid);
    await user.click(screen.getByRole("button", { name: "Adopter cette version" }));
    await screen.findByText(/Adoptée : cette version ne change plus/);
    await user.click(screen.getByRole("button", { name: "Modifier (crée la version 2)" }));
    const first = grid.dimensions[0]?.label ?? "";
    fireEvent.click(screen.getByRole("button", { name: `Descendre « ${first} »` }));
    await waitFor(async () =>
      expect((await stored()).map((g) => [g.version, g.status])).toEqual([
        [1, "adopted"],
        [2, "draft"],
      ]),
    );
    expect(dimensionLabels(await stored())[0]).toBe(first);
    const changes = await screen.findByRole("region", {
      name: "Ce qui a changé depuis la version 1",
    });
    expect(changes.textContent).toMatch(
      new RegExp(`Dimension déplacé : « ${first} », de la position 1 à la position 2`),
    );
  });
});
