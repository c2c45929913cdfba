import type { Cycle } from "@coeval/core";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fr } from "./messages.ts";
import { type ThresholdChange, ThresholdField } from "./ThresholdField.tsx";

function cycleWith(anonymity: Cycle["anonymity"]): Cycle {
  return {
    id: "c",
    organisationId: "o",
    name: "Cycle",
    grid: { gridId: "g", version: 1 },
    mode: "selfEvaluation",
    status: "planned",
    anonymity,
    participants: [],
    sessions: [],
    ratings: [],
    positions: [],
    measures: [],
    stories: [],
    recommendations: [],
    actions: [],
  };
}

function renderField(anonymity: Cycle["anonymity"] = { minGroupSize: 3 }) {
  const changes: ThresholdChange[] = [];
  const onChange = vi.fn((change: ThresholdChange) => changes.push(change));
  const view = render(<ThresholdField cycle={cycleWith(anonymity)} t={fr} onChange={onChange} />);
  return { changes, view, input: screen.getByLabelText("Seuil d'anonymat") };
}

describe("ThresholdField", () => {
  it("saves 2 to 100 as typed, and asks nothing while 10 is being typed", async () => {
    const user = userEvent.setup();
    const { changes, input } = renderField();
    await user.clear(input);
    await user.type(input, "10");
    expect(changes).toEqual([{ minGroupSize: 10 }]);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("asks before a threshold of 1, and puts the saved value back on cancel", async () => {
    const user = userEvent.setup();
    const { changes, input } = renderField();
    await user.clear(input);
    await user.type(input, "1");
    expect(screen.getByText(/quittez le champ ou appuyez sur Entrée/)).toBeInTheDocument();
    await user.tab();
    const dialog = screen.getByRole("alertdialog", { name: "Désactiver l'anonymat ?" });
    expect(dialog).toHaveTextContent("chaque réponse peut être lue");
    await user.click(screen.getByRole("button", { name: "Annuler" }));
    expect(changes).toEqual([]);
    expect(input).toHaveValue("3");
  });

  it("saves 1 with the confirmation once it is given, on Enter as on leaving", async () => {
    const user = userEvent.setup();
    const { changes, input } = renderField();
    await user.clear(input);
    await user.type(input, "1{Enter}");
    await user.click(screen.getByRole("button", { name: "Désactiver l'anonymat" }));
    expect(changes).toEqual([{ minGroupSize: 1, individualAnswersVisible: true }]);
  });

  it("says anonymity is off when the threshold is 1", () => {
    renderField({ minGroupSize: 1, individualAnswersVisible: true });
    expect(
      screen.getByText("Anonymat désactivé : chaque réponse peut être lue"),
    ).toBeInTheDocument();
    expect(screen.queryByText(/quittez le champ/)).toBeNull();
  });

  it("refuses what is not a threshold, without saving it", async () => {
    const user = userEvent.setup();
    const { changes, input } = renderField();
    await user.clear(input);
    await user.type(input, "0");
    expect(screen.getByText("Un nombre entier entre 1 et 100.")).toBeInTheDocument();
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(changes).toEqual([]);
  });
});
