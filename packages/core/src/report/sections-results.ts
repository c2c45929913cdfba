/** The sections read from the results: profile, criteria, divergences, indicators. */
import type { Dimension } from "../model/grid.ts";
import { levelColour } from "../presentation/levelColours.ts";
import type {
  CriterionResult,
  DimensionResult,
  DimensionStats,
  DivergenceParty,
  QuantitativeResult,
} from "../results/types.ts";
import {
  breakdownRows,
  ordinalCells,
  type ReportContext,
  withheldFootnotes,
  withN,
} from "./context.ts";
import type {
  DistributionChart,
  RadarChart,
  ReportBlock,
  TableBlock,
  TableColumn,
} from "./types.ts";

function statsColumns(ctx: ReportContext, medianHeader: string): TableColumn[] {
  const { t } = ctx;
  return [
    { header: t.stats.group, align: "left", weight: 3 },
    { header: t.stats.n, align: "right", weight: 0.7 },
    { header: medianHeader, align: "right", weight: 1.1 },
    { header: t.stats.quartiles, align: "right", weight: 1.3 },
    { header: t.stats.consensus, align: "right", weight: 1.2 },
    { header: t.stats.na, align: "right", weight: 1 },
    { header: t.stats.dontKnow, align: "right", weight: 1.1 },
  ];
}

/** Whether somebody answered: the "everyone" row has answers, or it is withheld (so somebody did). */
function answered(stats: { overall: { answers: number } | null }): boolean {
  return stats.overall === null || stats.overall.answers > 0;
}

/** Radar of the dimensions: one series for everyone, one per group shown on some dimension. */
function radarChart(ctx: ReportContext, dimensions: DimensionResult[]): RadarChart {
  const { t } = ctx;
  const groupKeys: { key: string; label: string }[] = [];
  for (const d of dimensions) {
    for (const g of d.stats.groups) {
      if (!groupKeys.some((k) => k.key === g.groupId))
        groupKeys.push({ key: g.groupId, label: g.label });
    }
  }
  const overallN = Math.max(0, ...dimensions.map((d) => d.stats.overall?.raters ?? 0));
  const series: RadarChart["series"] = [
    {
      key: "overall",
      kind: "overall",
      label: withN(ctx, t.overall, overallN),
      n: overallN,
      values: dimensions.map((d) => d.stats.overall?.normalisedMedian ?? null),
    },
  ];
  for (const { key, label } of groupKeys) {
    const stats = dimensions.map((d) => d.stats.groups.find((g) => g.groupId === key)?.stats);
    const n = Math.max(0, ...stats.map((s) => s?.raters ?? 0));
    series.push({
      key,
      kind: "group",
      label: withN(ctx, label, n),
      n,
      values: stats.map((s) => s?.normalisedMedian ?? null),
    });
  }
  return {
    kind: "radar",
    title: t.profile.radarTitle,
    axes: dimensions.map((d) => ({ key: d.dimensionId, label: d.label })),
    series,
    scaleLabels: {
      low: t.profile.scaleLow,
      middle: t.profile.scaleMiddle,
      high: t.profile.scaleHigh,
    },
    caption: t.profile.radarCaption,
  };
}

function dimensionTable(ctx: ReportContext, dimension: DimensionResult): TableBlock {
  const { t, fmt } = ctx;
  const shared = dimension.levelValues !== null;
  const value = (x: number | null) => (x === null ? t.none : fmt.number(x));
  const cells = (s: DimensionStats) => {
    const median = shared ? s.median : s.normalisedMedian;
    const q1 = shared ? s.q1 : s.normalisedQ1;
    const q3 = shared ? s.q3 : s.normalisedQ3;
    return [
      fmt.integer(s.raters),
      value(median),
      q1 === null || q3 === null ? t.none : `${fmt.number(q1)} – ${fmt.number(q3)}`,
      s.consensus === null ? t.none : fmt.percent(s.consensus),
      fmt.integer(s.na),
      fmt.integer(s.dontKnow),
    ];
  };
  const footnotes: string[] = [];
  if (!shared) footnotes.push(t.profile.positionNote);
  footnotes.push(...withheldFootnotes(ctx, dimension.stats));
  return {
    type: "table",
    caption: t.profile.tableCaption(dimension.label),
    columns: statsColumns(ctx, shared ? t.stats.median : t.stats.position),
    rows: breakdownRows(ctx, dimension.stats).map((row) => [row.label, ...cells(row.stats)]),
    ...(footnotes.length > 0 ? { footnotes } : {}),
  };
}

