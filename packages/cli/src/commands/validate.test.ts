import { describe, expect, it } from "vitest";
import { runCli, testWorkspace, testWorkspaceText } from "../test-support.ts";

describe("coeval validate", () => {
  it("summarises a valid file in one line, with correct plurals", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "ws.coeval.json"], {
      "ws.coeval.json": testWorkspaceText(),
    });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe("valide : 1 organisation, 1 grille, 2 cycles, 54 positionnements\n");
  });

  it("uses singulars for one and zero in French, and speaks English", async () => {
    const workspace = testWorkspace();
    const [first] = workspace.cycles;
    if (!first) throw new Error("fixture without cycle");
    const single = { ...workspace, cycles: [{ ...first, ratings: first.ratings.slice(0, 1) }] };
    const text = JSON.stringify(single);
    const fr = await runCli(["validate", "one.json"], { "one.json": text });
    expect(fr.stdout).toBe("valide : 1 organisation, 1 grille, 1 cycle, 1 positionnement\n");
    const empty = JSON.stringify({ formatVersion: 1, id: "vide" });
    expect((await runCli(["validate", "e.json"], { "e.json": empty })).stdout).toBe(
      "valide : 0 organisation, 0 grille, 0 cycle, 0 positionnement\n",
    );
    const en = await runCli(["validate", "one.json", "--lang", "en"], { "one.json": text });
    expect(en.stdout).toBe("valid: 1 organisation, 1 grid, 1 cycle, 1 rating\n");
    expect((await runCli(["validate", "e.json", "--lang", "en"], { "e.json": empty })).stdout).toBe(
      "valid: 0 organisations, 0 grids, 0 cycles, 0 ratings\n",
    );
  });

  it("lists every problem as `path : message` and exits 1", async () => {
    const workspace = testWorkspace();
    const broken = JSON.parse(JSON.stringify(workspace));
    broken.cycles[0].ratings[2].value = 7;
    broken.cycles[1].mode = "inspection";
    const { code, stdout } = await runCli(["validate", "b.json"], {
      "b.json": JSON.stringify(broken),
    });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^b\.json n'est pas valide \(\d+ problèmes?\) :$/);
    expect(stdout).toContain("cycles[1].mode : ");
    for (const issueLine of lines.slice(1)) expect(issueLine).toMatch(/^ {2}\S.* : /);
    const en = await runCli(["validate", "b.json", "--lang", "en"], {
      "b.json": JSON.stringify(broken),
    });
    expect(en.stdout).toMatch(/^b\.json is not valid \(\d+ problems?\):/);
    expect(en.stdout).toContain("cycles[1].mode: ");
  });

  it("says clearly when the file cannot be read", async () => {
    const missing = await runCli(["validate", "absent.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("Fichier introuvable : absent.json\n");
    const folder = await runCli(
      ["validate", "dossier", "--lang", "en"],
      {},
      { folders: ["dossier"] },
    );
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe("dossier is a folder, not a file.\n");
  });
});
