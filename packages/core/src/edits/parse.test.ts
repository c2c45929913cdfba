import { describe, expect, it } from "vitest";
import { parseWorkspaceEdits } from "./parse.ts";

describe("workspace edits read from JSON", () => {
  it("reads a list of edits, or a single one", () => {
    const rename = {
      type: "organisation.update",
      organisationId: "o1",
      fields: { name: "L'Épicerie" },
    };
    expect(parseWorkspaceEdits(JSON.stringify([rename]))).toEqual({ ok: true, edits: [rename] });
    expect(parseWorkspaceEdits(JSON.stringify(rename))).toEqual({ ok: true, edits: [rename] });
  });

  it("locates each problem by the edit's place in the list", () => {
    const result = parseWorkspaceEdits(
      JSON.stringify([
        { type: "organisation.update", organisationId: "o1", fields: {} },
        { type: "nope" },
        3,
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((found) => found.path[0])).toEqual([1, 2]);
    expect(result.issues[1]?.code).toBe("document.notObject");
  });

  it("says when the text is not JSON", () => {
    const result = parseWorkspaceEdits("[{");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.code).toMatch(/^json\./);
  });
});
