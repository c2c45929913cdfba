import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../format/validate.ts";
import { computeResults } from "../results/compute.ts";
import {
  clearCollectivePosition,
  currentPosition,
  setCollectivePosition,
  statusHasLevel,
} from "./positions.ts";
import {
  NOW,
  workshopCycle,
  workshopGrid,
  workshopOrganisation,
  workshopWorkspace,
} from "./test-support.ts";

const deps = { grid: workshopGrid(), now: NOW };

describe("setCollectivePosition", () => {
  it("records the agreed level, the reasons and the dissent that remains", () => {
    const result = setCollectivePosition(
      workshopCycle(),
      {
        criterionId: "participation",
        sessionId: "atelier-1",
        level: 2,
        status: "majorityWithDissent",
        rationale: "Consultés sur les produits, pas sur la gestion",
        dissents: [
          {
            text: "La boîte à idées, c'est de la participation",
            groupIds: ["salaries", "salaries"],
          },
          { text: "  ", groupIds: [] },
        ],
        strengths: ["Boîte à idées", ""],
        weaknesses: ["AG en semaine"],
      },
      deps,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.position).toEqual({
      criterionId: "participation",
      sessionId: "atelier-1",
      level: 2,
      status: "majorityWithDissent",
      rationale: "Consultés sur les produits, pas sur la gestion",
      dissents: [{ text: "La boîte à idées, c'est de la participation", groupIds: ["salaries"] }],
      strengths: ["Boîte à idées"],
      weaknesses: ["AG en semaine"],
      updatedAt: NOW,
    });
    expect(validateWorkspace({ ...workshopWorkspace(), cycles: [result.cycle] })).toEqual([]);
    const results = computeResults(
      {
        cycle: result.cycle,
        grid: workshopGrid(),
        organisation: workshopOrganisation(),
      },
      { audience: "internal" },
    );
    expect(results.criteria[0]?.position).toMatchObject({ level: 2, levelLabel: "Un peu" });
  });

  it("replaces the criterion's earlier position, so a change of mind leaves one position", () => {
    const first = setCollectivePosition(
      workshopCycle(),
      { criterionId: "participation", level: 3, status: "consensus" },
      deps,
    );
    if (!first.ok) throw new Error("refused");
    const second = setCollectivePosition(
      first.cycle,
      { criterionId: "participation", level: null, status: "noAgreement" },
      { ...deps, now: "2026-03-01T11:00:00.000Z" },
    );
    if (!second.ok) throw new Error("refused");
    expect(second.cycle.positions).toHaveLength(1);
    expect(currentPosition(second.cycle, "participation")?.status).toBe("noAgreement");
    expect(currentPosition(second.cycle, "accueil")).toBeUndefined();
  });

  it("clears a criterion's position, and only that one", () => {
    const set = setCollectivePosition(
      workshopCycle(),
      { criterionId: "participation", level: 3, status: "consensus" },
      deps,
    );
    if (!set.ok) throw new Error("refused");
    const cleared = clearCollectivePosition(set.cycle, "participation");
    expect(currentPosition(cleared, "participation")).toBeUndefined();
    expect(cleared.positions).toEqual(workshopCycle().positions);
    expect(clearCollectivePosition(cleared, "participation")).toBe(cleared);
  });

  it("ties the level to the status and to the primary scale", () => {
    const cycle = workshopCycle();
    const codes = (input: Parameters<typeof setCollectivePosition>[1]) => {
      const result = setCollectivePosition(cycle, input, deps);
      return result.ok ? [] : result.issues.map((issue) => issue.code);
    };
    expect(codes({ criterionId: "participation", level: null, status: "consensus" })).toEqual([
      "position.levelRequired",
    ]);
    expect(codes({ criterionId: "participation", level: 2, status: "noAgreement" })).toEqual([
      "position.levelMustBeNull",
    ]);
    expect(codes({ criterionId: "participation", level: 9, status: "consent" })).toEqual([
      "position.notALevel",
    ]);
    expect(codes({ criterionId: "ancrage", level: 1, status: "consent" })).toEqual([
      "position.noScale",
    ]);
    expect(codes({ criterionId: "ancrage", level: null, status: "notDiscussed" })).toEqual([]);
    expect(codes({ criterionId: "nope", level: null, status: "notDiscussed" })).toEqual([
      "ref.criterion",
    ]);
    expect(
      codes({ criterionId: "accueil", sessionId: "x", level: 3, status: "consensus" }),
    ).toEqual(["ref.session"]);
  });

  it("knows which statuses carry a level", () => {
    expect(
      ["consensus", "consent", "majorityWithDissent"].every((s) => statusHasLevel(s as never)),
    ).toBe(true);
    expect(statusHasLevel("noAgreement") || statusHasLevel("notDiscussed")).toBe(false);
  });
});
