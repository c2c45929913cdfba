import { instantiateTemplate, type Workspace } from "@coeval/core";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { afterEdit } from "../../store/dispatchEdit.ts";
import { newWorkspace } from "../../store/newWorkspace.ts";
import { usePreferences } from "../../store/preferences.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";

const now = "2026-03-01T10:00:00.000Z";

async function openWorkshop() {
  const services = testServices();
  const base = newWorkspace({ name: "L'Épicerie du Lien" });
  const organisation = base.organisations[0];
  if (!organisation) throw new Error("no organisation");
  const grid = instantiateTemplate("social-utility-5d", "fr", { now, newGridId: "grille" });
  const workspace: Workspace = {
    ...base,
    grids: [grid],
    organisations: [
      {
        ...organisation,
        stakeholderGroups: [
          { id: "staff", label: "Salariés", side: "internal" },
          { id: "users", label: "Usagers", side: "external" },
        ],
      },
    ],
  };
  const withWorkshop = afterEdit(workspace, {
    type: "workshop.create",
    id: "atelier",
    organisationId: organisation.id,
    gridId: grid.id,
    title: "Atelier de mars",
    pointsPerVoter: 3,
  });
  await services.workspaceStore.getState().create(withWorkshop);
  renderApp(`#/w/${workspace.id}/coconstruction/atelier`, services);
  await screen.findByRole("heading", { level: 1, name: "Atelier de mars" }, { timeout: 5000 });
  const stored = async () => (await services.repository.load(workspace.id))?.workspace;
  return { stored, grid };
}

async function propose(user: ReturnType<typeof userEvent.setup>, label: string, group: string) {
  await user.type(screen.getByLabelText("Critère proposé"), label);
  await user.selectOptions(screen.getAllByLabelText("Groupe")[0] as HTMLElement, group);
  await user.click(screen.getByLabelText("Critère proposé"));
  await user.keyboard("{Enter}");
  await screen.findByRole("heading", { level: 3, name: label });
}

