import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/coeval.mjs", import.meta.url));

describe("the coeval executable", () => {
  it("runs through tsx's loader and passes on the exit code", () => {
    const help = spawnSync(process.execPath, [bin, "--help", "--lang", "en"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: coeval <command> [options]");
    const wrong = spawnSync(process.execPath, [bin, "valider"], { encoding: "utf8" });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Commande inconnue");
    expect(wrong.stderr).not.toMatch(/^\s{4}at /m);
  });
});
