/**
 * Progress since the previous cycle: the overall median of each criterion and
 * dimension then and now (criteria matched by their stable id), and what became
 * of the actions decided then. Only overall figures are compared, so no group,
 * small or not, is read across cycles.
 */
import { computeResults, resolveResultsContext } from "../results/compute.ts";
import type { CycleResults, DimensionResult } from "../results/types.ts";
import type { ReportContext } from "./context.ts";
import type { ReportBlock } from "./types.ts";

function previousResults(ctx: ReportContext): { name: string; results: CycleResults } | null {
  const previousId = ctx.cycle.previousCycleId;
  if (previousId === undefined) return null;
  const resolved = resolveResultsContext(ctx.workspace, previousId);
  if (!resolved.ok) return null;
  return { name: resolved.context.cycle.name, results: computeResults(resolved.context) };
}

function changeCell(ctx: ReportContext, before: number | null, now: number | null): string {
  const { t, fmt } = ctx;
  if (before === null || now === null) return t.none;
  const delta = now - before;
  if (Math.abs(delta) < 1e-9) return t.progress.changeNone;
  return delta > 0
    ? t.progress.changeUp(fmt.decimal(delta))
    : t.progress.changeDown(fmt.decimal(-delta));
}

/** A dimension's overall median in levels when both cycles share one scale, else its 0..1 position. */
function dimensionValues(
  before: DimensionResult | undefined,
  now: DimensionResult | undefined,
): [number | null, number | null] {
  const sameLevels =
    before?.levelValues != null &&
    now?.levelValues != null &&
    before.levelValues.join() === now.levelValues.join();
  if (sameLevels) return [before?.stats.overall.median ?? null, now?.stats.overall.median ?? null];
  return [
    before?.stats.overall.normalisedMedian ?? null,
    now?.stats.overall.normalisedMedian ?? null,
  ];
}

export function progressBlocks(ctx: ReportContext): ReportBlock[] {
  const previous = previousResults(ctx);
  if (previous === null) return [];
  const { t, fmt, results } = ctx;
  const value = (x: number | null | undefined) => (x == null ? t.none : fmt.decimal(x));
  const blocks: ReportBlock[] = [{ type: "paragraph", text: t.progress.intro(previous.name) }];

  const beforeCriteria = new Map(previous.results.criteria.map((c) => [c.criterionId, c]));
  const nowIds = new Set(results.criteria.map((c) => c.criterionId));
  const criterionRows = results.criteria.map((c) => {
    const before = beforeCriteria.get(c.criterionId);
    const b = before?.stats?.overall.median ?? null;
    const n = c.stats?.overall.median ?? null;
    return [
      before === undefined ? `${c.label}\n${t.progress.added}` : c.label,
      value(b),
      value(n),
      changeCell(ctx, b, n),
    ];
  });
  for (const c of previous.results.criteria) {
    if (!nowIds.has(c.criterionId)) {
      criterionRows.push([
        `${c.label}\n${t.progress.removed}`,
        value(c.stats?.overall.median),
        t.none,
        t.none,
      ]);
    }
  }
  const columns = (first: string) => [
    { header: first, align: "left" as const, weight: 4 },
    { header: t.progress.columns.before, align: "right" as const, weight: 1 },
    { header: t.progress.columns.now, align: "right" as const, weight: 1 },
    { header: t.progress.columns.change, align: "right" as const, weight: 1 },
  ];

  const beforeDimensions = new Map(previous.results.dimensions.map((d) => [d.dimensionId, d]));
  const dimensionRows = results.dimensions.map((d) => {
    const [b, n] = dimensionValues(beforeDimensions.get(d.dimensionId), d);
    return [d.label, value(b), value(n), changeCell(ctx, b, n)];
  });
  blocks.push(
    { type: "heading", level: 2, text: t.progress.dimensions },
    { type: "table", columns: columns(t.progress.columns.dimension), rows: dimensionRows },
    { type: "heading", level: 2, text: t.progress.criteria },
    {
      type: "table",
      columns: columns(t.progress.columns.criterion),
      rows: criterionRows,
      footnotes: [t.progress.medianNote],
    },
  );

  const previousCycle = ctx.workspace.cycles.find((c) => c.id === ctx.cycle.previousCycleId);
  if (previousCycle !== undefined && previousCycle.actions.length > 0) {
    const rows = previousCycle.actions.map((action) => {
      const continued = ctx.cycle.actions.filter((a) => a.previousActionId === action.id);
      const followed = [...action.followUps]
        .sort((a, b) => b.date.localeCompare(a.date))
        .find((f) => f.status !== undefined);
      const status = followed?.status ?? action.status;
      return [
        ctx.scrub(action.title),
        t.actionStatuses[status],
        continued.length === 0 ? t.none : continued.map((a) => ctx.scrub(a.title)).join("\n"),
      ];
    });
    blocks.push(
      { type: "heading", level: 2, text: t.progress.actions },
      {
        type: "table",
        columns: [
          { header: t.progress.actionColumns.action, align: "left", weight: 3 },
          { header: t.progress.actionColumns.status, align: "left", weight: 1 },
          { header: t.progress.actionColumns.continued, align: "left", weight: 3 },
        ],
        rows,
      },
    );
  }
  return blocks;
}
