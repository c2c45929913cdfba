import { exampleWorkspace, safeParseWorkspace, serialiseWorkspace } from "@coeval/core";
import { describe, expect, it } from "vitest";
import { fileAt, runCli } from "../test-support.ts";
import { DEFAULT_DEMO_FILE } from "./demo.ts";

describe("coeval demo", () => {
  it("writes the example workspace and says what to try next", async () => {
    const { code, stdout, memory } = await runCli(["demo"]);
    expect(code).toBe(0);
    const written = fileAt(memory, DEFAULT_DEMO_FILE);
    expect(written).toBe(serialiseWorkspace(exampleWorkspace()));
    expect(safeParseWorkspace(written).ok).toBe(true);
    expect(stdout).toContain(`Espace de travail d'exemple écrit dans ${DEFAULT_DEMO_FILE}`);
    expect(stdout).toContain(`pnpm coeval validate ${DEFAULT_DEMO_FILE}`);
    expect(stdout).toContain(`pnpm coeval results ${DEFAULT_DEMO_FILE}`);
  });

  it("writes where -o says, and suggests commands in the chosen language", async () => {
    const { code, stdout, memory } = await runCli([
      "demo",
      "-o",
      "mon atelier.coeval.json",
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    expect(fileAt(memory, "mon atelier.coeval.json")).toBeDefined();
    expect(stdout).toContain('pnpm coeval results "mon atelier.coeval.json" --lang en');
  });

  it("leaves an identical file alone and never overwrites other content without --force", async () => {
    const example = serialiseWorkspace(exampleWorkspace());
    const same = await runCli(["demo"], { [DEFAULT_DEMO_FILE]: example });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("contient déjà");

    const refused = await runCli(["demo"], { [DEFAULT_DEMO_FILE]: "mon travail" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--force");
    expect(fileAt(refused.memory, DEFAULT_DEMO_FILE)).toBe("mon travail");

    const forced = await runCli(["demo", "--force"], { [DEFAULT_DEMO_FILE]: "mon travail" });
    expect(forced.code).toBe(0);
    expect(fileAt(forced.memory, DEFAULT_DEMO_FILE)).toBe(example);
  });

  it("reports a file it cannot write", async () => {
    const { code, stderr } = await runCli(
      ["demo", "-o", "protege.json", "--lang", "en"],
      {},
      { readOnly: ["protege.json"] },
    );
    expect(code).toBe(1);
    expect(stderr).toBe("Cannot write protege.json: permission denied\n");
  });
});
