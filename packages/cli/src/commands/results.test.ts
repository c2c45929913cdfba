import { computeCycleResults } from "@coeval/core";
import { describe, expect, it } from "vitest";
import { runCli, testWorkspace, testWorkspaceText } from "../test-support.ts";
import { textWidth } from "../text.ts";
import { MAX_WIDTH } from "./results.ts";

const files = { "ws.coeval.json": testWorkspaceText() };

function widest(text: string): number {
  return Math.max(...text.split("\n").map(textWidth));
}

describe("coeval results", () => {
  it("shows the latest cycle by start date and says which", async () => {
    const { code, stdout, stderr } = await runCli(["results", "ws.coeval.json"], files);
    expect(code).toBe(0);
    expect(stderr).toContain("« Évaluation 2026 » (cycle-2026), le plus récent ; 1 autre cycle");
    expect(stdout).toContain("Résultats : Évaluation 2026 (L'Épicerie du Lien)");
  });

  it("prints dimensions, criteria, divergences, indicators, positions and the hidden-group note", async () => {
    const { stdout } = await runCli(["results", "ws.coeval.json", "--cycle", "cycle-2026"], files);
    for (const heading of [
      "Profil par dimension",
      "Par critère",
      "Écarts à discuter",
      "Indicateurs chiffrés",
      "Positions collectives",
    ]) {
      expect(stdout).toContain(heading);
    }
    // Employees (4) and volunteers (3) are shown; the social services (1) never, and the
    // customers not beside "external", which would give away the social services' rating.
    expect(stdout).toContain("G1 Salariés (interne)");
    expect(stdout).not.toContain("Clients (externe)");
    expect(stdout).not.toContain("Services sociaux");
    expect(stdout).toContain("Protection des personnes");
    // Internal 3 against external 1 on participation: worth discussing (the line may wrap).
    expect(stdout.replace(/\s+/g, " ")).toMatch(
      /Les clients prennent part aux décisions : Ensemble interne 3 \(n = 7\) contre Ensemble externe 1 \(n = 5\)/,
    );
    // The consensus as the app and the PDF show it, and its scale in the note.
    expect(stdout).toContain("avis très partagés (consensus 50 %, n = 12)");
    expect(stdout.replace(/\s+/g, " ")).toContain("consensus de 0 % (opposition totale) à 100 %");
    expect(stdout).toContain("Part des clients présents à l'assemblée générale");
    expect(stdout).toContain("majorité, avec désaccord");
    expect(stdout).toMatch(/2 Un peu/);
    expect(widest(stdout)).toBeLessThanOrEqual(MAX_WIDTH);
  });

  it("discloses for partners with --audience partners, and refuses an unknown audience", async () => {
    const { code, stdout } = await runCli(
      ["results", "ws.coeval.json", "--audience", "partners", "--json"],
      files,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).audience).toBe("partners");
    expect(stdout).not.toContain("Services sociaux");
    const wrong = await runCli(["results", "ws.coeval.json", "--audience", "public"], files);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("public");
  });

  it("reads the figures from the engine: n, median, N/A and don't-know", async () => {
    const { stdout } = await runCli(["results", "ws.coeval.json"], files);
    const row = stdout.split("\n").find((text) => text.includes("Les achats auprès"));
    // 10 levels given, 1 N/A, 1 don't know; median 2; consensus as a whole percentage.
    expect(row).toMatch(/Les achats auprès\S*( \S+)*\s+10\s+2\s+2–2,75\s+\d{1,3}\s%\s+1\s+1\s/);
  });

  it("stays within 100 columns with long labels", async () => {
    const workspace = testWorkspace();
    const grid = workspace.grids[0];
    const criterion = grid?.dimensions[0]?.criteria[0];
    if (!criterion) throw new Error("fixture without criterion");
    criterion.label = "Un critère au libellé très long ".repeat(8).trim();
    const text = JSON.stringify(workspace);
    const { code, stdout } = await runCli(["results", "w.json"], { "w.json": text });
    expect(code).toBe(0);
    expect(widest(stdout)).toBeLessThanOrEqual(MAX_WIDTH);
    expect(stdout).toContain("…");
  });

  it("prints the results object with --json, and only it on standard output", async () => {
    const { code, stdout } = await runCli(["results", "ws.coeval.json", "--json"], files);
    expect(code).toBe(0);
    const expected = computeCycleResults(testWorkspace(), "cycle-2026", { audience: "internal" });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const chosen = await runCli(
      ["results", "ws.coeval.json", "--json", "--cycle", "cycle-2025"],
      files,
    );
    expect(JSON.parse(chosen.stdout).cycleId).toBe("cycle-2025");
    expect(chosen.stderr).toBe("");
  });

  it("lists the available cycles when the one asked for does not exist", async () => {
    const { code, stdout, stderr } = await runCli(
      ["results", "ws.coeval.json", "--cycle", "cycle-2030", "--lang", "en"],
      files,
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('No cycle "cycle-2030".');
    expect(stderr).toContain("cycle-2026: Évaluation 2026 (14 March 2026)");
    expect(stderr).toContain("cycle-2025: Évaluation 2025 (15 March 2025)");
  });

  it("says so when the file has no cycle", async () => {
    const empty = JSON.stringify({ formatVersion: 1, id: "vide" });
    const { code, stderr } = await runCli(["results", "e.json"], { "e.json": empty });
    expect(code).toBe(1);
    expect(stderr).toContain("ne contient aucun cycle");
  });

  it("speaks English", async () => {
    const { code, stdout } = await runCli(["results", "ws.coeval.json", "--lang", "en"], files);
    expect(code).toBe(0);
    expect(stdout).toContain("Profile per dimension");
    expect(stdout).toContain("Gaps worth discussing");
    expect(stdout).toContain("majority, with dissent");
    expect(stdout).toContain("G1 Salariés (internal)");
  });

  it("fails with 1 on an invalid file", async () => {
    const { code, stderr } = await runCli(["results", "b.json"], { "b.json": "{" });
    expect(code).toBe(1);
    expect(stderr).toContain("b.json n'est pas valide");
  });
});
