import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { newWorkspace } from "../../store/newWorkspace.ts";
import { usePreferences } from "../../store/preferences.ts";
import type { WorkspaceStore } from "../../store/workspaceStore.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";

function setTerritory(store: WorkspaceStore, territory: string) {
  return store.getState().update((workspace) => ({
    ...workspace,
    organisations: workspace.organisations.map((o) => ({ ...o, territory })),
  }));
}

describe("a value changed in two tabs", () => {
  it("says which value was kept, until the person has checked", async () => {
    usePreferences.setState({ language: "fr" });
    const elsewhere = testServices();
    const here = testServices();
    const workspace = newWorkspace({ name: "L'Épicerie du Lien" });
    await elsewhere.workspaceStore.getState().create(workspace);
    await here.workspaceStore.getState().open(workspace.id);
    await setTerritory(elsewhere.workspaceStore, "Nantes");
    await setTerritory(here.workspaceStore, "Rennes");

    renderApp(`#/w/${workspace.id}/structure`, here);
    const notice = await screen.findByText(/l'a aussi été dans un autre onglet/);
    expect(notice.closest('[role="status"]')).toHaveTextContent(
      "Gardé : « Nantes » (au lieu de « Rennes »)",
    );
    expect(await screen.findByLabelText("Territoire")).toHaveValue("Nantes");
    await userEvent.setup().click(screen.getByRole("button", { name: "J'ai vérifié" }));
    expect(screen.queryByText(/l'a aussi été dans un autre onglet/)).not.toBeInTheDocument();
  });
});
