import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { newWorkspace } from "../../store/newWorkspace.ts";
import { usePreferences } from "../../store/preferences.ts";
import type { WorkspaceRepository } from "../../store/repository.ts";
import { createWorkspaceStore } from "../../store/workspaceStore.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";

/** Services whose device refuses writes while `failing.now` is true. */
function flakyServices() {
  const services = testServices();
  const failing = { now: false };
  const real = services.repository;
  const repository: WorkspaceRepository = {
    ...real,
    save: (record, since) =>
      failing.now ? Promise.reject(new Error("quota")) : real.save(record, since),
  };
  const workspaceStore = createWorkspaceStore(repository);
  return { services: { ...services, repository, workspaceStore }, failing };
}

describe("a refused save", () => {
  it("stays on every screen until a retry succeeds", async () => {
    usePreferences.setState({ language: "fr" });
    const { services, failing } = flakyServices();
    const workspace = newWorkspace({ name: "L'Épicerie du Lien" });
    await services.workspaceStore.getState().create(workspace);
    failing.now = true;
    await services.workspaceStore.getState().retry();

    renderApp(`#/w/${workspace.id}/structure`, services);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("« L'Épicerie du Lien » n'ont pas pu être enregistrées");

    window.location.hash = "#/";
    expect(await screen.findByRole("heading", { level: 1, name: "Vos évaluations" })).toBeVisible();
    expect(screen.getByRole("alert")).toBeVisible();

    failing.now = false;
    await userEvent.click(
      within(screen.getByRole("alert")).getByRole("button", { name: "Réessayer" }),
    );
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });

  it("ends once exported to a file, and says so, in English too", async () => {
    usePreferences.setState({ language: "en" });
    const { services, failing } = flakyServices();
    const workspace = newWorkspace({ name: "Ressourcerie" });
    failing.now = true;
    await services.workspaceStore.getState().create(workspace);

    renderApp("#/", services);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Changes to “Ressourcerie” could not be saved");
    await userEvent.click(within(alert).getByRole("button", { name: "Export to a file" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(services.downloads.map((file) => file.fileName)).toEqual(["Ressourcerie.coeval.json"]);
    expect(screen.getByText("Backup downloaded: Ressourcerie.coeval.json")).toBeVisible();
  });
});
