/**
 * Grids in spreadsheets: one row per indicator, the dimension and criterion repeated
 * on each row (or left empty to mean "same as above"), French column titles by default,
 * English ones accepted.
 */
import type { Language } from "../model/common.ts";
import {
  type Direction,
  type EffectLevel,
  Grid,
  type Indicator,
  type IndicatorKind,
  type ScaleKind,
  type ScaleLevel,
} from "../model/grid.ts";
import {
  type CsvCell,
  type CsvValue,
  csvNumber,
  readCsv,
  restoreNeutralisedText,
  startsLikeFormula,
  writeCsv,
} from "./csv.ts";
import { type IssueCode, type IssueParams, issue, type ValidationIssue } from "./issues.ts";
import { validateGrid } from "./validate.ts";
import { fromZodIssues } from "./zod-issues.ts";

type Words = Record<Language, string>;

export const GRID_CSV_COLUMNS = [
  { key: "dimensionId", fr: "id dimension", en: "dimension id" },
  { key: "dimensionLabel", fr: "dimension", en: "dimension" },
  { key: "dimensionDescription", fr: "description dimension", en: "dimension description" },
  { key: "criterionId", fr: "id critère", en: "criterion id" },
  { key: "criterionLabel", fr: "critère", en: "criterion" },
  { key: "criterionDescription", fr: "description critère", en: "criterion description" },
  { key: "guidingQuestions", fr: "questions clés", en: "guiding questions" },
  { key: "whyItMatters", fr: "pourquoi c'est important", en: "why it matters" },
  { key: "indicatorId", fr: "id indicateur", en: "indicator id" },
  { key: "indicatorLabel", fr: "indicateur", en: "indicator" },
  { key: "indicatorDescription", fr: "description indicateur", en: "indicator description" },
  { key: "kind", fr: "type", en: "kind" },
  { key: "scaleKind", fr: "type d'échelle", en: "scale kind" },
  { key: "levels", fr: "échelle", en: "scale" },
  { key: "allowNotApplicable", fr: "non concerné possible", en: "not applicable allowed" },
  { key: "allowDontKnow", fr: "ne sait pas possible", en: "don't know allowed" },
  { key: "unit", fr: "unité", en: "unit" },
  { key: "direction", fr: "sens", en: "direction" },
  { key: "baseline", fr: "valeur de référence", en: "baseline" },
  { key: "baselinePeriod", fr: "période de référence", en: "baseline period" },
  { key: "target", fr: "cible", en: "target" },
  { key: "targetBandMin", fr: "fourchette min", en: "target band min" },
  { key: "targetBandMax", fr: "fourchette max", en: "target band max" },
  { key: "source", fr: "source", en: "source" },
  { key: "effectLevel", fr: "niveau d'effet", en: "effect level" },
  { key: "prompt", fr: "consigne", en: "prompt" },
] as const satisfies readonly ({ key: string } & Words)[];

type ColumnKey = (typeof GRID_CSV_COLUMNS)[number]["key"];

const KIND_WORDS: Record<IndicatorKind, Words> = {
  scale: { fr: "échelle", en: "scale" },
  yesPartlyNo: { fr: "oui-en-partie-non", en: "yes-partly-no" },
  quantitative: { fr: "quantitatif", en: "quantitative" },
  narrative: { fr: "récit", en: "narrative" },
};
const SCALE_KIND_WORDS: Record<ScaleKind, Words> = {
  maturity: { fr: "maturité", en: "maturity" },
  progress: { fr: "progression", en: "progress" },
  agreement: { fr: "accord", en: "agreement" },
  frequency: { fr: "fréquence", en: "frequency" },
  custom: { fr: "libre", en: "custom" },
};
const DIRECTION_WORDS: Record<Direction, Words> = {
  higherBetter: { fr: "hausse", en: "higher-better" },
  lowerBetter: { fr: "baisse", en: "lower-better" },
  targetBand: { fr: "fourchette", en: "target-band" },
  none: { fr: "aucun", en: "none" },
};
const EFFECT_WORDS: Record<EffectLevel, Words> = {
  means: { fr: "moyens", en: "means" },
  output: { fr: "réalisation", en: "output" },
  result: { fr: "résultat", en: "result" },
  impact: { fr: "impact", en: "impact" },
};
const BOOLEAN_WORDS: Record<"true" | "false", Words> = {
  true: { fr: "oui", en: "yes" },
  false: { fr: "non", en: "no" },
};
/** Other ways people write yes and no in a spreadsheet. */
const BOOLEAN_SYNONYMS: Record<string, boolean> = {
  vrai: true,
  faux: false,
  "1": true,
  "0": false,
};

