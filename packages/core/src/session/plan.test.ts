import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../format/validate.ts";
import {
  addAction,
  addFollowUp,
  addRecommendation,
  removeAction,
  removeRecommendation,
  updateAction,
  updateRecommendation,
} from "./plan.ts";
import { uuids, workshopCycle, workshopGrid, workshopWorkspace } from "./test-support.ts";

const deps = () => ({ grid: workshopGrid(), newId: uuids() });

describe("recommendations", () => {
  it("adds, edits and removes a recommendation linked to criteria", () => {
    const added = addRecommendation(
      workshopCycle(),
      {
        text: "Ouvrir la gouvernance aux clients",
        criterionIds: ["participation", "participation"],
      },
      deps(),
    );
    if (!added.ok) throw new Error("refused");
    expect(added.recommendation.criterionIds).toEqual(["participation"]);
    const edited = updateRecommendation(
      added.cycle,
      added.recommendation.id,
      { criterionIds: ["accueil"] },
      deps(),
    );
    expect(edited.ok && edited.cycle.recommendations[0]).toMatchObject({
      text: "Ouvrir la gouvernance aux clients",
      criterionIds: ["accueil"],
    });
    expect(
      updateRecommendation(added.cycle, added.recommendation.id, { text: "" }, deps()).ok,
    ).toBe(false);
    expect(
      addRecommendation(workshopCycle(), { text: "x", criterionIds: ["nope"] }, deps()).ok,
    ).toBe(false);
  });
});

describe("the action plan", () => {
  it("adds an action with owner, due date and how we will know, then follows it up", () => {
    const recommended = addRecommendation(
      workshopCycle(),
      { text: "Ouvrir l'AG", criterionIds: [] },
      deps(),
    );
    if (!recommended.ok) throw new Error("refused");
    const added = addAction(
      recommended.cycle,
      {
        title: "Tenir l'AG un samedi",
        owner: "La présidente",
        dueDate: "2027-01-31",
        successSignal: "Présence à l'AG, sièges pourvus",
        criterionIds: ["participation"],
        recommendationId: recommended.recommendation.id,
        description: "",
      },
      deps(),
    );
    if (!added.ok) throw new Error("refused");
    expect(added.action).toMatchObject({
      status: "planned",
      owner: "La présidente",
      followUps: [],
    });
    expect(added.action).not.toHaveProperty("description");
    const followed = addFollowUp(added.cycle, added.action.id, {
      date: "2026-09-01",
      note: "Salle réservée",
      status: "inProgress",
    });
    if (!followed.ok) throw new Error("refused");
    expect(followed.cycle.actions[0]).toMatchObject({
      status: "inProgress",
      followUps: [{ date: "2026-09-01", note: "Salle réservée", status: "inProgress" }],
    });
    expect(validateWorkspace({ ...workshopWorkspace(), cycles: [followed.cycle] })).toEqual([]);

    const edited = updateAction(
      followed.cycle,
      added.action.id,
      { owner: "", status: "done" },
      deps(),
    );
    if (!edited.ok) throw new Error("refused");
    expect(edited.cycle.actions[0]).not.toHaveProperty("owner");
    const unlinked = removeRecommendation(edited.cycle, recommended.recommendation.id);
    expect(unlinked.actions[0]).not.toHaveProperty("recommendationId");
    expect(removeAction(unlinked, added.action.id).actions).toEqual([]);
  });

  it("refuses an empty title, a malformed date, unknown links and actions", () => {
    const cycle = workshopCycle();
    expect(addAction(cycle, { title: " " }, deps()).ok).toBe(false);
    expect(addAction(cycle, { title: "A", dueDate: "demain" }, deps()).ok).toBe(false);
    expect(addAction(cycle, { title: "A", recommendationId: "nope" }, deps()).ok).toBe(false);
    expect(addAction(cycle, { title: "A", criterionIds: ["nope"] }, deps()).ok).toBe(false);
    expect(updateAction(cycle, "nope", { title: "B" }, deps()).ok).toBe(false);
    expect(addFollowUp(cycle, "nope", { date: "2026-01-01", note: "x" }).ok).toBe(false);
    const added = addAction(cycle, { title: "A" }, deps());
    if (!added.ok) throw new Error("refused");
    expect(addFollowUp(added.cycle, added.action.id, { date: "2026-01-01", note: " " }).ok).toBe(
      false,
    );
  });
});
