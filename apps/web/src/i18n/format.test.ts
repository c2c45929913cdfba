// @vitest-environment node
import { describe, expect, it } from "vitest";
import { formatters } from "./format.ts";

describe("formatters", () => {
  it("uses French plural rules: 0 and 1 are singular", () => {
    const f = formatters("fr");
    const forms = { one: "# participant", other: "# participants" };
    expect(f.plural(0, forms)).toBe("0 participant");
    expect(f.plural(1, forms)).toBe("1 participant");
    expect(f.plural(2, forms)).toBe("2 participants");
  });

  it("uses English plural rules: 0 is plural", () => {
    const f = formatters("en");
    expect(f.plural(0, { one: "# person", other: "# people" })).toBe("0 people");
    expect(f.plural(1, { one: "# person", other: "# people" })).toBe("1 person");
  });

  it("groups thousands the way each language does", () => {
    expect(formatters("fr").number(12345)).toBe("12\u202f345");
    expect(formatters("en").number(12345)).toBe("12,345");
  });

  it("writes dates in the language", () => {
    const at = "2026-11-22T19:25:00.000Z";
    expect(formatters("fr").date(at)).toMatch(/novembre 2026/);
    expect(formatters("en").date(at)).toMatch(/November 2026/);
    expect(formatters("fr").list(["a", "b", "c"])).toBe("a, b et c");
  });
});
