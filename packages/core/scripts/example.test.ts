import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXAMPLE_FILE, exampleFileText } from "./example-file.ts";

describe("docs/examples/epicerie-du-lien.coeval.json", () => {
  it("is up to date with exampleWorkspace(); run scripts/write-example.ts if not", () => {
    expect(readFileSync(EXAMPLE_FILE, "utf8")).toBe(exampleFileText());
  });
});
