/** `buildReport`: what goes in the report of one cycle, for one language and one audience. */
import type { Workspace } from "../model/workspace.ts";
import {
  computeResults,
  ResultsReferenceError,
  resolveResultsContext,
} from "../results/compute.ts";
import { createContext, type ReportContext } from "./context.ts";
import {
  actionBlocks,
  annexBlocks,
  opinionBlocks,
  storyBlocks,
  strengthsWeaknessesBlocks,
} from "./sections-evidence.ts";
import { contextBlocks, coverBlocks, methodBlocks, purposeBlocks } from "./sections-overview.ts";
import { progressBlocks } from "./sections-progress.ts";
import {
  criteriaSections,
  divergenceBlocks,
  indicatorBlocks,
  profileBlocks,
} from "./sections-results.ts";
import {
  REPORT_SECTION_IDS,
  type ReportBlock,
  type ReportMetadata,
  type ReportModel,
  type ReportOptions,
  type ReportSection,
  type ReportSectionId,
} from "./types.ts";

function metadataOf(ctx: ReportContext, generatedAt: string): ReportMetadata {
  const { t, fmt, cycle, grid, organisation } = ctx;
  return {
    title: t.title,
    subtitle: t.subtitle(cycle.name),
    language: ctx.lang,
    locale: fmt.locale,
    audience: ctx.audience,
    audienceLabel: t.audience[ctx.audience],
    organisation: { id: organisation.id, name: organisation.name },
    cycle: { id: cycle.id, name: cycle.name, mode: t.modes[cycle.mode] },
    dates: fmt.dateRange(cycle.startDate, cycle.endDate),
    grid: {
      id: grid.id,
      name: grid.name,
      version: grid.version,
      versionLabel: t.gridVersion(grid.version),
    },
    generatedAt,
    generatedAtLabel: t.generatedAt(fmt.date(generatedAt)),
    author: t.author,
  };
}

/**
 * The report model of a cycle of a workspace: plain data, every text localised, every
 * number formatted, redactions for the audience applied. Sections without content are
 * left out. Throws `ResultsReferenceError` when the cycle, its grid or its organisation
 * is missing.
 *
 * Audiences: "internal" holds everything a structure may read about itself (rating
 * comments, session notes, pseudonyms, the names of people who agreed to be named,
 * stories with consent "internal" or "public"). "partners" removes comments, notes and
 * every name and pseudonym (also masked in free text), keeps only "public" stories and
 * drops dissents held by a group too small to be shown. In both, groups with fewer
 * participants than the anonymity threshold are never named.
 */
export function buildReport(
  workspace: Workspace,
  cycleId: string,
  options: ReportOptions,
): ReportModel {
  const resolved = resolveResultsContext(workspace, cycleId);
  if (!resolved.ok) throw new ResultsReferenceError(resolved.code, resolved.params);
  const { cycle, grid, organisation } = resolved.context;
  const results = computeResults(resolved.context, { audience: options.audience });
  const ctx = createContext(
    workspace,
    cycle,
    grid,
    organisation,
    results,
    options.lang,
    options.audience,
  );
  const metadata = metadataOf(ctx, options.generatedAt ?? new Date().toISOString());
  const wanted = new Set<ReportSectionId>(options.sections ?? REPORT_SECTION_IDS);
  const { t } = ctx;

  const sections: ReportSection[] = [];
  const add = (
    id: ReportSectionId,
    title: string,
    build: () => ReportBlock[],
    anchor: string = id,
  ) => {
    if (!wanted.has(id)) return;
    const blocks = build();
    if (blocks.length > 0) sections.push({ id, anchor, title, blocks });
  };
  add("cover", metadata.title, () => coverBlocks(ctx, metadata));
  add("context", t.sections.context, () => contextBlocks(ctx));
  add("purpose", t.sections.purpose, () => purposeBlocks(ctx));
  add("method", t.sections.method, () => methodBlocks(ctx, metadata));
  add("profile", t.sections.profile, () => profileBlocks(ctx));
  if (wanted.has("criteria")) {
    for (const { dimension, blocks } of criteriaSections(ctx)) {
      add(
        "criteria",
        t.sections.criteria(dimension.label),
        () => blocks,
        `criteria:${dimension.id}`,
      );
    }
  }
  add("divergences", t.sections.divergences, () => divergenceBlocks(ctx));
  add("indicators", t.sections.indicators, () => indicatorBlocks(ctx));
  add("stories", t.sections.stories, () => storyBlocks(ctx));
  add("strengthsWeaknesses", t.sections.strengthsWeaknesses, () => strengthsWeaknessesBlocks(ctx));
  add("opinion", t.sections.opinion, () => opinionBlocks(ctx));
  add("actions", t.sections.actions, () => actionBlocks(ctx));
  add("progress", t.sections.progress, () => progressBlocks(ctx));
  add("annex", t.sections.annex, () => annexBlocks(ctx));

  return {
    metadata,
    chrome: {
      runningHeader: `${organisation.name} · ${cycle.name}`,
      contentsTitle: t.contents,
      pageFooter: t.pageFooter,
      coverNote: t.coverNote[ctx.audience],
    },
    sections,
  };
}

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

const FILE_WORDS = {
  fr: { report: "rapport", internal: "interne", partners: "partenaires" },
  en: { report: "report", internal: "internal", partners: "partners" },
} as const;

/** A portable file name for the report: "rapport-epicerie-du-lien-cycle-2026-partenaires.pdf". */
export function reportFileName(model: ReportModel, extension = "pdf"): string {
  const words = FILE_WORDS[model.metadata.language];
  const parts = [
    words.report,
    slug(model.metadata.organisation.name),
    slug(model.metadata.cycle.name),
    words[model.metadata.audience],
  ].filter((part) => part !== "");
  return `${parts.join("-")}.${extension}`;
}
