/**
 * The report model: plain, JSON-serialisable data that any renderer (PDF, HTML,
 * spreadsheet) lays out without deciding anything. Every text is already
 * localised and every number already formatted; redactions are already applied.
 */
import type { Valence } from "../model/cycle.ts";
import type { StoryKind } from "../model/grid.ts";
import type { TextColour } from "../presentation/levelColours.ts";
import type { Audience } from "../privacy/disclosure-terms.ts";

export type ReportLanguage = "fr" | "en";
/** The report's audience is the disclosure audience: the same figures as the screens and exports. */
export type ReportAudience = Audience;

/** The report's sections, in the order they appear. */
export const REPORT_SECTION_IDS = [
  "cover",
  "context",
  "purpose",
  "method",
  "profile",
  "criteria",
  "divergences",
  "indicators",
  "stories",
  "strengthsWeaknesses",
  "opinion",
  "actions",
  "progress",
  "annex",
] as const;
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

export interface ReportOptions {
  lang: ReportLanguage;
  audience: ReportAudience;
  /** Only these sections (in the report's own order); default every section with content. */
  sections?: readonly ReportSectionId[];
  /** ISO date-time of the report; default now. */
  generatedAt?: string;
}

export type Alignment = "left" | "right" | "center";

export interface HeadingBlock {
  type: "heading";
  /** 2 below a section title, 3 below that. */
  level: 2 | 3;
  text: string;
}

export interface ParagraphBlock {
  type: "paragraph";
  text: string;
  /** "strong" for a lead sentence, "muted" for a side remark. */
  emphasis?: "strong" | "muted";
  /** Short remarks printed under the paragraph in a smaller size. */
  notes?: string[];
}

export interface KeyValueBlock {
  type: "keyValue";
  items: { key: string; value: string }[];
}

export interface TableColumn {
  header: string;
  align: Alignment;
  /** Relative share of the width a renderer may give the column (default 1). */
  weight?: number;
}

export interface TableBlock {
  type: "table";
  columns: TableColumn[];
  /** One cell per column, already formatted; "\n" separates lines within a cell. */
  rows: string[][];
  caption?: string;
  footnotes?: string[];
}

export interface BulletListBlock {
  type: "bulletList";
  title?: string;
  items: string[];
}

/** One line of a radar: positions 0..1 per axis (null where the series has no value). */
export interface RadarSeries {
  /** "overall" or a stakeholder group id. */
  key: string;
  kind: "overall" | "group";
  /** The series name with its number of raters, e.g. "Bénévoles (n = 5)". */
  label: string;
  n: number;
  values: (number | null)[];
}

export interface RadarChart {
  kind: "radar";
  title: string;
  axes: { key: string; label: string }[];
  series: RadarSeries[];
  /** Labels of the rings at 0, 0.5 and 1. */
  scaleLabels: { low: string; middle: string; high: string };
  caption?: string;
}

export interface DistributionRow {
  /** "overall", a side or a group: already labelled, with its n. */
  label: string;
  /** One count per level, in the order of `levels`. */
  counts: number[];
  na: number;
  dontKnow: number;
}

export interface DistributionChart {
  kind: "distribution";
  title: string;
  /**
   * Scale levels, lowest first; the label carries the value ("1 · Pas du tout"). Each has
   * its fill (the grid's own colour, else the standard ramp's) and the text colour readable
   * on it, both "#rrggbb".
   */
  levels: { value: number; label: string; colour: string; textColour: TextColour }[];
  rows: DistributionRow[];
  naLabel: string;
  dontKnowLabel: string;
  caption?: string;
}

export interface ChartBlock {
  type: "chart";
  chart: RadarChart | DistributionChart;
}

export interface QuoteBlock {
  type: "quote";
  title?: string;
  text: string;
  kind: StoryKind;
  valence: Valence;
  /** Localised kind and valence, e.g. "Témoignage · mitigé". */
  kindLabel: string;
  valenceLabel: string;
  /** Who told it, only where consent and audience allow. */
  attribution?: string;
  /** The criteria it illustrates, as labels. */
  criteria?: string[];
  date?: string;
}

export interface CalloutBlock {
  type: "callout";
  tone: "info" | "warning" | "convention" | "dissent";
  title?: string;
  text: string;
}

export type ReportBlock =
  | HeadingBlock
  | ParagraphBlock
  | KeyValueBlock
  | TableBlock
  | BulletListBlock
  | ChartBlock
  | QuoteBlock
  | CalloutBlock;

export interface ReportSection {
  id: ReportSectionId;
  /** Unique within the report (a section id, or `criteria:<dimension id>`). */
  anchor: string;
  title: string;
  blocks: ReportBlock[];
}

export interface ReportMetadata {
  title: string;
  subtitle: string;
  language: ReportLanguage;
  /** BCP 47 tag for document properties, e.g. "fr-FR". */
  locale: string;
  audience: ReportAudience;
  audienceLabel: string;
  organisation: { id: string; name: string };
  cycle: { id: string; name: string; mode: string };
  /** The cycle's dates, formatted ("12 mars – 30 juin 2026"); null when unknown. */
  dates: string | null;
  grid: { id: string; name: string; version: number; versionLabel: string };
  generatedAt: string;
  generatedAtLabel: string;
  author: string;
}

/** Texts a renderer needs around the content: running header, footer, contents. */
export interface ReportChrome {
  runningHeader: string;
  contentsTitle: string;
  /** With the placeholders {page} and {pages}: "page {page} / {pages}". */
  pageFooter: string;
  /** A line at the foot of the cover, e.g. the confidentiality of the version. */
  coverNote: string;
}

export interface ReportModel {
  metadata: ReportMetadata;
  chrome: ReportChrome;
  sections: ReportSection[];
}