export function profileBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, results } = ctx;
  const rated = results.dimensions.filter((d) => answered(d.stats));
  if (rated.length === 0) return [];
  const blocks: ReportBlock[] = [];
  if (rated.length >= 3) blocks.push({ type: "chart", chart: radarChart(ctx, rated) });
  else blocks.push({ type: "paragraph", text: t.profile.fewDimensions, emphasis: "muted" });
  for (const d of rated) blocks.push(dimensionTable(ctx, d));
  if (results.globalScore !== null) {
    const score = results.globalScore;
    const lines = [
      score.withheld !== null
        ? t.globalScore.withheld
        : score.position === null
          ? t.globalScore.noValue
          : t.globalScore.text(fmt.number(score.position), fmt.integer(score.n)),
    ];
    if (score.convention !== null) lines.push(t.globalScore.convention(score.convention));
    blocks.push({
      type: "callout",
      tone: "convention",
      title: t.globalScore.title,
      text: lines.join("\n"),
    });
  }
  return blocks;
}

/** A level's label in the report's language: yes / partly / no levels are translated. */
function levelLabel(ctx: ReportContext, criterion: CriterionResult, value: number, label: string) {
  const primary = ctx.results.indicators.find(
    (i) => i.indicatorId === criterion.primaryIndicatorId,
  );
  return primary?.kind === "yesPartlyNo" ? (ctx.t.yesPartlyNoLevels[value - 1] ?? label) : label;
}

function distributionChart(
  ctx: ReportContext,
  criterion: CriterionResult,
): DistributionChart | null {
  const { t, fmt } = ctx;
  const stats = criterion.stats;
  const levels = criterion.levels;
  if (stats === null || levels === null || !answered(stats)) return null;
  const rows = [
    ...(stats.overall === null ? [] : [{ label: t.overall, stats: stats.overall }]),
    ...stats.groups.map((g) => ({ label: g.label, stats: g.stats })),
  ];
  if (rows.length === 0) return null;
  return {
    kind: "distribution",
    title: t.criterion.distributionTitle,
    levels: levels.map((l, index) => {
      const colour = levelColour(l, index, levels.length);
      return {
        value: l.value,
        label: `${fmt.number(l.value)} · ${levelLabel(ctx, criterion, l.value, l.label)}`,
        colour: colour.fill,
        textColour: colour.text,
      };
    }),
    rows: rows.map(({ label, stats: s }) => ({
      label: withN(ctx, label, s.n),
      counts: s.distribution.map((d) => d.count),
      na: s.na,
      dontKnow: s.dontKnow,
    })),
    naLabel: t.stats.na,
    dontKnowLabel: t.stats.dontKnow,
    caption: t.criterion.distributionCaption,
  };
}

function positionBlocks(ctx: ReportContext, criterion: CriterionResult): ReportBlock[] {
  const { t, fmt } = ctx;
  const position = criterion.position;
  const blocks: ReportBlock[] = [{ type: "heading", level: 3, text: t.criterion.position }];
  if (position === null) {
    blocks.push({ type: "paragraph", text: t.criterion.noPosition, emphasis: "muted" });
    return blocks;
  }
  const level =
    position.level === null
      ? t.criterion.noLevel
      : position.levelLabel === null
        ? fmt.number(position.level)
        : t.criterion.levelValue(
            fmt.number(position.level),
            levelLabel(ctx, criterion, position.level, position.levelLabel),
          );
  blocks.push({
    type: "keyValue",
    items: [
      { key: t.criterion.status, value: t.positionStatuses[position.status] },
      { key: t.criterion.level, value: level },
    ],
  });
  if (position.status === "noAgreement") {
    blocks.push({ type: "callout", tone: "warning", text: t.noAgreementCallout });
  }
  if (position.rationale) {
    blocks.push({
      type: "paragraph",
      text: ctx.scrub(position.rationale),
      notes: [t.criterion.rationale],
    });
  }
  for (const dissent of position.dissents) {
    // For partners, a view held by a group too small to be shown stays in the room.
    if (ctx.audience === "partners" && dissent.hiddenGroupCount > 0) continue;
    const heldBy = dissent.groups.map((g) => g.label).join(", ");
    blocks.push({
      type: "callout",
      tone: "dissent",
      title: t.criterion.dissent,
      text:
        heldBy === ""
          ? ctx.scrub(dissent.text)
          : `${ctx.scrub(dissent.text)}\n${t.criterion.dissentHeldBy(heldBy)}`,
    });
  }
  if (position.strengths.length > 0) {
    blocks.push({
      type: "bulletList",
      title: t.criterion.strengths,
      items: position.strengths.map(ctx.scrub),
    });
  }
  if (position.weaknesses.length > 0) {
    blocks.push({
      type: "bulletList",
      title: t.criterion.weaknesses,
      items: position.weaknesses.map(ctx.scrub),
    });
  }
  return blocks;
}

