import { describe, expect, it } from "vitest";
import { runCli, STACK_LINE, testWorkspaceText } from "./test-support.ts";

/** Inputs people really feed a command line by mistake. */
const brokenInputs: Record<string, string> = {
  "binary garbage": String.fromCharCode(
    ...Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256),
  ),
  "an empty file": "",
  "JSON of the wrong shape": JSON.stringify({ hello: "world", grids: 3 }),
  "a JSON array": "[1, 2, 3]",
  "truncated JSON": testWorkspaceText().slice(0, 400),
  "a CSV file": "dimension;critère;indicateur\nLien social;Participation;\n",
  "a CSV with an open quote": 'dimension,criterion\n"Lien social,Participation\n',
};

const commandsOn = (path: string): string[][] => [
  ["validate", path],
  ["results", path],
  ["results", path, "--json"],
  ["report", path, "-o", "out.pdf"],
  ["export-grid", path, "--grid", "g", "-o", "out.csv"],
  ["import-grid", path, "-o", "out.coeval.json"],
  ["import-grid", "ok.csv", "-o", path],
];

describe("broken inputs never produce a stack trace", () => {
  for (const [what, content] of Object.entries(brokenInputs)) {
    for (const lang of ["fr", "en"]) {
      it(`${what} (${lang})`, async () => {
        for (const argv of commandsOn("broken.input")) {
          const { code, stdout, stderr, memory } = await runCli([...argv, "--lang", lang], {
            "broken.input": content,
            "ok.csv": content,
          });
          expect(code, argv.join(" ")).toBe(1);
          expect(stdout + stderr).not.toMatch(STACK_LINE);
          expect((stdout + stderr).trim().length).toBeGreaterThan(0);
          // The broken file is never replaced.
          expect(memory.files.get("/espace/broken.input")).toBe(content);
        }
      });
    }
  }
});
