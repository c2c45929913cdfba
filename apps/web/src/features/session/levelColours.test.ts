// @vitest-environment node
import { describe, expect, it } from "vitest";
import { levelColours, textOn } from "./levelColours.ts";

describe("level colours", () => {
  it("goes from light to dark and keeps the grid's own colours", () => {
    const colours = levelColours([
      { value: 1, label: "a" },
      { value: 2, label: "b", colour: "#ff0000" },
      { value: 3, label: "c" },
    ]);
    expect(colours).toEqual(["#e3eef7", "#ff0000", "#0b2a45"]);
  });

  it("writes black on light colours and white on dark ones", () => {
    expect(textOn("#e3eef7")).toBe("#000000");
    expect(textOn("#0b2a45")).toBe("#ffffff");
    expect(textOn("#ffff00")).toBe("#000000");
  });
});