function ratingComments(ctx: ReportContext, criterionId: string): string[] {
  const comments = new Set<string>();
  for (const rating of ctx.cycle.ratings) {
    if (rating.criterionId === criterionId && rating.comment && rating.comment.trim() !== "") {
      comments.add(rating.comment.trim());
    }
  }
  return [...comments];
}

function criterionBlocks(ctx: ReportContext, criterion: CriterionResult): ReportBlock[] {
  const { t } = ctx;
  const blocks: ReportBlock[] = [{ type: "heading", level: 2, text: criterion.label }];
  const gridCriterion = ctx.grid.dimensions
    .find((d) => d.id === criterion.dimensionId)
    ?.criteria.find((c) => c.id === criterion.criterionId);
  if (gridCriterion?.whyItMatters) {
    blocks.push({
      type: "paragraph",
      text: gridCriterion.whyItMatters,
      emphasis: "muted",
      notes: [t.criterion.whyItMatters],
    });
  }
  if (criterion.stats === null) {
    blocks.push({ type: "paragraph", text: t.criterion.noIndicator, emphasis: "muted" });
  } else {
    const chart = distributionChart(ctx, criterion);
    const rows = breakdownRows(ctx, criterion.stats);
    const footnotes = withheldFootnotes(ctx, criterion.stats);
    if (!answered(criterion.stats)) {
      blocks.push({ type: "paragraph", text: t.criterion.noRatings, emphasis: "muted" });
    } else if (rows.length === 0) {
      // Every row is withheld: say why, with no table.
      for (const note of footnotes)
        blocks.push({ type: "paragraph", text: note, emphasis: "muted" });
    } else {
      if (chart !== null) blocks.push({ type: "chart", chart });
      blocks.push({
        type: "table",
        columns: statsColumns(ctx, t.stats.median),
        rows: rows.map((row) => [row.label, ...ordinalCells(ctx, row.stats)]),
        ...(footnotes.length > 0 ? { footnotes } : {}),
      });
    }
  }
  blocks.push(...positionBlocks(ctx, criterion));
  if (ctx.audience === "internal") {
    const comments = ratingComments(ctx, criterion.criterionId);
    if (comments.length > 0) {
      blocks.push({ type: "bulletList", title: t.criterion.comments, items: comments });
    }
  }
  return blocks;
}

/** One section per dimension: its criteria with their figures and collective positions. */
export function criteriaSections(
  ctx: ReportContext,
): { dimension: Dimension; blocks: ReportBlock[] }[] {
  return ctx.grid.dimensions
    .filter((d) => d.criteria.length > 0)
    .map((dimension) => {
      const blocks: ReportBlock[] = [];
      if (dimension.description) {
        blocks.push({ type: "paragraph", text: dimension.description, emphasis: "muted" });
      }
      for (const criterion of ctx.results.criteria) {
        if (criterion.dimensionId === dimension.id) blocks.push(...criterionBlocks(ctx, criterion));
      }
      return { dimension, blocks };
    });
}

function partyLabel(ctx: ReportContext, party: DivergenceParty): string {
  const { t } = ctx;
  const label =
    party.kind === "group"
      ? (party.label ?? t.none)
      : party.kind === "side"
        ? t.sideTotals[party.key as "internal" | "external"]
        : party.kind === "perspective"
          ? t.perspectives[party.key as "self" | "peer" | "external"]
          : t.overall;
  return withN(ctx, label, party.n);
}

