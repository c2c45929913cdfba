// @vitest-environment node
import { EXAMPLE_IDS, exampleWorkspace } from "@coeval/core";
import { describe, expect, it } from "vitest";
import { cycleView, defaultCycleId } from "./cycleResults.ts";

describe("cycleView", () => {
  const workspace = exampleWorkspace();

  it("opens on the newest cycle", () => {
    expect(defaultCycleId(workspace)).toBe(EXAMPLE_IDS.cycle2026);
    expect(defaultCycleId({ ...workspace, cycles: [] })).toBeNull();
  });

  it("counts the groups the profile leaves out, compares with the previous cycle", () => {
    const view = cycleView(workspace, EXAMPLE_IDS.cycle2026, "final");
    // Social services (1 person) and the network's peers (2) are below k = 3 everywhere.
    expect(view?.groupsHiddenFromProfile).toBe(2);
    expect(view?.comparison?.previous.cycleId).toBe(EXAMPLE_IDS.cycle2025);
    expect(cycleView(workspace, EXAMPLE_IDS.cycle2025, "final")?.comparison).toBeNull();
  });

  it("is null when the cycle cannot be resolved", () => {
    expect(cycleView(workspace, "missing", "final")).toBeNull();
  });
});
