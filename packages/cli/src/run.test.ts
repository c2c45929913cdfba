import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "./i18n/index.ts";
import { runCli } from "./test-support.ts";

describe("global help", () => {
  it("lists every command, in French by default", async () => {
    const { code, stdout, stderr } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Utilisation : coeval <commande> [options]");
    for (const name of COMMAND_NAMES) expect(stdout).toContain(`  ${name} `);
    expect(stdout).toContain("docs/examples/epicerie-du-lien.coeval.json");
    expect(stdout).toContain("docs/examples/grille-epicerie-du-lien.csv");
  });

  it("speaks English with --lang en, --lang=en or COEVAL_LANG", async () => {
    for (const [argv, env] of [
      [["--help", "--lang", "en"], {}],
      [["--lang=en", "-h"], {}],
      [["--help"], { COEVAL_LANG: "en_GB.UTF-8" }],
    ] as const) {
      const { code, stdout } = await runCli([...argv], {}, { env });
      expect(code).toBe(0);
      expect(stdout).toContain("Usage: coeval <command> [options]");
    }
  });

  it("lets --lang win over COEVAL_LANG", async () => {
    const { stdout } = await runCli(["--help", "--lang", "fr"], {}, { env: { COEVAL_LANG: "en" } });
    expect(stdout).toContain("Utilisation");
  });

  it("answers `coeval help` and `coeval help <command>`", async () => {
    expect((await runCli(["help"])).stdout).toContain("Commandes :");
    const { code, stdout } = await runCli(["help", "results", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "coeval results <file.coeval.json> [--cycle ID] [--audience internal|partners] [--json]",
    );
  });
});

describe("help of each command", () => {
  for (const name of COMMAND_NAMES) {
    for (const lang of ["fr", "en"] as const) {
      it(`${name} --help in ${lang}`, async () => {
        const { code, stdout, stderr } = await runCli([name, "--help", "--lang", lang]);
        expect(code).toBe(0);
        expect(stderr).toBe("");
        expect(stdout.startsWith(`coeval ${name}`)).toBe(true);
        expect(stdout).toContain(lang === "fr" ? "Exemples :" : "Examples:");
        expect(stdout).toContain("--lang fr|en");
      });
    }
  }
});

describe("usage errors exit with 2 and say what to do", () => {
  const cases: Array<[string, string[], string]> = [
    ["no command", [], "Indiquez une commande"],
    ["an unknown command", ["valider"], "Commande inconnue : « valider »"],
    [
      "an unknown option",
      ["validate", "f.json", "--verbose"],
      "Option inconnue pour coeval validate : --verbose",
    ],
    [
      "an unknown short option",
      ["results", "f.json", "-x"],
      "Option inconnue pour coeval results : -x",
    ],
    ["a prototype name as option", ["validate", "f.json", "--constructor"], "Option inconnue"],
    ["a missing argument", ["validate"], "Argument manquant : <fichier.coeval.json>"],
    ["too many arguments", ["validate", "a.json", "b.json"], "Argument en trop : b.json"],
    [
      "a missing option value",
      ["results", "f.json", "--cycle"],
      "L'option --cycle attend une valeur",
    ],
    [
      "an option as value",
      ["results", "f.json", "--cycle", "--json"],
      "L'option --cycle attend une valeur",
    ],
    [
      "a value for a flag",
      ["results", "f.json", "--json=oui"],
      "L'option --json ne prend pas de valeur",
    ],
    [
      "a missing required option",
      ["import-grid", "g.csv"],
      "Option obligatoire manquante : --output",
    ],
    ["an unknown language", ["validate", "f.json", "--lang", "de"], "Langue inconnue : « de »"],
    [
      "a bad version",
      ["export-grid", "f.json", "--grid", "g", "-o", "g.csv", "--version", "2.5"],
      "Version invalide",
    ],
  ];
  for (const [what, argv, message] of cases) {
    it(what, async () => {
      const { code, stdout, stderr } = await runCli(argv);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(message);
    });
  }

  it("in English too", async () => {
    const { code, stderr } = await runCli(["validate", "--verbose", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option for coeval validate: --verbose");
    const missing = await runCli(["frobnicate"], {}, { env: { COEVAL_LANG: "en" } });
    expect(missing.stderr).toContain('Unknown command: "frobnicate"');
  });
});
