import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/format/format-issue.ts";
import { importGridCsv } from "../src/format/grid-csv.ts";

const FORMAT_DOC = fileURLToPath(new URL("../../../docs/format.md", import.meta.url));

describe("docs/format.md", () => {
  it("shows a CSV excerpt that imports as it says", () => {
    const excerpt = readFileSync(FORMAT_DOC, "utf8").split("```csv\n")[1]?.split("```")[0] ?? "";
    const result = importGridCsv(excerpt);
    expect(result.ok ? [] : result.issues.map((issue) => formatIssue(issue, "en"))).toEqual([]);
    const criterion = result.ok ? result.grid.dimensions[0]?.criteria[0] : undefined;
    expect(criterion?.indicators.map((indicator) => indicator.kind)).toEqual([
      "scale",
      "quantitative",
    ]);
  });
});
