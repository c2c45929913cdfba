// @vitest-environment node
import { describe, expect, it } from "vitest";
import { en } from "../../i18n/en.ts";
import { fr } from "../../i18n/fr.ts";
import { remainingSuggestions, SUGGESTED_GROUPS } from "./suggestions.ts";

describe("stakeholder group suggestions", () => {
  it("puts staff, volunteers and board inside, the others outside", () => {
    const internal = SUGGESTED_GROUPS.filter((g) => g.side === "internal").map((g) => g.key);
    expect(internal).toEqual(["staff", "volunteers", "board"]);
    expect(SUGGESTED_GROUPS).toHaveLength(8);
  });

  it("hides the suggestions already present, whatever their case or language", () => {
    const left = remainingSuggestions([" salariés ", "Volunteers"], [fr, en]).map((g) => g.key);
    expect(left).not.toContain("staff");
    expect(left).not.toContain("volunteers");
    expect(left).toContain("board");
  });
});
