import { EXAMPLE_IDS, exampleWorkspace, type Workspace } from "@coeval/core";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { afterEdit } from "../../store/dispatchEdit.ts";
import { newWorkspace } from "../../store/newWorkspace.ts";
import { usePreferences } from "../../store/preferences.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";

async function openNewWorkspace() {
  const services = testServices();
  const workspace = newWorkspace({ name: "Nouvelle structure" });
  await services.workspaceStore.getState().create(workspace);
  renderApp(`#/w/${workspace.id}/structure`, services);
  await screen.findByRole("heading", { level: 1, name: "La structure" });
  const stored = async () => (await services.repository.load(workspace.id))?.workspace;
  return { services, workspace, stored };
}

describe("structure screen", () => {
  beforeEach(() => {
    usePreferences.setState({ language: "fr" });
  });

  it("saves the organisation's fields as they are typed", async () => {
    const user = userEvent.setup();
    const { stored } = await openNewWorkspace();
    const name = screen.getByLabelText("Nom");
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, "L'Épicerie du Lien");
    await user.selectOptions(screen.getByLabelText("Type de structure"), "cooperative");
    await user.type(screen.getByLabelText("Territoire"), "Quartier des Tanneurs");
    await user.tab();
    await waitFor(async () => {
      const organisation = (await stored())?.organisations[0];
      expect(organisation).toMatchObject({
        name: "L'Épicerie du Lien",
        kind: "cooperative",
        territory: "Quartier des Tanneurs",
      });
    });
    expect(screen.getByText("✓ Enregistré")).toBeVisible();
  });

  it("adds suggested groups in one click, with their side, and keeps the keyboard in place", async () => {
    const user = userEvent.setup();
    const { stored } = await openNewWorkspace();
    const suggestions = screen.getByRole("group", { name: "Suggestions" });
    await user.click(within(suggestions).getByRole("button", { name: /Salariés/ }));
    await user.click(within(suggestions).getByRole("button", { name: /Usagers/ }));
    await waitFor(async () =>
      expect((await stored())?.organisations[0]?.stakeholderGroups).toMatchObject([
        { label: "Salariés", side: "internal" },
        { label: "Usagers", side: "external" },
      ]),
    );
    expect(within(suggestions).queryByRole("button", { name: /Salariés/ })).toBeNull();
    expect(document.activeElement?.textContent).toMatch(/Partenaires/);
  });

  it("adds a participant in a group and edits their consent", async () => {
    const user = userEvent.setup();
    const { stored } = await openNewWorkspace();
    await user.click(screen.getByRole("button", { name: /Bénévoles/ }));
    await user.type(await screen.findByLabelText("Pseudonyme"), "Camille");
    await user.click(screen.getByRole("button", { name: "Ajouter le participant" }));
    const card = await screen.findByRole("group", { name: "Camille" });
    await user.click(within(card).getByLabelText("Accepte que son nom soit affiché"));
    await user.selectOptions(within(card).getByLabelText("Citations"), "internal");
    await waitFor(async () => {
      const organisation = (await stored())?.organisations[0];
      expect(organisation?.participants).toMatchObject([
        {
          pseudonym: "Camille",
          groupId: organisation?.stakeholderGroups[0]?.id,
          consent: { showName: true, quotes: "internal" },
        },
      ]);
    });
  });

  it("refuses to remove a group that still has participants", async () => {
    const user = userEvent.setup();
    const { stored } = await openNewWorkspace();
    await user.click(screen.getByRole("button", { name: /Pairs/ }));
    await user.click(await screen.findByRole("button", { name: "Ajouter le participant" }));
    await screen.findByRole("group", { name: "Participant 1" });
    await user.click(screen.getByRole("button", { name: "Retirer le groupe Pairs" }));
    expect(screen.getByText(/Le groupe « Pairs » compte 1 participant/)).toBeVisible();
    expect((await stored())?.organisations[0]?.stakeholderGroups).toHaveLength(1);
  });

  it("keeps a group named by a dissent, and says why in core's words", async () => {
    const user = userEvent.setup();
    const services = testServices();
    const withGroup = afterEdit(exampleWorkspace(), {
      type: "group.add",
      organisationId: EXAMPLE_IDS.organisation,
      id: "voisins",
      label: "Voisins",
      side: "external",
    });
    const workspace: Workspace = afterEdit(withGroup, {
      type: "position.set",
      cycleId: EXAMPLE_IDS.cycle2026,
      criterionId: EXAMPLE_IDS.participationCriterion,
      level: null,
      status: "noAgreement",
      dissents: [{ text: "Les voisins ne sont jamais consultés", groupIds: ["voisins"] }],
    });
    await services.workspaceStore.getState().create(workspace);
    renderApp(`#/w/${workspace.id}/structure`, services);
    await user.click(await screen.findByRole("button", { name: "Retirer le groupe Voisins" }));
    expect(
      await screen.findByText(
        "Le groupe « Voisins » est nommé dans des désaccords ou dans un atelier de co-construction : le retirer effacerait qui s’y est exprimé. Gardez-le, ou renommez-le.",
      ),
    ).toBeVisible();
    const stored = await services.repository.load(workspace.id);
    expect(stored?.workspace.organisations[0]?.stakeholderGroups.map((g) => g.id)).toContain(
      "voisins",
    );
  });

  it("shows hostile text as plain text", async () => {
    const user = userEvent.setup();
    await openNewWorkspace();
    await user.click(screen.getByRole("button", { name: /Usagers/ }));
    const hostile = "<img src=x onerror=alert(1)>‮evil";
    await user.type(await screen.findByLabelText("Pseudonyme"), hostile);
    await user.click(screen.getByRole("button", { name: "Ajouter le participant" }));
    const card = await screen.findByRole("group", { name: hostile });
    expect(within(card).getByText(hostile, { selector: "legend" })).toHaveAttribute("dir", "auto");
    expect(document.querySelector("img")).toBeNull();
  });
});
