import { safeParseWorkspace } from "@coeval/core";
import { describe, expect, it } from "vitest";
import { fileAt, runCli, STACK_LINE, testWorkspaceText } from "../test-support.ts";

const workspaceFile = { "ws.coeval.json": testWorkspaceText() };

async function exportedCsv(): Promise<string> {
  const { code, memory } = await runCli(
    ["export-grid", "ws.coeval.json", "--grid", "grille-lien", "-o", "grille.csv"],
    workspaceFile,
  );
  expect(code).toBe(0);
  const csv = fileAt(memory, "grille.csv");
  if (csv === undefined) throw new Error("no CSV written");
  return csv;
}

function parsed(text: string | undefined) {
  const result = safeParseWorkspace(text ?? "");
  if (!result.ok) throw new Error("the written workspace is invalid");
  return result.workspace;
}

describe("coeval export-grid", () => {
  it("writes the latest version of a grid as CSV", async () => {
    const { code, stdout, memory } = await runCli(
      ["export-grid", "ws.coeval.json", "--grid", "grille-lien", "-o", "grille.csv"],
      workspaceFile,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      "Grille « Grille du lien » (version 1, 3 critères) exportée dans grille.csv\n",
    );
    const csv = fileAt(memory, "grille.csv") ?? "";
    expect(csv).toContain("Les clients prennent part aux décisions");
    expect(csv.split("\n")[0]).toContain("dimension");
  });

  it("lists the grids or versions available when the one asked for is missing", async () => {
    const grid = await runCli(
      ["export-grid", "ws.coeval.json", "--grid", "autre", "-o", "g.csv", "--lang", "en"],
      workspaceFile,
    );
    expect(grid.code).toBe(1);
    expect(grid.stderr).toBe('No grid "autre". Available grids: grille-lien.\n');
    const version = await runCli(
      ["export-grid", "ws.coeval.json", "--grid", "grille-lien", "--version", "3", "-o", "g.csv"],
      workspaceFile,
    );
    expect(version.code).toBe(1);
    expect(version.stderr).toBe(
      "La grille « grille-lien » n'a pas de version 3. Versions disponibles : 1.\n",
    );
    expect(fileAt(version.memory, "g.csv")).toBeUndefined();
  });
});

describe("coeval import-grid", () => {
  it("creates a workspace holding the grid, named after the CSV file by default", async () => {
    const csv = await exportedCsv();
    const { code, stdout, memory } = await runCli(
      ["import-grid", "notre-grille.csv", "-o", "Nouveau.coeval.json"],
      { "notre-grille.csv": csv },
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      "Grille « notre-grille » (version 1 : 2 dimensions, 3 critères) enregistrée dans le nouvel espace de travail Nouveau.coeval.json\n",
    );
    const workspace = parsed(fileAt(memory, "Nouveau.coeval.json"));
    expect(workspace.id).toBe("nouveau");
    expect(workspace.grids).toHaveLength(1);
    expect(workspace.grids[0]?.dimensions.map((d) => d.criteria.length)).toEqual([2, 1]);
  });

  it("adds the grid to an existing workspace, keeping everything else", async () => {
    const csv = await exportedCsv();
    const { code, stdout, memory } = await runCli(
      ["import-grid", "g.csv", "-o", "ws.coeval.json", "--name", "Grille révisée", "--lang", "en"],
      { ...workspaceFile, "g.csv": csv },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Grid "Grille révisée"');
    expect(stdout).toContain("added to the workspace ws.coeval.json");
    const workspace = parsed(fileAt(memory, "ws.coeval.json"));
    expect(workspace.grids.map((grid) => grid.name)).toEqual(["Grille du lien", "Grille révisée"]);
    expect(workspace.cycles).toHaveLength(2);
  });

  it("refuses a grid the workspace already holds, and writes nothing", async () => {
    const csv = await exportedCsv();
    const first = await runCli(["import-grid", "g.csv", "-o", "w.json", "--name", "Même"], {
      "g.csv": csv,
    });
    const written = fileAt(first.memory, "w.json") ?? "";
    const again = await runCli(["import-grid", "g.csv", "-o", "w.json", "--name", "Même"], {
      "g.csv": csv,
      "w.json": written,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("contient déjà la grille");
    expect(again.stderr).toContain("Aucun fichier n'a été modifié.");
    expect(fileAt(again.memory, "w.json")).toBe(written);
  });

  it("lists CSV errors with their line and column, and writes nothing", async () => {
    const csv = await exportedCsv();
    const separator = csv.includes(";") ? ";" : ",";
    const lines = csv.split("\n");
    const header = (lines[0] ?? "").split(separator);
    const kindColumn = header.indexOf("type");
    const broken = lines.map((text, index) => {
      if (index !== 2) return text;
      const cells = text.split(separator);
      cells[kindColumn] = "sondage";
      return cells.join(separator);
    });
    const { code, stderr, memory } = await runCli(["import-grid", "g.csv", "-o", "out.json"], {
      "g.csv": broken.join("\n"),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^g\.csv ne peut pas être importé \(1 erreur\) :\n {2}ligne 3, colonne « type » : /,
    );
    expect(stderr).toContain("Aucun fichier n'a été modifié.");
    expect(stderr).not.toMatch(STACK_LINE);
    expect(fileAt(memory, "out.json")).toBeUndefined();
  });

  it("never overwrites an existing file that is not a valid workspace", async () => {
    const csv = await exportedCsv();
    const { code, stderr, memory } = await runCli(["import-grid", "g.csv", "-o", "notes.json"], {
      "g.csv": csv,
      "notes.json": '{"mes": "notes"}',
    });
    expect(code).toBe(1);
    expect(stderr).toContain("notes.json n'est pas valide");
    expect(fileAt(memory, "notes.json")).toBe('{"mes": "notes"}');
  });

  it("reports an unreadable CSV file", async () => {
    const { code, stderr } = await runCli([
      "import-grid",
      "absente.csv",
      "-o",
      "w.json",
      "--lang",
      "en",
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe("File not found: absente.csv\n");
  });
});
