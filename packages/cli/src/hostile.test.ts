import { describe, expect, it } from "vitest";
import {
  accentedWorkspaceText,
  duplicatePositionsText,
  encodeUtf16,
  encodeWindows1252,
  FAR_FUTURE,
  farFutureRatingText,
  gridCsvUtf16,
  gridCsvWindows1252,
  HOSTILE_TEXT,
  hostileWorkspace,
  hostileWorkspaceText,
} from "../../core/src/examples/hostile.test-support.ts";
import { fileAt, runCli, STACK_LINE, testWorkspace } from "./test-support.ts";

/** Intl separates a number from its unit, and French thousands, with no-break spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const gridId = () => hostileWorkspace().grids[0]?.id ?? "";

describe("files that try to turn Coéval against its readers, on the command line", () => {
  it("exports formula labels neutralised, and imports them back as typed, with a warning", async () => {
    const exported = await runCli(
      ["export-grid", "h.coeval.json", "--grid", gridId(), "-o", "g.csv"],
      {
        "h.coeval.json": hostileWorkspaceText(),
      },
    );
    expect(exported.code).toBe(0);
    const csv = fileAt(exported.memory, "g.csv") ?? "";
    expect(csv).toContain(`;"'${HOSTILE_TEXT.criterion.replaceAll('"', '""')}";`);
    expect(csv).not.toMatch(/[;\n]"?=HYPERLINK/);

    const imported = await runCli(["import-grid", "g.csv", "-o", "nouveau.coeval.json"], {
      "g.csv": csv,
    });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(
      /^g\.csv a été lu, avec 1 avertissement :\n {2}ligne \d+, colonne « critère » : cette cellule commence par « = »/,
    );
    const workspace = JSON.parse(fileAt(imported.memory, "nouveau.coeval.json") ?? "{}");
    const labels = workspace.grids[0].dimensions.flatMap((d: { criteria: { label: string }[] }) =>
      d.criteria.map((c) => c.label),
    );
    expect(labels).toContain(HOSTILE_TEXT.criterion);
  });

  it("reads a grid CSV saved as Windows-1252, accents right, and says so on stderr", async () => {
    const { code, stderr, memory } = await runCli(
      ["import-grid", "ansi.csv", "-o", "w.coeval.json"],
      {
        "ansi.csv": gridCsvWindows1252(),
      },
    );
    expect(code).toBe(0);
    expect(stderr).toContain("ansi.csv a été lu, avec 2 avertissements :");
    expect(stderr).toContain("  le fichier était enregistré en Windows-1252 (« ANSI »");
    const written = fileAt(memory, "w.coeval.json") ?? "";
    expect(written).toContain('"label": "Contribution économique"');
    expect(written).not.toContain("\uFFFD");
  });

  it("refuses a grid CSV saved as UTF-16, says what to do, and writes nothing", async () => {
    for (const [lang, expected] of [
      ["fr", "  le fichier est enregistré en UTF-16 LE (ce qu'Excel appelle « Texte Unicode »)"],
      ["en", '  the file is saved as UTF-16 LE (what Excel calls "Unicode Text")'],
    ] as const) {
      const { code, stderr, memory } = await runCli(
        ["import-grid", "unicode.csv", "-o", "w.coeval.json", "--lang", lang],
        { "unicode.csv": gridCsvUtf16() },
      );
      expect(code).toBe(1);
      expect(stderr).toContain(
        lang === "fr" ? "unicode.csv ne peut pas être lu :" : "unicode.csv cannot be read:",
      );
      expect(stderr).toContain(expected);
      expect(stderr).toContain("CSV UTF-8");
      expect(fileAt(memory, "w.coeval.json")).toBeUndefined();
    }
  });

  it("validates a workspace saved as Windows-1252, with the warning on stderr", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "ansi.coeval.json"], {
      "ansi.coeval.json": encodeWindows1252(accentedWorkspaceText()),
    });
    expect(code).toBe(0);
    expect(stdout).toBe(
      "valide : 1 organisation, 0 grille, 0 cycle, 0 positionnement\nmais 1 avertissement est donné sur la sortie d'erreur : le fichier s'ouvre, vérifiez ces points.\n",
    );
    expect(stderr).toMatch(
      /^ansi\.coeval\.json a été lu, avec 1 avertissement :\n {2}le fichier était enregistré en Windows-1252/,
    );
  });

  it("refuses a workspace saved as UTF-16, with or without byte order mark, in either language", async () => {
    for (const byteOrderMark of [true, false]) {
      const bytes = encodeUtf16(accentedWorkspaceText(), "BE", byteOrderMark);
      const { code, stdout, stderr } = await runCli(["validate", "u.json", "--lang", "en"], {
        "u.json": bytes,
      });
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toBe(
        'u.json cannot be read:\n  the file is saved as UTF-16 BE (what Excel calls "Unicode Text"), which Coéval does not read; save it as UTF-8: in Excel, "Save As" then "CSV UTF-8"; in Notepad, the "UTF-8" encoding\n',
      );
    }
  });

  it("refuses two positions of one criterion in one session, naming both", async () => {
    const { text, firstPath, secondPath } = duplicatePositionsText();
    const { code, stdout } = await runCli(["validate", "d.json"], { "d.json": text });
    expect(code).toBe(1);
    expect(stdout).toContain(`  ${secondPath} : une autre position collective`);
    expect(stdout).toContain(`existe déjà (${firstPath})`);
  });

  it("refuses a rating dated in the year 9999, naming it and its date", async () => {
    const { text, ratingId } = farFutureRatingText();
    const { code, stdout } = await runCli(["validate", "f.json", "--lang", "en"], {
      "f.json": text,
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `ratings\\[0\\]\\.createdAt: rating ${ratingId} is dated ${FAR_FUTURE.replaceAll(".", "\\.")}, after the current date`,
      ),
    );
  });

  it("refuses a file over the size limit before reading it, with both sizes", async () => {
    const { code, stderr } = await runCli(
      ["validate", "enorme.coeval.json"],
      { "enorme.coeval.json": hostileWorkspaceText() },
      { sizes: { "enorme.coeval.json": 560 * 1_048_576 } },
    );
    expect(code).toBe(1);
    expect(plain(stderr)).toBe(
      "enorme.coeval.json ne peut pas être lu :\n  le fichier fait 560 Mo : c'est trop pour cet appareil (limite 100 Mo) ; vérifiez que c'est le bon fichier, ou répartissez l'espace de travail en plusieurs fichiers (par structure ou par année)\n",
    );
    expect(stderr).not.toMatch(STACK_LINE);
    const english = await runCli(
      ["import-grid", "big.csv", "-o", "w.json", "--lang", "en"],
      { "big.csv": "x" },
      { sizes: { "big.csv": 150 * 1_048_576 } },
    );
    expect(plain(english.stderr)).toContain(
      "the file is 150 MB: too much for this device (limit 100 MB)",
    );
  });

  it("keeps standard output the command's answer: warnings of `results --json` go to stderr", async () => {
    const workspace = testWorkspace();
    const [first] = workspace.cycles;
    const rating = first?.ratings[0];
    if (rating) rating.perspective = "external";
    const { code, stdout, stderr } = await runCli(
      ["results", "w.json", "--json", "--cycle", "cycle-2026"],
      {
        "w.json": JSON.stringify(workspace),
      },
    );
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stderr).toContain("w.json a été lu, avec 1 avertissement :");
    expect(stderr).toContain(
      "cycles[0].ratings[0].perspective : ce positionnement est donné en regard extérieur (external)",
    );
  });
});
