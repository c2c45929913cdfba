/** What every section builder reads: the cycle, its results, the language and the audience rules. */
import type { Cycle, Participant } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import type { Organisation, StakeholderGroup } from "../model/organisation.ts";
import type { Workspace } from "../model/workspace.ts";
import { type Formatter, formatterFor } from "../presentation/format.ts";
import { withheldNotes } from "../presentation/withheld.ts";
import { smallGroupIds } from "../privacy/threshold.ts";
import type { OrdinalStats } from "../results/statistics.ts";
import type { Breakdown, CycleResults } from "../results/types.ts";
import { en } from "./messages.en.ts";
import { fr, type ReportMessages } from "./messages.fr.ts";
import type { ReportAudience, ReportLanguage } from "./types.ts";

export const CATALOGUES: Record<ReportLanguage, ReportMessages> = { fr, en };

export interface ReportContext {
  workspace: Workspace;
  cycle: Cycle;
  grid: Grid;
  organisation: Organisation;
  results: CycleResults;
  lang: ReportLanguage;
  audience: ReportAudience;
  t: ReportMessages;
  fmt: Formatter;
  /** The anonymity threshold k, formatted once. */
  k: string;
  /**
   * Groups with at least one but fewer than k participants in the cycle: their figures
   * are never shown; the partners version never names them.
   */
  smallGroupIds: ReadonlySet<string>;
  /** Free text as the audience may read it: in the partners version, names are masked. */
  scrub: (text: string) => string;
  criterionLabel: (criterionId: string) => string;
  participant: (participantId: string) => Participant | undefined;
  group: (groupId: string) => StakeholderGroup | undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A function masking every whole-word occurrence of the given names. Longest first, so
 * "Marie-Claire" is masked whole before "Marie".
 */
export function nameMasker(names: readonly string[], mask: string): (text: string) => string {
  const distinct = [...new Set(names.map((name) => name.trim()).filter((name) => name.length > 0))];
  if (distinct.length === 0) return (text) => text;
  distinct.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${distinct.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return (text) => text.replace(pattern, mask);
}

export function createContext(
  workspace: Workspace,
  cycle: Cycle,
  grid: Grid,
  organisation: Organisation,
  results: CycleResults,
  lang: ReportLanguage,
  audience: ReportAudience,
): ReportContext {
  const t = CATALOGUES[lang];
  const fmt = formatterFor(lang);
  const people = [
    ...cycle.participants,
    ...(organisation.participants ?? []),
    ...workspace.cycles
      .filter((c) => c.organisationId === organisation.id)
      .flatMap((c) => c.participants),
  ];
  const scrub =
    audience === "partners"
      ? nameMasker(
          people.flatMap((p) => (p.name === undefined ? [p.pseudonym] : [p.pseudonym, p.name])),
          t.maskedName,
        )
      : (text: string) => text;
  const criteria = new Map<string, string>();
  for (const d of grid.dimensions) for (const c of d.criteria) criteria.set(c.id, c.label);
  const participants = new Map(cycle.participants.map((p) => [p.id, p]));
  const groups = new Map(organisation.stakeholderGroups.map((g) => [g.id, g]));
  return {
    workspace,
    cycle,
    grid,
    organisation,
    results,
    lang,
    audience,
    t,
    fmt,
    k: fmt.integer(results.minGroupSize),
    smallGroupIds: new Set(smallGroupIds(cycle, organisation)),
    scrub,
    criterionLabel: (id) => criteria.get(id) ?? id,
    participant: (id) => participants.get(id),
    group: (id) => groups.get(id),
  };
}

/** A row label with its n: "Bénévoles (n = 5)". */
export function withN(ctx: ReportContext, label: string, n: number): string {
  return ctx.t.stats.withN(label, ctx.fmt.integer(n));
}

/** Every shown row of a breakdown, labelled: overall, sides, perspectives (when compared), groups. */
export function breakdownRows<S>(
  ctx: ReportContext,
  breakdown: Breakdown<S>,
): { key: string; label: string; stats: S }[] {
  const rows: { key: string; label: string; stats: S }[] = [];
  if (breakdown.overall !== null) {
    rows.push({ key: "overall", label: ctx.t.overall, stats: breakdown.overall });
  }
  for (const side of breakdown.sides) {
    rows.push({ key: side.side, label: ctx.t.sideTotals[side.side], stats: side.stats });
  }
  if (breakdown.perspectives.length > 1) {
    for (const p of breakdown.perspectives) {
      rows.push({ key: p.perspective, label: ctx.t.perspectives[p.perspective], stats: p.stats });
    }
  }
  for (const g of breakdown.groups) rows.push({ key: g.groupId, label: g.label, stats: g.stats });
  return rows;
}

/** Why the rows of a breakdown that are not shown are not shown, one sentence per reason. */
export function withheldFootnotes<S>(ctx: ReportContext, breakdown: Breakdown<S>): string[] {
  return withheldNotes(breakdown.withheld, {
    lang: ctx.lang,
    minGroupSize: ctx.results.minGroupSize,
  });
}

/** Median, quartiles and consensus of ordinal statistics, formatted; "—" where n = 0. */
export function ordinalCells(ctx: ReportContext, stats: OrdinalStats): string[] {
  const { fmt, t } = ctx;
  const value = (x: number | null) => (x === null ? t.none : fmt.number(x));
  return [
    fmt.integer(stats.n),
    value(stats.median),
    stats.q1 === null || stats.q3 === null
      ? t.none
      : `${fmt.number(stats.q1)} – ${fmt.number(stats.q3)}`,
    stats.consensus === null ? t.none : fmt.percent(stats.consensus),
    fmt.integer(stats.na),
    fmt.integer(stats.dontKnow),
  ];
}
