import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildReport,
  computeCycleResults,
  EXAMPLE_IDS,
  exampleWorkspace,
  type ReportAudience,
  type ReportLanguage,
  type Workspace,
} from "@coeval/core";
import { beforeAll, describe, expect, it } from "vitest";
import { LARGE_IDS, largeWorkspace } from "./large-report.test-support.ts";
import { renderReportPdf } from "./render.ts";
import { PAGE } from "./style.ts";

const POPPLER = ["pdftotext", "pdffonts", "pdfinfo"] as const;
const directory = mkdtempSync(join(tmpdir(), "coeval-pdf-"));

function tool(name: (typeof POPPLER)[number]): string {
  for (const dir of ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  throw new Error(
    `${name} is missing: these tests read the PDF with poppler. Install it (Debian: apt-get install poppler-utils).`,
  );
}

function run(name: (typeof POPPLER)[number], args: string[]): string {
  return execFileSync(tool(name), args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

interface Rendered {
  file: string;
  text: string;
  /** Runs of whitespace (U+202F included) made one space: phrases wrapped over lines still match. */
  flat: string;
  pages: number;
}

function render(
  workspace: Workspace,
  cycleId: string,
  lang: ReportLanguage,
  audience: ReportAudience,
): Rendered {
  const model = buildReport(workspace, cycleId, {
    lang,
    audience,
    generatedAt: "2026-06-20T10:00:00Z",
  });
  const file = join(directory, `${cycleId}-${lang}-${audience}.pdf`);
  writeFileSync(file, renderReportPdf(model));
  const text = run("pdftotext", ["-layout", file, "-"]);
  const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))?.[1]);
  return { file, text, flat: text.replace(/\s+/g, " "), pages };
}

const workspace = exampleWorkspace();
const cycle = workspace.cycles.find((c) => c.id === EXAMPLE_IDS.cycle2026);
if (cycle === undefined) throw new Error("the example has a 2026 cycle");
const organisation = workspace.organisations.find((o) => o.id === cycle.organisationId);
const smallGroups = (organisation?.stakeholderGroups ?? []).filter(
  (g) => cycle.participants.filter((p) => p.groupId === g.id).length < cycle.anonymity.minGroupSize,
);

describe("renderReportPdf on the example workspace", () => {
  const reports = {} as Record<`${ReportLanguage}-${ReportAudience}`, Rendered>;
  beforeAll(() => {
    for (const lang of ["fr", "en"] as const) {
      for (const audience of ["internal", "partners"] as const) {
        reports[`${lang}-${audience}`] = render(workspace, EXAMPLE_IDS.cycle2026, lang, audience);
      }
    }
  });

  it("prints the figures of the model, in French format, and numbers its pages", () => {
    const { text, pages } = reports["fr-internal"];
    const results = computeCycleResults(workspace, EXAMPLE_IDS.cycle2026);
    const between = results.criteria.find(
      (c) =>
        c.stats !== null &&
        c.stats.overall.median !== null &&
        !Number.isInteger(c.stats.overall.median),
    );
    if (between?.stats?.overall.median == null)
      throw new Error("the example has a median between levels");
    const median = String(between.stats.overall.median).replace(".", ",");
    // The "Ensemble" row of that criterion's table: its n, then its median with a comma.
    expect(text).toMatch(new RegExp(`Ensemble\\s+${between.stats.overall.n}\\s+${median}\\s`));
    expect(text).toContain(`page 1 / ${pages}`);
    expect(text).toContain(`page ${pages} / ${pages}`);
    expect(text).toContain("Sommaire");
  });

  it("prints the dissent that remains", () => {
    const dissents = cycle.positions.flatMap((p) => p.dissents.map((d) => d.text));
    expect(dissents.length).toBeGreaterThan(0);
    for (const dissent of dissents) {
      expect(reports["fr-internal"].flat).toContain(dissent.replace(/\s+/g, " "));
    }
  });

  it("leaves out of the partners version what was redacted", () => {
    for (const key of ["fr-partners", "en-partners"] as const) {
      const { flat } = reports[key];
      for (const p of cycle.participants) {
        expect(flat).not.toContain(p.pseudonym);
        if (p.name !== undefined) expect(flat).not.toContain(p.name);
      }
      for (const story of cycle.stories) {
        const opening = story.text.slice(0, 40).replace(/\s+/g, " ");
        if (story.consent === "public") expect(flat).toContain(opening);
        else expect(flat).not.toContain(opening);
      }
    }
    expect(smallGroups.length).toBeGreaterThan(0);
    for (const report of Object.values(reports)) {
      for (const group of smallGroups) expect(report.flat).not.toContain(group.label);
    }
  });

  it("is complete in English", () => {
    const { text, pages } = reports["en-internal"];
    expect(text).toContain("Contents");
    expect(text).toContain(`page 1 / ${pages}`);
    expect(text).toContain("Collective position");
    expect(text).not.toContain("Sommaire");
  });

  it("embeds Source Sans 3 and says who made it, in which language", () => {
    const { file } = reports["fr-internal"];
    const fonts = run("pdffonts", [file]);
    const embedded = fonts.split("\n").filter((line) => line.includes("SourceSans3"));
    expect(embedded.length).toBe(2);
    for (const line of embedded) expect(line).toMatch(/\syes\s/);
    const info = run("pdfinfo", [file]);
    expect(info).toMatch(/Author:\s+Coéval/);
    expect(info).toMatch(/Creator:\s+Coéval/);
    expect(info).toContain("L'Épicerie du Lien");
    const raw = readFileSync(file).toString("latin1");
    expect(raw).toContain("/Lang (fr-FR)");
  });
});

