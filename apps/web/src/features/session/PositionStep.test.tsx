import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { usePreferences } from "../../store/preferences.ts";
import { renderApp, testServices } from "../../test/renderApp.tsx";
import { sessionHash, sessionWorkspace } from "./testWorkspace.ts";

describe("the collective position", { timeout: 30_000 }, () => {
  beforeEach(() => {
    usePreferences.setState({ language: "fr" });
    localStorage.clear();
  });

  it("shows why core refuses a status without a level, and saves nothing until it has one", async () => {
    const user = userEvent.setup();
    const services = testServices();
    const workspace = sessionWorkspace();
    await services.workspaceStore.getState().create(workspace);
    renderApp(sessionHash("participation", "position"), services);
    const stored = async () => (await services.repository.load(workspace.id))?.workspace;

    await user.selectOptions(
      await screen.findByLabelText("Comment la position a été prise", {}, { timeout: 5000 }),
      "consensus",
    );
    expect(
      await screen.findByText(/^Ce positionnement collectif ne peut pas être enregistré ainsi : /),
    ).toBeVisible();
    expect((await stored())?.cycles[0]?.positions).toEqual([]);

    await user.click(screen.getByRole("radio", { name: "3 · Assez" }));
    await waitFor(async () =>
      expect((await stored())?.cycles[0]?.positions).toMatchObject([
        { criterionId: "participation", level: 3, status: "consensus" },
      ]),
    );
    expect(screen.queryByText(/^Ce positionnement collectif/)).toBeNull();
  });
});
