import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../format/validate.ts";
import { computeResults } from "../results/compute.ts";
import {
  addMeasure,
  addStory,
  removeMeasure,
  removeStory,
  updateMeasure,
  updateStory,
} from "./evidence.ts";
import {
  NOW,
  uuids,
  workshopCycle,
  workshopGrid,
  workshopOrganisation,
  workshopWorkspace,
} from "./test-support.ts";

const deps = () => ({ grid: workshopGrid(), now: NOW, newId: uuids() });

describe("measures", () => {
  it("records a value of a quantitative indicator, read against its baseline and target", () => {
    const result = addMeasure(
      workshopCycle(),
      {
        criterionId: "participation",
        indicatorId: "participation-ag",
        value: 12,
        period: "AG 2026",
        source: " ",
      },
      deps(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.measure).toMatchObject({ value: 12, period: "AG 2026", recordedAt: NOW });
    expect(result.measure).not.toHaveProperty("source");
    const quantitative = computeResults(
      {
        cycle: result.cycle,
        grid: workshopGrid(),
        organisation: workshopOrganisation(),
      },
      { audience: "internal" },
    ).quantitative[0];
    expect(quantitative).toMatchObject({ status: "improving", latest: { value: 12 } });
    expect(validateWorkspace({ ...workshopWorkspace(), cycles: [result.cycle] })).toEqual([]);
    expect(removeMeasure(result.cycle, result.measure.id).measures).toEqual([]);
  });

  it("refuses other indicators, unknown ones and values that are not numbers", () => {
    const cycle = workshopCycle();
    const code = (input: Parameters<typeof addMeasure>[1]) => {
      const result = addMeasure(cycle, input, deps());
      return result.ok ? null : result.issues[0]?.code;
    };
    expect(
      code({ criterionId: "participation", indicatorId: "participation-niveau", value: 1 }),
    ).toBe("measure.notQuantitative");
    expect(code({ criterionId: "participation", indicatorId: "nope", value: 1 })).toBe(
      "ref.indicator",
    );
    expect(code({ criterionId: "nope", indicatorId: "participation-ag", value: 1 })).toBe(
      "ref.criterion",
    );
    expect(
      code({ criterionId: "participation", indicatorId: "participation-ag", value: Number.NaN }),
    ).toBe("value.invalidType");
  });
});

describe("correcting a measure", () => {
  it("changes the value and its texts, keeps its indicator and date, removes a blank text", () => {
    const added = addMeasure(
      workshopCycle(),
      {
        criterionId: "participation",
        indicatorId: "participation-ag",
        value: 12,
        period: "AG 2026",
      },
      deps(),
    );
    if (!added.ok) throw new Error("refused");
    const corrected = updateMeasure(added.cycle, added.measure.id, {
      value: 14,
      period: " ",
      source: "Feuille d'émargement",
    });
    if (!corrected.ok) throw new Error("refused");
    expect(corrected.cycle.measures).toEqual([
      {
        id: added.measure.id,
        criterionId: "participation",
        indicatorId: "participation-ag",
        value: 14,
        source: "Feuille d'émargement",
        recordedAt: NOW,
      },
    ]);
    const refusedCode = (result: ReturnType<typeof updateMeasure>) =>
      result.ok ? null : result.issues[0]?.code;
    expect(refusedCode(updateMeasure(added.cycle, added.measure.id, { value: Number.NaN }))).toBe(
      "value.invalidType",
    );
    expect(refusedCode(updateMeasure(added.cycle, "nope", { value: 1 }))).toBe("value.invalid");
  });
});

describe("stories", () => {
  const story = {
    text: "Je travaille le mardi après-midi, je ne peux jamais venir à l'AG.",
    kind: "testimony" as const,
    valence: "mixed" as const,
    consent: "internal" as const,
    criterionIds: ["participation"],
    tellerId: "dia",
  };

  it("adds, edits and removes told evidence with its consent and teller", () => {
    const added = addStory(workshopCycle(), story, deps());
    if (!added.ok) throw new Error("refused");
    expect(added.story).toMatchObject({ ...story, id: expect.any(String) });
    expect(validateWorkspace({ ...workshopWorkspace(), cycles: [added.cycle] })).toEqual([]);
    const edited = updateStory(
      added.cycle,
      added.story.id,
      { valence: "negative", tellerId: "" },
      deps(),
    );
    if (!edited.ok) throw new Error("refused");
    expect(edited.cycle.stories[0]?.valence).toBe("negative");
    expect(edited.cycle.stories[0]).not.toHaveProperty("tellerId");
    expect(removeStory(edited.cycle, added.story.id).stories).toEqual([]);
  });

  it("refuses an empty text, unknown criteria, indicators, tellers and stories", () => {
    const cycle = workshopCycle();
    expect(addStory(cycle, { ...story, text: " " }, deps()).ok).toBe(false);
    expect(addStory(cycle, { ...story, criterionIds: ["nope"] }, deps()).ok).toBe(false);
    expect(addStory(cycle, { ...story, indicatorId: "nope" }, deps()).ok).toBe(false);
    expect(addStory(cycle, { ...story, tellerId: "zoe" }, deps()).ok).toBe(false);
    expect(updateStory(cycle, "nope", { text: "x" }, deps()).ok).toBe(false);
  });
});
