import { EXAMPLE_IDS, exampleWorkspace, participantHasRecords } from "@coeval/core";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { usePreferences } from "../../store/preferences.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";
import { cycleHref } from "./cyclePaths.ts";

/** The example workspace, opened on a page of one of its cycles. */
async function open(page: "setup" | "plan", cycleId: string) {
  const services = testServices();
  const workspace = exampleWorkspace();
  await services.workspaceStore.getState().create(workspace);
  renderApp(cycleHref(workspace.id, { page, cycleId }), services);
  const cycle = workspace.cycles.find((c) => c.id === cycleId);
  if (!cycle) throw new Error("no cycle");
  await screen.findByRole("heading", { level: 1 }, { timeout: 5000 });
  const stored = async () =>
    (await services.repository.load(workspace.id))?.workspace.cycles.find((c) => c.id === cycleId);
  return { workspace, cycle, stored };
}

describe("refusals on the cycle screens", { timeout: 30_000 }, () => {
  beforeEach(() => {
    usePreferences.setState({ language: "fr" });
  });

  it("keeps a participant whose ratings are recorded, and says why in core's words", async () => {
    const user = userEvent.setup();
    const { cycle, stored } = await open("setup", EXAMPLE_IDS.cycle2026);
    const rater = cycle.participants.find((p) => participantHasRecords(cycle, p.id));
    if (!rater) throw new Error("no rater");
    await user.click(screen.getByRole("button", { name: `Retirer ${rater.pseudonym}` }));
    expect(
      await screen.findByText(
        `Des appréciations ou des récits de « ${rater.pseudonym} » sont enregistrés dans ce cycle ; retirer cette personne les rendrait orphelins. Gardez-la dans le cycle.`,
      ),
    ).toBeVisible();
    expect((await stored())?.participants).toEqual(cycle.participants);
  });

  it("keeps a session where people rated, in English when the screen is", async () => {
    usePreferences.setState({ language: "en" });
    const user = userEvent.setup();
    const { cycle, stored } = await open("setup", EXAMPLE_IDS.cycle2026);
    const [first] = screen.getAllByRole("button", { name: "Remove the session" });
    if (!first) throw new Error("no session");
    await user.click(first);
    expect(
      await screen.findByText(
        `Ratings, collective positions or an opinion were recorded during the session "${cycle.sessions[0]?.title}": it is kept so that they keep their context.`,
      ),
    ).toBeVisible();
    expect((await stored())?.sessions).toEqual(cycle.sessions);
  });

  it("keeps an action that the next cycle carries over", async () => {
    const user = userEvent.setup();
    const { workspace, cycle, stored } = await open("plan", EXAMPLE_IDS.cycle2025);
    const next = workspace.cycles.find((c) => c.id === EXAMPLE_IDS.cycle2026);
    const continued = cycle.actions.find((a) =>
      next?.actions.some((later) => later.previousActionId === a.id),
    );
    if (!continued) throw new Error("no action carried over");
    await user.click(
      screen.getByRole("button", { name: `Retirer l'action « ${continued.title} »` }),
    );
    expect(
      await screen.findByText(
        `L’action « ${continued.title} » est prolongée par 1 action d’un cycle suivant : la retirer leur ferait perdre leur origine. Notez plutôt qu’elle est abandonnée.`,
      ),
    ).toBeVisible();
    expect((await stored())?.actions).toEqual(cycle.actions);
  });
});
