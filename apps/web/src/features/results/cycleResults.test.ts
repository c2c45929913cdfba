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

  it("discloses for the audience asked, compares with the previous cycle", () => {
    const view = cycleView(workspace, EXAMPLE_IDS.cycle2026, "final", "internal");
    expect(view?.results.audience).toBe("internal");
    expect(view?.comparison?.previous.cycleId).toBe(EXAMPLE_IDS.cycle2025);
    expect(cycleView(workspace, EXAMPLE_IDS.cycle2025, "final", "internal")?.comparison).toBeNull();
    const partners = cycleView(workspace, EXAMPLE_IDS.cycle2026, "final", "partners");
    // Social services (1 person) and the network's peers (2) are below k = 3: never named.
    expect(JSON.stringify(partners?.results)).not.toContain("Services sociaux");
  });

  it("is null when the cycle cannot be resolved", () => {
    expect(cycleView(workspace, "missing", "final", "internal")).toBeNull();
  });
});
