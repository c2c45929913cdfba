// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exportFileName } from "./exportFile.ts";

describe("exportFileName", () => {
  it("keeps accents and spaces", () => {
    expect(exportFileName("L'Épicerie du Lien")).toBe("L'Épicerie du Lien.coeval.json");
  });

  it("replaces characters file systems refuse and strips direction overrides", () => {
    expect(exportFileName('a/b\\c:d*"e"<f>|g?')).toBe("a-b-c-d-e-f-g-.coeval.json");
    expect(exportFileName("evil\u202Enosj.exe")).toBe("evilnosj.exe.coeval.json");
  });

  it("shortens very long names and never returns an empty name", () => {
    expect(exportFileName("x".repeat(10_000))).toBe(`${"x".repeat(80)}.coeval.json`);
    expect(exportFileName(" ../ ")).toBe("coeval.coeval.json");
    expect(exportFileName("<script>")).toBe("script-.coeval.json");
  });
});
