import { describe, expect, it } from "vitest";
import { z } from "zod";
import { stableUnit, stableUuid } from "./stable-random.ts";

describe("stable ids and draws", () => {
  it("gives the same valid UUID for the same key, and different ones otherwise", () => {
    const keys = Array.from({ length: 500 }, (_, i) => `rating:${i}`);
    const ids = keys.map((key) => stableUuid("seed", key));
    expect(ids.every((id) => z.uuid().safeParse(id).success)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stableUuid("seed", "rating:3")).toBe(ids[3]);
    expect(stableUuid("other", "rating:3")).not.toBe(ids[3]);
  });

  it("draws numbers in [0, 1) spread over the interval", () => {
    const draws = Array.from({ length: 1000 }, (_, i) => stableUnit("seed", String(i)));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const lowHalf = draws.filter((x) => x < 0.5).length;
    expect(lowHalf).toBeGreaterThan(400);
    expect(lowHalf).toBeLessThan(600);
  });
});
