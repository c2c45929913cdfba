/**
 * Progress since the previous cycle, read from `compareCycles`: the overall median of
 * each criterion and dimension then and now (criteria matched by their stable id), and
 * what became of the actions decided then. Only overall figures are compared, so no
 * group, small or not, is read across cycles.
 */
import { compareCycles } from "../progress/compare.ts";
import { resolveResultsContext } from "../results/compute.ts";
import type { ReportContext } from "./context.ts";
import type { ReportBlock, TableColumn } from "./types.ts";

function changeCell(ctx: ReportContext, change: number | null): string {
  const { t, fmt } = ctx;
  if (change === null) return t.none;
  if (Math.abs(change) < 1e-9) return t.progress.changeNone;
  return change > 0
    ? t.progress.changeUp(fmt.number(change))
    : t.progress.changeDown(fmt.number(-change));
}

export function progressBlocks(ctx: ReportContext): ReportBlock[] {
  const previousId = ctx.cycle.previousCycleId;
  if (previousId === undefined) return [];
  const previous = resolveResultsContext(ctx.workspace, previousId);
  const current = resolveResultsContext(ctx.workspace, ctx.cycle.id);
  // A previous cycle the file no longer holds whole has nothing to compare with.
  if (!previous.ok || !current.ok) return [];
  const comparison = compareCycles(previous.context, current.context, { audience: ctx.audience });
  const { t, fmt } = ctx;
  const value = (x: number | null) => (x === null ? t.none : fmt.number(x));
  const columns = (first: string): TableColumn[] => [
    { header: first, align: "left", weight: 4 },
    { header: t.progress.columns.before, align: "right", weight: 1 },
    { header: t.progress.columns.now, align: "right", weight: 1 },
    { header: t.progress.columns.change, align: "right", weight: 1 },
  ];

  const criterionRows = comparison.criteria.map((c) =>
    c.scaleChanged
      ? [
          `${c.label}\n${t.progress.scaleChanged}`,
          value(c.previous.normalisedMedian),
          value(c.current.normalisedMedian),
          changeCell(ctx, c.normalisedChange),
        ]
      : [c.label, value(c.previous.median), value(c.current.median), changeCell(ctx, c.change)],
  );
  for (const c of comparison.added)
    criterionRows.push([`${c.label}\n${t.progress.added}`, t.none, t.none, t.none]);
  for (const c of comparison.removed)
    criterionRows.push([`${c.label}\n${t.progress.removed}`, t.none, t.none, t.none]);

  const blocks: ReportBlock[] = [
    { type: "paragraph", text: t.progress.intro(comparison.previous.name) },
    { type: "heading", level: 2, text: t.progress.dimensions },
    {
      type: "table",
      columns: columns(t.progress.columns.dimension),
      rows: comparison.dimensions.map((d) => [
        d.label,
        value(d.previous),
        value(d.current),
        changeCell(ctx, d.change),
      ]),
      footnotes: [t.progress.dimensionNote],
    },
    { type: "heading", level: 2, text: t.progress.criteria },
    {
      type: "table",
      columns: columns(t.progress.columns.criterion),
      rows: criterionRows,
      footnotes: [t.progress.medianNote],
    },
  ];

  if (comparison.actions.length > 0) {
    blocks.push(
      { type: "heading", level: 2, text: t.progress.actions },
      {
        type: "table",
        columns: [
          { header: t.progress.actionColumns.action, align: "left", weight: 3 },
          { header: t.progress.actionColumns.status, align: "left", weight: 1 },
          { header: t.progress.actionColumns.continued, align: "left", weight: 3 },
        ],
        rows: comparison.actions.map(({ action, continuedBy }) => {
          const followed = [...action.followUps]
            .sort((a, b) => b.date.localeCompare(a.date))
            .find((f) => f.status !== undefined);
          return [
            ctx.scrub(action.title),
            t.actionStatuses[followed?.status ?? action.status],
            continuedBy.length === 0
              ? t.none
              : continuedBy.map((a) => ctx.scrub(a.title)).join("\n"),
          ];
        }),
      },
    );
  }
  return blocks;
}
