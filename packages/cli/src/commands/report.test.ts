import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPORT_SECTION_IDS, safeParseWorkspace } from "@coeval/core";
import { beforeAll, describe, expect, it } from "vitest";
import { latestCycle } from "../cycle-choice.ts";
import { binaryFileAt, fileAt, runCli, STACK_LINE } from "../test-support.ts";
import { countPdfPages } from "./report.ts";

const EXAMPLE_PATH = fileURLToPath(
  new URL("../../../../docs/examples/epicerie-du-lien.coeval.json", import.meta.url),
);
const exampleText = readFileSync(EXAMPLE_PATH, "utf8");
const files = { "epicerie.coeval.json": exampleText };
const parsed = safeParseWorkspace(exampleText);
if (!parsed.ok) throw new Error("the example workspace is valid");
const example = parsed.workspace;
const directory = mkdtempSync(join(tmpdir(), "coeval-cli-report-"));

function poppler(name: "pdftotext" | "pdfinfo"): string {
  for (const dir of ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  throw new Error(
    `${name} is missing: these tests read the PDF with poppler. Install it (Debian: apt-get install poppler-utils).`,
  );
}

interface ReadPdf {
  /** The text with every run of whitespace made one space, so wrapped phrases still match. */
  text: string;
  pages: number;
}

function readPdf(bytes: Uint8Array | undefined, name: string): ReadPdf {
  if (bytes === undefined) throw new Error(`no PDF was written for ${name}`);
  const file = join(directory, name);
  writeFileSync(file, bytes);
  const text = execFileSync(poppler("pdftotext"), [file, "-"], { encoding: "utf8" });
  const info = execFileSync(poppler("pdfinfo"), [file], { encoding: "utf8" });
  return { text: text.replace(/\s+/g, " "), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

/** `word` standing alone, case-sensitive ("Rose" the pseudonym, not "rosé"). */
function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

const flat = (text: string) => text.replace(/\s+/g, " ");
const latest = latestCycle(example.cycles);
if (!latest) throw new Error("the example has cycles");

type Run = Awaited<ReturnType<typeof runCli>>;

describe("coeval report on the example workspace", () => {
  let internal: Run;
  let internalPdf: ReadPdf;
  let partners: Run;
  let partnersPdf: ReadPdf;
  beforeAll(async () => {
    internal = await runCli(["report", "epicerie.coeval.json"], files);
    internalPdf = readPdf(
      binaryFileAt(internal.memory, "rapport-l-epicerie-du-lien-evaluation-2026-interne.pdf"),
      "internal-fr.pdf",
    );
    partners = await runCli(
      [
        "report",
        "epicerie.coeval.json",
        "--audience",
        "partners",
        "--lang",
        "en",
        "-o",
        "out/partners.pdf",
      ],
      files,
    );
    partnersPdf = readPdf(binaryFileAt(partners.memory, "out/partners.pdf"), "partners-en.pdf");
  });

  it("writes the internal French report under its own name and says so in one line", () => {
    expect(internal.code).toBe(0);
    expect(internal.stderr).toContain("Cycle affiché : « Évaluation 2026 »");
    expect(internal.stdout).toBe(
      `Rapport écrit dans rapport-l-epicerie-du-lien-evaluation-2026-interne.pdf : ${internalPdf.pages} pages. Version interne, en français.\n`,
    );
    expect(internalPdf.pages).toBeGreaterThan(1);
  });

  it("puts the organisation, the collective positions and their dissent in the internal report", () => {
    const { text } = internalPdf;
    expect(text.includes("Rapport d'évaluation"), "Rapport d'évaluation").toBe(true);
    expect(text.includes("L'Épicerie du Lien"), "L'Épicerie du Lien").toBe(true);
    const dissents = latest.positions.flatMap((position) => position.dissents);
    expect(dissents.length).toBeGreaterThan(0);
    for (const { text: dissent } of dissents) {
      expect(text.includes(flat(dissent)), dissent).toBe(true);
    }
    // Stories whose tellers agreed to an internal reading are there.
    const internalStory = latest.stories.find((story) => story.consent === "internal");
    expect(internalStory).toBeDefined();
    expect(text.includes(flat(internalStory?.title ?? "-")), internalStory?.title).toBe(true);
  });

  it("writes the partners' report in English where -o says", () => {
    expect(partners.code).toBe(0);
    expect(partners.stderr).toContain('Cycle shown: "Évaluation 2026"');
    expect(partners.stdout).toBe(
      `Report written to out/partners.pdf: ${partnersPdf.pages} pages. Version for partners, in English.\n`,
    );
    expect(partnersPdf.text.includes("Evaluation report"), "Evaluation report").toBe(true);
    expect(partnersPdf.text.includes("L'Épicerie du Lien"), "L'Épicerie du Lien").toBe(true);
  });

  it("names nobody in the partners' report and keeps only public stories", () => {
    const { text } = partnersPdf;
    const people = example.cycles.flatMap((cycle) => cycle.participants);
    const names = new Set(
      people.flatMap((person) => [person.name, person.pseudonym]).filter((n) => n !== undefined),
    );
    expect(names.size).toBeGreaterThan(10);
    for (const name of names) expect(containsWord(text, name), name).toBe(false);
    // Every story kept from partners, of any cycle, by its words; the reported cycle's also by
    // title (another cycle's title may be a phrase of this one, as "Le café du jeudi" is).
    const hidden = example.cycles.flatMap((cycle) =>
      cycle.stories
        .filter((story) => story.consent !== "public")
        .map((story) => ({ story, ofThisCycle: cycle.id === latest.id })),
    );
    const shown = latest.stories.filter((story) => story.consent === "public");
    expect(hidden.filter(({ ofThisCycle }) => ofThisCycle).length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThan(0);
    for (const { story, ofThisCycle } of hidden) {
      const excerpt = flat(story.text).slice(0, 60);
      expect(text.includes(excerpt), excerpt).toBe(false);
      if (ofThisCycle && story.title) {
        expect(text.includes(flat(story.title)), story.title).toBe(false);
      }
    }
    for (const story of shown) {
      const mark = flat(story.title ?? story.text.slice(0, 60));
      expect(text.includes(mark), mark).toBe(true);
    }
  });

  it("counts the pages as poppler does", () => {
    const bytes = binaryFileAt(partners.memory, "out/partners.pdf");
    expect(bytes && countPdfPages(bytes)).toBe(partnersPdf.pages);
  });

  it("prints no stack trace", () => {
    for (const { stdout, stderr } of [internal, partners]) {
      expect(stdout + stderr).not.toMatch(STACK_LINE);
    }
  });
});

describe("coeval report: choices and refusals", () => {
  it("keeps only the sections asked for", async () => {
    const { code, stderr, memory } = await runCli(
      ["report", "epicerie.coeval.json", "--sections", "cover, indicators", "-o", "r.pdf"],
      files,
    );
    expect(code).toBe(0);
    expect(stderr).not.toMatch(STACK_LINE);
    const { text } = readPdf(binaryFileAt(memory, "r.pdf"), "sections.pdf");
    expect(text.includes("Indicateurs chiffrés"), "Indicateurs chiffrés").toBe(true);
    expect(text.includes("Deux bénévoles considèrent"), "Deux bénévoles considèrent").toBe(false);
    expect(text.includes("Annexe : la grille"), "Annexe : la grille").toBe(false);
    expect(text.includes("Profil par dimension"), "Profil par dimension").toBe(false);
  });

  it("refuses an unknown audience, in both languages, before reading anything", async () => {
    for (const [lang, expected] of [
      ["fr", "Public inconnu : « public ». Valeurs possibles : internal et partners."],
      ["en", 'Unknown audience: "public". Allowed values: internal and partners.'],
    ] as const) {
      const { code, stdout, stderr, memory } = await runCli(
        ["report", "absent.coeval.json", "--audience", "public", "--lang", lang],
        files,
      );
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(expected);
      expect(memory.binaryFiles.size).toBe(0);
    }
  });

  it("refuses unknown or missing section ids and lists the valid ones", async () => {
    const unknown = await runCli(
      ["report", "epicerie.coeval.json", "--sections", "cover,graphs,annexes"],
      files,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Sections inconnues : graphs, annexes.");
    expect(unknown.stderr).toContain(`Sections possibles : ${REPORT_SECTION_IDS.join(", ")}.`);

    const empty = await runCli(
      ["report", "epicerie.coeval.json", "--sections", " , ", "--lang", "en"],
      files,
    );
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("--sections needs at least one section id. Valid sections:");

    const missing = await runCli(["report", "epicerie.coeval.json", "--sections"], files);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("L'option --sections attend une valeur.");
  });

  it("lists the cycles when the one asked for does not exist", async () => {
    const { code, stdout, stderr, memory } = await runCli(
      ["report", "epicerie.coeval.json", "--cycle", "cycle-2030"],
      files,
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Aucun cycle « cycle-2030 ».");
    for (const cycle of example.cycles) expect(stderr).toContain(`${cycle.id} : ${cycle.name}`);
    expect(memory.binaryFiles.size).toBe(0);
  });

  it("never replaces an existing file without --force", async () => {
    const defaultName = "rapport-l-epicerie-du-lien-evaluation-2026-interne.pdf";
    const refused = await runCli(["report", "epicerie.coeval.json"], {
      ...files,
      [defaultName]: "notre rapport de l'an dernier",
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${defaultName} existe déjà`);
    expect(refused.stderr).toContain("--force");
    expect(fileAt(refused.memory, defaultName)).toBe("notre rapport de l'an dernier");
    expect(refused.memory.binaryFiles.size).toBe(0);

    const forced = await runCli(
      ["report", "epicerie.coeval.json", "-o", "r.pdf", "--sections", "cover", "--force"],
      { ...files, "r.pdf": "ancien" },
    );
    expect(forced.code).toBe(0);
    expect(fileAt(forced.memory, "r.pdf")).toBeUndefined();
    expect(new TextDecoder().decode(binaryFileAt(forced.memory, "r.pdf")).slice(0, 5)).toBe(
      "%PDF-",
    );
  });

  it("says why it cannot write, without a stack trace", async () => {
    const { code, stdout, stderr } = await runCli(
      [
        "report",
        "epicerie.coeval.json",
        "-o",
        "protege.pdf",
        "--sections",
        "cover",
        "--lang",
        "en",
      ],
      files,
      { readOnly: ["protege.pdf"] },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Cannot write protege.pdf: permission denied");
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