interface Word {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every word with its box, in points, from poppler's bounding-box output. */
function words(file: string): Word[] {
  const html = run("pdftotext", ["-bbox", file, "-"]);
  const found: Word[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (m) {
      found.push({
        page,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5] ?? "",
      });
    }
  }
  return found;
}

describe("renderReportPdf on a large, hostile report", () => {
  const mm = 72 / 25.4;
  let large: Rendered;
  beforeAll(() => {
    large = render(largeWorkspace(), LARGE_IDS.cycle, "fr", "internal");
  });

  it("lays every word out inside the margins, on pages numbered to the end", () => {
    expect(large.pages).toBeGreaterThan(60);
    const all = words(large.file);
    expect(all.length).toBeGreaterThan(10_000);
    const outside = all.filter(
      (w) =>
        w.xMin < PAGE.left * mm - 1 ||
        w.xMax > PAGE.right * mm + 1 ||
        w.yMin < 0 ||
        w.yMax > PAGE.height * mm,
    );
    expect(outside.slice(0, 5)).toEqual([]);
    // Content (not header or footer) stays between the top and bottom margins.
    const body = all.filter(
      (w) => w.yMin > (PAGE.headerY + 2) * mm && w.yMax < (PAGE.footerY - 5) * mm,
    );
    expect(body.filter((w) => w.yMax > PAGE.bottom * mm + 1).slice(0, 5)).toEqual([]);
    expect(large.text.includes(`page ${large.pages} / ${large.pages}`)).toBe(true);
    // Hundreds of gaps: the table keeps the largest and says how many there are in all.
    expect(/Les 40 plus grands écarts sur \d+/.test(large.flat)).toBe(true);
  });

  it("wraps hostile text and never prints the small group", () => {
    // Booleans, not toContain: a failure must not print a hundred pages of text.
    expect(large.flat.includes("Anticonstitutionnellement")).toBe(true);
    expect(large.flat.includes('<script>alert("x")</script>')).toBe(true);
    // French thousands: U+202F prints as a narrow space (poppler reads it back as a space),
    // never as the "/" the built-in Helvetica would show.
    expect(large.text.includes("1 555,5 %")).toBe(true);
    expect(large.text.includes("1/555")).toBe(false);
    expect(large.flat.includes(LARGE_IDS.smallGroupLabel)).toBe(false);
  });
});
