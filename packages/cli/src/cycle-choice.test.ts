import { describe, expect, it } from "vitest";
import { latestCycle } from "./cycle-choice.ts";
import { testWorkspace } from "./test-support.ts";

describe("latestCycle", () => {
  it("takes the latest start date whatever the file order; undated cycles count as older", () => {
    const [a, b] = testWorkspace().cycles;
    if (!a || !b) throw new Error("fixture without cycles");
    expect(latestCycle([a, b])?.id).toBe("cycle-2026");
    expect(latestCycle([b, a])?.id).toBe("cycle-2026");
    const { startDate: _, ...undated } = a;
    expect(latestCycle([undated, b])?.id).toBe("cycle-2025");
    expect(latestCycle([])).toBeUndefined();
  });
});