/** The columns each kind of indicator uses, beyond the ones every indicator has. */
const KIND_COLUMNS: Record<IndicatorKind, readonly ColumnKey[]> = {
  scale: ["scaleKind", "levels", "allowNotApplicable", "allowDontKnow"],
  yesPartlyNo: ["allowNotApplicable", "allowDontKnow"],
  quantitative: [
    "unit",
    "direction",
    "baseline",
    "baselinePeriod",
    "target",
    "targetBandMin",
    "targetBandMax",
    "source",
  ],
  narrative: ["prompt"],
};
/** Columns of free text, as opposed to ids, numbers, levels and words from a list. */
const TEXT_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  "dimensionLabel",
  "dimensionDescription",
  "criterionLabel",
  "criterionDescription",
  "guidingQuestions",
  "whyItMatters",
  "indicatorLabel",
  "indicatorDescription",
  "unit",
  "baselinePeriod",
  "source",
  "prompt",
]);
const INDICATOR_COLUMNS: readonly ColumnKey[] = [
  "indicatorId",
  "indicatorLabel",
  "indicatorDescription",
  "kind",
  "effectLevel",
  ...new Set(Object.values(KIND_COLUMNS).flat()),
];

const LEVEL_NAMES: Record<Language, Grid["levelNames"]> = {
  fr: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
  en: { dimension: "Dimension", criterion: "Criterion", indicator: "Indicator" },
};
const DEFAULT_NAMES: Record<Language, string> = { fr: "Grille importée", en: "Imported grid" };
const FALLBACK_SLUGS: Record<"dimension" | "criterion" | "indicator", Words> = {
  dimension: { fr: "dimension", en: "dimension" },
  criterion: { fr: "critere", en: "criterion" },
  indicator: { fr: "indicateur", en: "indicator" },
};

/** How words are compared: no accents, no case, no spaces, hyphens or apostrophes. */
function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_\-'’]/g, "");
}

const lookups = new Map<object, Map<string, string>>();

/** The code a word stands for, in French, English or as the code itself. */
function lookupWord<T extends string>(words: Record<T, Words>, text: string): T | undefined {
  let lookup = lookups.get(words);
  if (lookup === undefined) {
    lookup = new Map();
    for (const [code, names] of Object.entries(words) as [T, Words][]) {
      lookup.set(normalise(code), code);
      lookup.set(normalise(names.fr), code);
      lookup.set(normalise(names.en), code);
    }
    lookups.set(words, lookup);
  }
  return lookup.get(normalise(text)) as T | undefined;
}

function wordList<T extends string>(words: Record<T, Words>, lang: Language): string {
  return Object.values<Words>(words)
    .map((names) => names[lang])
    .join(", ");
}

const COLUMN_LOOKUP = new Map<string, { key: ColumnKey; lang?: Language }>();
for (const column of GRID_CSV_COLUMNS) {
  const shared = normalise(column.fr) === normalise(column.en);
  COLUMN_LOOKUP.set(
    normalise(column.fr),
    shared ? { key: column.key } : { key: column.key, lang: "fr" },
  );
  if (!shared) COLUMN_LOOKUP.set(normalise(column.en), { key: column.key, lang: "en" });
}

