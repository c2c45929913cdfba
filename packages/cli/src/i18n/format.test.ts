import { describe, expect, it } from "vitest";
import { createFormatter } from "./format.ts";

const grille = { one: "grille", other: "grilles" };

describe("createFormatter", () => {
  it("follows French plural rules (0 and 1 singular, round millions with « de »)", () => {
    const f = createFormatter("fr");
    expect(f.count(0, grille)).toBe("0 grille");
    expect(f.count(1, grille)).toBe("1 grille");
    expect(f.count(2, grille)).toBe("2 grilles");
    expect(f.count(1_000_000, { ...grille, many: "de grilles" })).toBe(
      "1\u202f000\u202f000 de grilles",
    );
  });

  it("follows English plural rules", () => {
    const f = createFormatter("en");
    expect(f.count(0, { one: "grid", other: "grids" })).toBe("0 grids");
    expect(f.count(1, { one: "grid", other: "grids" })).toBe("1 grid");
    expect(f.count(1234, { one: "grid", other: "grids" })).toBe("1,234 grids");
  });

  it("formats decimals and lists in the language", () => {
    expect(createFormatter("fr").number(2.5)).toBe("2,5");
    expect(createFormatter("en").number(2.5)).toBe("2.5");
    expect(createFormatter("fr").list(["a", "b", "c"])).toBe("a, b et c");
    expect(createFormatter("en").list(["a", "b", "c"])).toBe("a, b and c");
  });
});