/** The largest gaps come first: past this many, the table says how many more there are. */
const MAX_DIVERGENCES = 40;

export function divergenceBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, results } = ctx;
  if (results.divergences.length === 0) {
    return results.criteria.some((c) => c.stats !== null && answered(c.stats))
      ? [{ type: "paragraph", text: t.divergences.none }]
      : [];
  }
  const shown = results.divergences.slice(0, MAX_DIVERGENCES);
  const rows = shown.map((d) => {
    if (d.b === null) {
      return [
        d.criterionLabel,
        t.divergences.spread,
        t.divergences.spreadMedians(d.consensus === null ? t.none : fmt.percent(d.consensus)),
        t.none,
      ];
    }
    return [
      d.criterionLabel,
      t.divergences.versus(partyLabel(ctx, d.a), partyLabel(ctx, d.b)),
      t.divergences.versus(fmt.number(d.a.median), fmt.number(d.b.median)),
      d.gap === null ? t.none : fmt.number(d.gap),
    ];
  });
  return [
    { type: "paragraph", text: t.divergences.intro },
    {
      type: "table",
      columns: [
        { header: t.divergences.columns.criterion, align: "left", weight: 3 },
        { header: t.divergences.columns.between, align: "left", weight: 3.4 },
        { header: t.divergences.columns.medians, align: "right", weight: 1.3 },
        { header: t.divergences.columns.gap, align: "right", weight: 0.8 },
      ],
      rows,
      ...(shown.length < results.divergences.length
        ? {
            footnotes: [
              t.divergences.more(
                fmt.integer(shown.length),
                fmt.integer(results.divergences.length),
              ),
            ],
          }
        : {}),
    },
  ];
}

function withUnit(ctx: ReportContext, value: number, unit: string): string {
  const formatted = ctx.fmt.measure(value);
  return unit.trim() === "" ? formatted : `${formatted}\u00a0${unit}`;
}

function targetCell(ctx: ReportContext, q: QuantitativeResult): string {
  if (q.direction === "targetBand" && q.targetBand !== null) {
    return ctx.t.indicators.band(
      withUnit(ctx, q.targetBand.min, q.unit),
      withUnit(ctx, q.targetBand.max, q.unit),
    );
  }
  return q.target === null ? ctx.t.none : withUnit(ctx, q.target, q.unit);
}

export function indicatorBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, results } = ctx;
  if (results.quantitative.length === 0) return [];
  const footnotes: string[] = [];
  const rows = results.quantitative.map((q) => {
    if (q.latest?.source) footnotes.push(t.indicators.source(q.label, ctx.scrub(q.latest.source)));
    if (ctx.audience === "internal" && q.latest !== null) {
      const note = ctx.cycle.measures.find((m) => m.id === q.latest?.measureId)?.note;
      if (note) footnotes.push(t.indicators.note(q.label, note));
    }
    const baseline =
      q.baseline === null
        ? t.none
        : q.baseline.period === null
          ? withUnit(ctx, q.baseline.value, q.unit)
          : t.indicators.withPeriod(withUnit(ctx, q.baseline.value, q.unit), q.baseline.period);
    const latest =
      q.latest === null
        ? t.none
        : q.latest.period === null
          ? withUnit(ctx, q.latest.value, q.unit)
          : t.indicators.withPeriod(withUnit(ctx, q.latest.value, q.unit), q.latest.period);
    return [
      `${q.label}\n${ctx.criterionLabel(q.criterionId)}`,
      baseline,
      latest,
      targetCell(ctx, q),
      `${t.quantitativeStatuses[q.status]}\n${t.directions[q.direction]}`,
    ];
  });
  return [
    {
      type: "table",
      columns: [
        { header: t.indicators.columns.indicator, align: "left", weight: 3.2 },
        { header: t.indicators.columns.baseline, align: "right", weight: 1.3 },
        { header: t.indicators.columns.latest, align: "right", weight: 1.3 },
        { header: t.indicators.columns.target, align: "right", weight: 1.3 },
        { header: t.indicators.columns.status, align: "left", weight: 1.6 },
      ],
      rows,
      ...(footnotes.length > 0 ? { footnotes } : {}),
    },
  ];
}
