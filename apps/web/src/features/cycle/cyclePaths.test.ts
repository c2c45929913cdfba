// @vitest-environment node
import { describe, expect, it } from "vitest";
import { type CyclePage, cyclePath, parseCyclePath } from "./cyclePaths.ts";

describe("cycle paths", () => {
  it("round-trips every page", () => {
    const pages: CyclePage[] = [
      { page: "list" },
      { page: "setup", cycleId: "c" },
      { page: "plan", cycleId: "c" },
      { page: "session", cycleId: "c", sessionId: "s" },
      { page: "session", cycleId: "c", sessionId: "s", criterionId: "k", step: "reveal-2" },
    ];
    for (const page of pages) expect(parseCyclePath(cyclePath(page))).toEqual(page);
  });

  it("refuses unknown steps and extra parts", () => {
    expect(parseCyclePath(["c", "session", "s", "k", "dance"])).toEqual({ page: "notFound" });
    expect(parseCyclePath(["c", "other"])).toEqual({ page: "notFound" });
    expect(parseCyclePath(["c", "session", "s", "k", "position", "x"])).toEqual({
      page: "notFound",
    });
  });
});