/** `Accès aux droits !` → `acces-aux-droits`: ids people can read, that the model accepts. */
export function slugify(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

function uniqueSlug(label: string, fallback: string, used: Set<string>): string {
  const base = slugify(label) || fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

// Lists inside a cell are separated by " | "; a backslash keeps a | or : as text.
const ESCAPED = new Set(["\\", "|", ":"]);

function escapeText(text: string, alsoColon: boolean): string {
  const escaped = text.replaceAll("\\", "\\\\").replaceAll("|", "\\|");
  return alsoColon ? escaped.replaceAll(":", "\\:") : escaped;
}

function unescapeText(text: string): string {
  let result = "";
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    const next = text.charAt(index + 1);
    if (character === "\\" && ESCAPED.has(next)) {
      result += next;
      index++;
    } else {
      result += character;
    }
  }
  return result;
}

/** Splits at each unescaped `separator`, keeping escapes for `unescapeText`. */
function splitUnescaped(
  text: string,
  separator: string,
  limit = Number.POSITIVE_INFINITY,
): string[] {
  const parts: string[] = [];
  let current = "";
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    if (character === "\\" && index + 1 < text.length) {
      current += character + text.charAt(index + 1);
      index++;
    } else if (character === separator && parts.length < limit) {
      parts.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts;
}

function formatList(items: readonly string[]): string {
  return items.map((item) => escapeText(item, false)).join(" | ");
}

function parseList(text: string): string[] {
  return splitUnescaped(text, "|")
    .map((item) => unescapeText(item).trim())
    .filter((item) => item !== "");
}

function formatLevels(levels: readonly ScaleLevel[]): string {
  return levels
    .map((level) => {
      const head = `${level.value}=${escapeText(level.label, true)}`;
      return level.descriptor === undefined
        ? head
        : `${head}: ${escapeText(level.descriptor, false)}`;
    })
    .join(" | ");
}

const LEVEL_PATTERN = /^([+-]?\d+)\s*=([\s\S]*)$/;

function parseLevels(text: string): { levels: ScaleLevel[] } | { badFragment: string } {
  const levels: ScaleLevel[] = [];
  for (const rawFragment of splitUnescaped(text, "|")) {
    const fragment = rawFragment.trim();
    if (fragment === "") continue;
    const match = LEVEL_PATTERN.exec(fragment);
    if (match === null) return { badFragment: unescapeText(fragment).slice(0, 60) };
    const [label = "", descriptor] = splitUnescaped(match[2] ?? "", ":", 1).map((part) =>
      unescapeText(part).trim(),
    );
    const level: ScaleLevel = { value: Number(match[1]), label };
    if (descriptor !== undefined && descriptor !== "") level.descriptor = descriptor;
    levels.push(level);
  }
  return { levels };
}

const NUMBER_PATTERN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

function parseNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (!NUMBER_PATTERN.test(compact)) return undefined;
  return Number(compact.replace(",", "."));
}

export interface ExportGridCsvOptions {
  /** The language of the column titles and words; the grid's own language by default. */
  lang?: Language;
}

/** The grid as CSV: semicolons and decimal commas in French, as French spreadsheets expect. */
export function exportGridCsv(grid: Grid, options: ExportGridCsvOptions = {}): string {
  const lang = options.lang ?? grid.language;
  const rows: CsvValue[][] = [GRID_CSV_COLUMNS.map((column) => column[lang])];
  const word = <T extends string>(words: Record<T, Words>, code: T | undefined) =>
    code === undefined ? "" : words[code][lang];
  const yesNo = (value: boolean) => BOOLEAN_WORDS[value ? "true" : "false"][lang];
  const number = (value: number | undefined): CsvValue =>
    value === undefined ? "" : csvNumber(value, { decimalMark: lang === "fr" ? "," : "." });

  for (const dimension of grid.dimensions) {
    for (const criterion of dimension.criteria) {
      const shared: Partial<Record<ColumnKey, CsvValue>> = {
        dimensionId: dimension.id,
        dimensionLabel: dimension.label,
        dimensionDescription: dimension.description ?? "",
        criterionId: criterion.id,
        criterionLabel: criterion.label,
        criterionDescription: criterion.description ?? "",
        guidingQuestions: formatList(criterion.guidingQuestions),
        whyItMatters: criterion.whyItMatters ?? "",
      };
      const indicatorRows: Partial<Record<ColumnKey, CsvValue>>[] = criterion.indicators.map(
        (indicator) => {
          const cells: Partial<Record<ColumnKey, CsvValue>> = {
            indicatorId: indicator.id,
            indicatorLabel: indicator.label,
            indicatorDescription: indicator.description ?? "",
            kind: KIND_WORDS[indicator.kind][lang],
            effectLevel: word(EFFECT_WORDS, indicator.effectLevel),
          };
          switch (indicator.kind) {
            case "scale":
              cells.scaleKind = word(SCALE_KIND_WORDS, indicator.scale.kind);
              cells.levels = formatLevels(indicator.scale.levels);
              cells.allowNotApplicable = yesNo(indicator.scale.allowNotApplicable);
              cells.allowDontKnow = yesNo(indicator.scale.allowDontKnow);
              break;
            case "yesPartlyNo":
              cells.allowNotApplicable = yesNo(indicator.allowNotApplicable);
              cells.allowDontKnow = yesNo(indicator.allowDontKnow);
              break;
            case "quantitative":
              cells.unit = indicator.unit;
              cells.direction = word(DIRECTION_WORDS, indicator.direction);
              cells.baseline = number(indicator.baseline?.value);
              cells.baselinePeriod = indicator.baseline?.period ?? "";
              cells.target = number(indicator.target);
              cells.targetBandMin = number(indicator.targetBand?.min);
              cells.targetBandMax = number(indicator.targetBand?.max);
              cells.source = indicator.source ?? "";
              break;
            case "narrative":
              cells.prompt = indicator.prompt ?? "";
              break;
          }
          return cells;
        },
      );
      for (const cells of indicatorRows.length > 0 ? indicatorRows : [{}]) {
        const row = { ...shared, ...cells };
        rows.push(GRID_CSV_COLUMNS.map((column) => row[column.key] ?? ""));
      }
    }
  }
  return writeCsv(rows, lang === "fr" ? ";" : ",");
}

export interface ImportGridCsvOptions {
  /** The grid's id; a slug of its name by default. */
  gridId?: string;
  name?: string;
  /** The grid's language; the language of the column titles by default. */
  lang?: Language;
  /** When the grid is created; now by default. */
  createdAt?: string;
}

export type ImportGridCsvResult =
  /** `warnings`: what was read but deserves a look (text that starts like a formula). */
  { ok: true; grid: Grid; warnings: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

interface Located {
  line: number;
}
interface IndicatorDraft extends Located {
  id: string;
  label: string;
  row: RowReader;
}
interface CriterionDraft extends Located {
  id: string;
  label: string;
  fields: Map<ColumnKey, { value: string; line: number }>;
  indicators: IndicatorDraft[];
}
interface DimensionDraft extends Located {
  id: string;
  label: string;
  fields: Map<ColumnKey, { value: string; line: number }>;
  criteria: CriterionDraft[];
}

interface RowReader {
  line: number;
  cell(key: ColumnKey): string;
  issue<C extends IssueCode>(
    key: ColumnKey,
    code: C,
    ...params: ParamsArgument<C>
  ): ValidationIssue;
}
type ParamsArgument<C extends IssueCode> = IssueParams<C> extends undefined ? [] : [IssueParams<C>];

function located(
  base: ValidationIssue,
  line: number,
  column: string | number | undefined,
): ValidationIssue {
  const params: Record<string, string | number> = { ...base.params, line };
  if (column !== undefined) params.column = column;
  return { ...base, params };
}

/**
 * Reads a grid from CSV. Every problem comes with its line and column, in words the
 * person who edited the spreadsheet can act on. Text that starts like a spreadsheet
 * formula is kept as text, with a warning; the `'` our export puts in front of such
 * text is removed. Never throws.
 */
export function importGridCsv(
  text: string,
  options: ImportGridCsvOptions = {},
): ImportGridCsvResult {
  try {
    return importRows(text, options);
  } catch {
    return { ok: false, issues: [issue([], "internal.unexpected")] };
  }
}

function importRows(text: string, options: ImportGridCsvOptions): ImportGridCsvResult {
  const read = readCsv(text);
  if (!read.ok) {
    return {
      ok: false,
      issues: [located(issue([], "csv.unclosedQuote"), read.unclosedQuoteLine, undefined)],
    };
  }
  const isBlank = (cells: readonly CsvCell[]) => cells.every((cell) => cell.text.trim() === "");
  const records = read.records.filter((record) => !isBlank(record.cells));
  const [header, ...dataRecords] = records;
  if (header === undefined)
    return { ok: false, issues: [located(issue([], "csv.empty"), 1, undefined)] };

  const issues: ValidationIssue[] = [];
  const columnIndex = new Map<ColumnKey, number>();
  const titles = new Map<ColumnKey, string>();
  const languageVotes: Record<Language, number> = { fr: 0, en: 0 };
  const ignoredColumns = new Set<number>();
  header.cells.forEach((cell, index) => {
    const title = cell.text.trim();
    if (title === "") {
      ignoredColumns.add(index);
      return;
    }
    const match = COLUMN_LOOKUP.get(normalise(title));
    if (match === undefined) {
      issues.push(located(issue([], "csv.unknownColumn"), cell.line, title));
    } else if (columnIndex.has(match.key)) {
      issues.push(located(issue([], "csv.duplicateColumn"), cell.line, title));
    } else {
      columnIndex.set(match.key, index);
      titles.set(match.key, title);
      if (match.lang !== undefined) languageVotes[match.lang]++;
    }
  });
  const headerLang: Language = languageVotes.en > languageVotes.fr ? "en" : "fr";
  const lang = options.lang ?? headerLang;
  const title = (key: ColumnKey) =>
    titles.get(key) ??
    (GRID_CSV_COLUMNS.find((column) => column.key === key) as (typeof GRID_CSV_COLUMNS)[number])[
      headerLang
    ];

  const required: ColumnKey[] = ["dimensionLabel", "criterionLabel"];
  if (INDICATOR_COLUMNS.some((key) => columnIndex.has(key)))
    required.push("indicatorLabel", "kind");
  for (const key of required) {
    if (!columnIndex.has(key))
      issues.push(located(issue([], "csv.missingColumn"), header.line, title(key)));
  }
  if (issues.length > 0) return { ok: false, issues };
  if (dataRecords.length === 0) {
    return { ok: false, issues: [located(issue([], "csv.noRows"), header.line + 1, undefined)] };
  }

  const dimensions: DimensionDraft[] = [];
  const warnings: ValidationIssue[] = [];
  const formulaTexts = new Set<string>();
  for (const record of dataRecords) {
    const row: RowReader = {
      line: record.line,
      cell(key) {
        const index = columnIndex.get(key);
        const text = index === undefined ? "" : (record.cells[index]?.text.trim() ?? "");
        // Our export writes "'=…" for "=…": read it back as it was typed.
        return restoreNeutralisedText(text);
      },
      issue(key, code, ...params) {
        const index = columnIndex.get(key);
        const line = index === undefined ? record.line : (record.cells[index]?.line ?? record.line);
        return located(issue([], code, ...params), line, title(key));
      },
    };
    const extra = record.cells.filter(
      (cell, index) =>
        (index >= header.cells.length || ignoredColumns.has(index)) && cell.text.trim() !== "",
    );
    const firstExtra = extra[0];
    if (firstExtra !== undefined) {
      issues.push(
        located(
          issue([], "csv.extraCells", { count: extra.length }),
          firstExtra.line,
          record.cells.indexOf(firstExtra) + 1,
        ),
      );
    }
    for (const key of TEXT_COLUMNS) {
      const text = row.cell(key);
      // A label repeated on every row of its criterion is reported once.
      const seen = JSON.stringify([key, text]);
      if (!startsLikeFormula(text) || formulaTexts.has(seen)) continue;
      formulaTexts.add(seen);
      warnings.push(row.issue(key, "csv.formulaText", { start: text.charAt(0) }));
    }
    placeRow(row, dimensions, issues);
  }

  const built = buildGrid(dimensions, options, lang, issues, title);
  return built.ok ? { ...built, warnings } : built;
}

/** Finds or opens the dimension, criterion and indicator a row describes. */
function placeRow(row: RowReader, dimensions: DimensionDraft[], issues: ValidationIssue[]): void {
  const dimensionId = row.cell("dimensionId");
  const dimensionLabel = row.cell("dimensionLabel");
  let dimension: DimensionDraft | undefined;
  if (dimensionId === "" && dimensionLabel === "") {
    dimension = dimensions.at(-1);
    if (dimension === undefined) {
      issues.push(row.issue("dimensionLabel", "csv.missingValue"));
      return;
    }
  } else {
    dimension = dimensions.find((candidate) =>
      dimensionId !== "" ? candidate.id === dimensionId : candidate.label === dimensionLabel,
    );
    if (dimension === undefined) {
      dimension = {
        line: row.line,
        id: dimensionId,
        label: dimensionLabel,
        fields: new Map(),
        criteria: [],
      };
      dimensions.push(dimension);
    }
  }
  mergeFields(dimension.fields, row, ["dimensionLabel", "dimensionDescription"], issues);

  const criterionId = row.cell("criterionId");
  const criterionLabel = row.cell("criterionLabel");
  let criterion: CriterionDraft | undefined;
  if (criterionId === "" && criterionLabel === "") {
    criterion = dimension.criteria.at(-1);
    if (criterion === undefined) {
      issues.push(row.issue("criterionLabel", "csv.missingValue"));
      return;
    }
  } else {
    criterion = dimension.criteria.find((candidate) =>
      criterionId !== "" ? candidate.id === criterionId : candidate.label === criterionLabel,
    );
    if (criterion === undefined) {
      criterion = {
        line: row.line,
        id: criterionId,
        label: criterionLabel,
        fields: new Map(),
        indicators: [],
      };
      dimension.criteria.push(criterion);
    }
  }
  mergeFields(
    criterion.fields,
    row,
    ["criterionLabel", "criterionDescription", "guidingQuestions", "whyItMatters"],
    issues,
  );

  if (INDICATOR_COLUMNS.every((key) => row.cell(key) === "")) return;
  criterion.indicators.push({
    line: row.line,
    id: row.cell("indicatorId"),
    label: row.cell("indicatorLabel"),
    row,
  });
}

/** Keeps the first value of each field; a later row may repeat it or leave it empty, not change it. */
function mergeFields(
  fields: Map<ColumnKey, { value: string; line: number }>,
  row: RowReader,
  keys: readonly ColumnKey[],
  issues: ValidationIssue[],
): void {
  for (const key of keys) {
    const value = row.cell(key);
    if (value === "") continue;
    const known = fields.get(key);
    if (known === undefined) fields.set(key, { value, line: row.line });
    else if (known.value !== value) {
      issues.push(row.issue(key, "csv.conflictingValue", { firstLine: known.line }));
    }
  }
}

function buildIndicator(
  draft: IndicatorDraft,
  id: string,
  issues: ValidationIssue[],
): Indicator | undefined {
  const { row } = draft;
  const kindText = row.cell("kind");
  if (kindText === "") {
    issues.push(row.issue("kind", "csv.missingValue"));
    return undefined;
  }
  const kind = lookupWord(KIND_WORDS, kindText);
  if (kind === undefined) {
    issues.push(
      row.issue("kind", "csv.unknownKind", {
        received: kindText.slice(0, 60),
        values: `${wordList(KIND_WORDS, "fr")} / ${wordList(KIND_WORDS, "en")}`,
      }),
    );
    return undefined;
  }
  for (const key of INDICATOR_COLUMNS) {
    const common = ["indicatorId", "indicatorLabel", "indicatorDescription", "kind", "effectLevel"];
    if (!common.includes(key) && !KIND_COLUMNS[kind].includes(key) && row.cell(key) !== "") {
      issues.push(row.issue(key, "csv.notForKind", { kind: kindText }));
    }
  }

  const choice = <T extends string>(key: ColumnKey, words: Record<T, Words>): T | undefined => {
    const text = row.cell(key);
    if (text === "") return undefined;
    const code = lookupWord(words, text);
    if (code === undefined) {
      issues.push(
        row.issue(key, "csv.unknownValue", {
          received: text.slice(0, 60),
          values: `${wordList(words, "fr")} / ${wordList(words, "en")}`,
        }),
      );
    }
    return code;
  };
  const flag = (key: ColumnKey): boolean => {
    const text = normalise(row.cell(key));
    if (text === "") return true;
    const synonym = BOOLEAN_SYNONYMS[text];
    if (synonym !== undefined) return synonym;
    const code = choice(key, BOOLEAN_WORDS);
    return code !== "false";
  };
  const number = (key: ColumnKey): number | undefined => {
    const text = row.cell(key);
    if (text === "") return undefined;
    const value = parseNumber(text);
    if (value === undefined) {
      issues.push(row.issue(key, "csv.badNumber", { received: text.slice(0, 60) }));
    } else if (!Number.isFinite(value)) {
      issues.push(row.issue(key, "csv.numberOutOfRange", { received: text.slice(0, 60) }));
      return undefined;
    }
    return value;
  };
  const optionalText = (key: ColumnKey) => row.cell(key) || undefined;

  const description = optionalText("indicatorDescription");
  const effectLevel = choice("effectLevel", EFFECT_WORDS);
  const base = {
    id,
    label: draft.label,
    ...(description !== undefined && { description }),
    ...(effectLevel !== undefined && { effectLevel }),
  };
  switch (kind) {
    case "scale": {
      const parsed = parseLevels(row.cell("levels"));
      if ("badFragment" in parsed) {
        issues.push(row.issue("levels", "csv.badLevel", { fragment: parsed.badFragment }));
        return undefined;
      }
      return {
        ...base,
        kind,
        scale: {
          kind: choice("scaleKind", SCALE_KIND_WORDS) ?? "custom",
          levels: parsed.levels,
          allowNotApplicable: flag("allowNotApplicable"),
          allowDontKnow: flag("allowDontKnow"),
        },
      };
    }
    case "yesPartlyNo":
      return {
        ...base,
        kind,
        allowNotApplicable: flag("allowNotApplicable"),
        allowDontKnow: flag("allowDontKnow"),
      };
    case "quantitative": {
      const baseline = number("baseline");
      const period = optionalText("baselinePeriod");
      const target = number("target");
      const bandMin = number("targetBandMin");
      const bandMax = number("targetBandMax");
      if ((bandMin === undefined) !== (bandMax === undefined)) {
        const missing = bandMin === undefined ? "targetBandMin" : "targetBandMax";
        if (row.cell(missing) === "") issues.push(row.issue(missing, "csv.missingValue"));
      }
      if (baseline === undefined && period !== undefined) {
        issues.push(row.issue("baseline", "csv.missingValue"));
      }
      const source = optionalText("source");
      return {
        ...base,
        kind,
        unit: row.cell("unit"),
        direction: choice("direction", DIRECTION_WORDS) ?? "none",
        ...(baseline !== undefined && {
          baseline: period === undefined ? { value: baseline } : { value: baseline, period },
        }),
        ...(target !== undefined && { target }),
        ...(bandMin !== undefined &&
          bandMax !== undefined && { targetBand: { min: bandMin, max: bandMax } }),
        ...(source !== undefined && { source }),
      };
    }
    case "narrative": {
      const prompt = optionalText("prompt");
      return { ...base, kind, ...(prompt !== undefined && { prompt }) };
    }
  }
}

/** Where a path of the built grid came from in the CSV: its line and column. */
interface SourceMap {
  dimensions: { line: number; criteria: { line: number; indicators: number[] }[] }[];
}

const DIMENSION_FIELDS: Record<string, ColumnKey> = {
  id: "dimensionId",
  label: "dimensionLabel",
  description: "dimensionDescription",
};
const CRITERION_FIELDS: Record<string, ColumnKey> = {
  id: "criterionId",
  label: "criterionLabel",
  description: "criterionDescription",
  guidingQuestions: "guidingQuestions",
  whyItMatters: "whyItMatters",
};
/** The column an indicator's field comes from, given the path inside the indicator. */
function indicatorColumn(path: readonly (string | number)[]): ColumnKey | undefined {
  const [field, detail] = path;
  switch (field) {
    case undefined:
      return "indicatorLabel";
    case "id":
      return "indicatorId";
    case "label":
      return "indicatorLabel";
    case "description":
      return "indicatorDescription";
    case "scale":
      if (detail === "kind") return "scaleKind";
      if (detail === "allowNotApplicable" || detail === "allowDontKnow") return detail;
      return "levels";
    case "baseline":
      return detail === "period" ? "baselinePeriod" : "baseline";
    case "targetBand":
      return detail === "max" ? "targetBandMax" : "targetBandMin";
    case "kind":
    case "effectLevel":
    case "allowNotApplicable":
    case "allowDontKnow":
    case "unit":
    case "direction":
    case "target":
    case "source":
    case "prompt":
      return field;
    default:
      return undefined;
  }
}

function locate(
  found: ValidationIssue,
  sources: SourceMap,
  title: (key: ColumnKey) => string,
): ValidationIssue {
  const [root, d, , c, , i, ...rest] = found.path;
  if (root !== "dimensions" || typeof d !== "number") return found;
  const dimension = sources.dimensions[d];
  if (dimension === undefined) return found;
  const criterion = typeof c === "number" ? dimension.criteria[c] : undefined;
  const indicatorLine = typeof i === "number" ? criterion?.indicators[i] : undefined;
  if (indicatorLine !== undefined) {
    const key = indicatorColumn(rest);
    return located(found, indicatorLine, key === undefined ? undefined : title(key));
  }
  if (criterion !== undefined) {
    const key = CRITERION_FIELDS[String(found.path[4])];
    return located(found, criterion.line, key === undefined ? undefined : title(key));
  }
  const key = DIMENSION_FIELDS[String(found.path[2])];
  return located(found, dimension.line, key === undefined ? undefined : title(key));
}

function buildGrid(
  drafts: DimensionDraft[],
  options: ImportGridCsvOptions,
  lang: Language,
  issues: ValidationIssue[],
  title: (key: ColumnKey) => string,
): { ok: true; grid: Grid } | { ok: false; issues: ValidationIssue[] } {
  const explicit = (list: readonly { id: string }[]) =>
    new Set(list.map((item) => item.id).filter((id) => id));
  const allCriteria = drafts.flatMap((dimension) => dimension.criteria);
  const allIndicators = allCriteria.flatMap((criterion) => criterion.indicators);
  const usedDimensionIds = explicit(drafts);
  const usedCriterionIds = explicit(allCriteria);
  const usedIndicatorIds = explicit(allIndicators);
  const fieldOf = (fields: Map<ColumnKey, { value: string }>, key: ColumnKey) =>
    fields.get(key)?.value;

  const sources: SourceMap = { dimensions: [] };
  const dimensions = drafts.map((dimension) => {
    const label = fieldOf(dimension.fields, "dimensionLabel") ?? "";
    const description = fieldOf(dimension.fields, "dimensionDescription");
    const dimensionSource: SourceMap["dimensions"][number] = { line: dimension.line, criteria: [] };
    sources.dimensions.push(dimensionSource);
    return {
      id: dimension.id || uniqueSlug(label, FALLBACK_SLUGS.dimension[lang], usedDimensionIds),
      label,
      ...(description !== undefined && { description }),
      criteria: dimension.criteria.map((criterion) => {
        const criterionLabel = fieldOf(criterion.fields, "criterionLabel") ?? "";
        const criterionDescription = fieldOf(criterion.fields, "criterionDescription");
        const whyItMatters = fieldOf(criterion.fields, "whyItMatters");
        const criterionSource = { line: criterion.line, indicators: [] as number[] };
        dimensionSource.criteria.push(criterionSource);
        const indicators = criterion.indicators.flatMap((draft) => {
          const id =
            draft.id || uniqueSlug(draft.label, FALLBACK_SLUGS.indicator[lang], usedIndicatorIds);
          const indicator = buildIndicator(draft, id, issues);
          if (indicator === undefined) return [];
          criterionSource.indicators.push(draft.line);
          return [indicator];
        });
        return {
          id:
            criterion.id ||
            uniqueSlug(criterionLabel, FALLBACK_SLUGS.criterion[lang], usedCriterionIds),
          label: criterionLabel,
          ...(criterionDescription !== undefined && { description: criterionDescription }),
          ...(whyItMatters !== undefined && { whyItMatters }),
          guidingQuestions: parseList(fieldOf(criterion.fields, "guidingQuestions") ?? ""),
          principleIds: [],
          indicators,
        };
      }),
    };
  });
  if (issues.length > 0) return { ok: false, issues };

  const name = options.name ?? DEFAULT_NAMES[lang];
  const candidate = {
    id: options.gridId ?? (slugify(name) || "grille"),
    version: 1,
    name,
    language: lang,
    status: "draft",
    provenance: {},
    levelNames: LEVEL_NAMES[lang],
    glossary: [],
    principles: [],
    globalScore: { enabled: false },
    createdAt: options.createdAt ?? new Date().toISOString(),
    dimensions,
  };
  const shaped = Grid.safeParse(candidate, { reportInput: true });
  const found = shaped.success ? validateGrid(shaped.data) : fromZodIssues(shaped.error.issues);
  if (found.length > 0 || !shaped.success) {
    return { ok: false, issues: found.map((item) => locate(item, sources, title)) };
  }
  return { ok: true, grid: shaped.data };
}