describe("co-construction workshop", { timeout: 30_000 }, () => {
  beforeEach(() => {
    usePreferences.setState({ language: "fr" });
  });

  it("decides on proposals: accept and amend add criteria to the grid, merge and reject do not", async () => {
    const user = userEvent.setup();
    const { stored, grid } = await openWorkshop();
    await propose(user, "Les clients décident", "Usagers");
    // Fast entry: the keyboard is back in the label field, the group kept.
    expect(screen.getByLabelText("Critère proposé")).toHaveFocus();
    expect(screen.getAllByLabelText("Groupe")[0]).toHaveDisplayValue("Usagers");
    await propose(user, "Horaires adaptés", "Usagers");
    await propose(user, "Ouvert le samedi", "Salariés");
    await propose(user, "Des prix bas", "Salariés");

    await user.click(screen.getByRole("button", { name: "Accepter « Les clients décident »" }));
    const firstDimension = grid.dimensions[0]?.label ?? "";
    await user.selectOptions(screen.getByLabelText("Dans la dimension"), firstDimension);
    await user.click(screen.getByRole("button", { name: "Ajouter à la grille" }));

    await user.click(screen.getByRole("button", { name: "Amender « Horaires adaptés »" }));
    const wording = screen.getByLabelText("Formulation retenue par le groupe");
    await user.clear(wording);
    await user.type(wording, "Des horaires qui conviennent aux clients");
    await user.click(
      screen.getByRole("button", { name: "Ajouter à la grille sous cette formulation" }),
    );

    await user.click(screen.getByRole("button", { name: "Fusionner « Ouvert le samedi »" }));
    await user.selectOptions(
      screen.getByLabelText("Fusionner dans"),
      "Des horaires qui conviennent aux clients",
    );
    await user.click(screen.getByRole("button", { name: "Fusionner" }));

    await user.click(
      screen.getByRole("button", { name: "Noter une objection à « Des prix bas »" }),
    );
    await user.type(screen.getByLabelText("Objection"), "Les prix ne dépendent pas de nous");
    await user.selectOptions(screen.getByLabelText("Groupe qui objecte"), "Salariés");
    await user.click(screen.getByRole("button", { name: "Noter l'objection" }));
    await user.click(screen.getByRole("button", { name: "Rejeter « Des prix bas »" }));
    await user.click(screen.getByRole("button", { name: "Rejeter" }));

    await waitFor(async () => {
      const workspace = await stored();
      const proposals = workspace?.gridWorkshops[0]?.proposals ?? [];
      expect(proposals.map((p) => p.status)).toEqual(["accepted", "amended", "merged", "rejected"]);
    });
    const workspace = await stored();
    const proposals = workspace?.gridWorkshops[0]?.proposals ?? [];
    const labels = workspace?.grids[0]?.dimensions.flatMap((d) => d.criteria.map((c) => c.label));
    expect(labels).toContain("Les clients décident");
    expect(labels).toContain("Des horaires qui conviennent aux clients");
    expect(labels).not.toContain("Ouvert le samedi");
    expect(labels).not.toContain("Des prix bas");
    const accepted = workspace?.grids[0]?.dimensions[0]?.criteria.find(
      (c) => c.id === proposals[0]?.criterionId,
    );
    expect(accepted?.label).toBe("Les clients décident");
    // Offered the grid's most used scale: four levels, descriptors left to the group.
    const indicator = accepted?.indicators[0];
    expect(indicator?.kind === "scale" && indicator.scale.levels.length).toBe(4);
    expect(proposals[2]?.mergedIntoId).toBe(proposals[1]?.id);
    expect(proposals[3]?.objections).toMatchObject([
      { text: "Les prix ne dépendent pas de nous", groupId: "staff" },
    ]);
    const rejected = screen.getByRole("listitem", { name: "Des prix bas" });
    expect(
      within(rejected).getByText("Les prix ne dépendent pas de nous — Salariés"),
    ).toBeVisible();
  });

  it("refuses dots beyond a voter's budget with a clear message", async () => {
    const user = userEvent.setup();
    const { stored, grid } = await openWorkshop();
    await user.type(screen.getByLabelText("Pseudonyme"), "Camille");
    await user.selectOptions(screen.getAllByLabelText("Groupe").at(-1) as HTMLElement, "Usagers");
    await user.click(screen.getByRole("button", { name: "Ajouter le votant" }));
    const [first, second] = grid.dimensions[0]?.criteria ?? [];
    const cell = (label: string) => screen.getByLabelText(`Gommettes de Camille pour « ${label} »`);
    await user.type(cell(first?.label ?? ""), "2");
    await user.type(cell(second?.label ?? ""), "2");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Camille a 3 gommettes en tout : 4 demandées. Retirez-en d’abord ailleurs.",
    );
    expect(cell(second?.label ?? "")).toHaveValue(null);
    await user.type(cell(second?.label ?? ""), "1");
    await waitFor(async () =>
      expect((await stored())?.gridWorkshops[0]?.votes.map((v) => v.points)).toEqual([2, 1]),
    );
    expect(screen.getByText("0 / 3")).toBeVisible();
  });

  it("refuses fewer dots per voter than a voter placed, in core's words", async () => {
    const user = userEvent.setup();
    const { stored, grid } = await openWorkshop();
    await user.type(screen.getByLabelText("Pseudonyme"), "Camille");
    await user.selectOptions(screen.getAllByLabelText("Groupe").at(-1) as HTMLElement, "Usagers");
    await user.click(screen.getByRole("button", { name: "Ajouter le votant" }));
    const first = grid.dimensions[0]?.criteria[0]?.label ?? "";
    await user.type(screen.getByLabelText(`Gommettes de Camille pour « ${first} »`), "2");
    const points = screen.getByLabelText("Gommettes par votant");
    // The field is controlled: typing would append to the 3 shown, so change its value at once.
    fireEvent.change(points, { target: { value: "1" } });
    expect(
      await screen.findByText(
        "Un votant a déjà placé 2 gommettes : le nombre par votant ne peut pas être plus petit.",
      ),
    ).toBeVisible();
    expect(points).toHaveAttribute("aria-invalid", "true");
    expect((await stored())?.gridWorkshops[0]?.pointsPerVoter).toBe(3);
  });
});
