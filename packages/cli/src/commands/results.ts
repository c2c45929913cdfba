import {
  type CycleResults,
  computeResults,
  type DimensionStats,
  type DivergenceParty,
  LABELS,
  type OrdinalStats,
} from "@coeval/core";
import { parseAudience } from "../audience.ts";
import {
  type CommandContext,
  type CommandDefinition,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  line,
} from "../command.ts";
import { chooseCycle, resolveCycle } from "../cycle-choice.ts";
import { type Column, renderTable, textWidth, truncate, wrap } from "../text.ts";
import { loadWorkspaceFile } from "../workspace-file.ts";

/** Every line printed by `results` fits a terminal of this many columns. */
export const MAX_WIDTH = 100;

export const resultsCommand: CommandDefinition = {
  options: { cycle: { type: "string" }, json: { type: "boolean" }, audience: { type: "string" } },
  positionals: (m) => [m.arguments.workspaceFile],
  execute: async (context) => {
    const [path = ""] = context.positionals;
    const audience = parseAudience(context);
    if (!audience.ok) {
      line(context.io.stderr, audience.message);
      return EXIT_USAGE;
    }
    const loaded = await loadWorkspaceFile(context, path);
    if (!loaded.ok) return EXIT_FAILURE;
    const { workspace } = loaded;
    const cycle = chooseCycle(context, workspace, path);
    if (!cycle) return EXIT_FAILURE;
    const resolved = resolveCycle(context, workspace, cycle);
    if (!resolved) return EXIT_FAILURE;
    const results = computeResults(resolved, { audience: audience.value });
    if (context.options.json) {
      context.io.stdout(`${JSON.stringify(results, null, 2)}\n`);
      return EXIT_OK;
    }
    const { grid, organisation } = resolved;
    const report = renderResults(results, {
      context,
      cycleName: cycle.name,
      organisationName: organisation.name,
      gridName: grid.name,
    });
    context.io.stdout(`${report.join("\n")}\n`);
    return EXIT_OK;
  },
};

interface RenderInput {
  context: CommandContext;
  cycleName: string;
  organisationName: string;
  gridName: string;
}

/** Short codes (G1, G2…) for the groups shown anywhere, so group columns stay narrow. */
function shownGroups(results: CycleResults) {
  const seen = new Map<string, { code: string; label: string; side: "internal" | "external" }>();
  const visit = (
    groups: ReadonlyArray<{ groupId: string; label: string; side: "internal" | "external" }>,
  ) => {
    for (const group of groups) {
      if (!seen.has(group.groupId)) {
        seen.set(group.groupId, {
          code: `G${seen.size + 1}`,
          label: group.label,
          side: group.side,
        });
      }
    }
  };
  for (const dimension of results.dimensions) visit(dimension.stats.groups);
  for (const criterion of results.criteria) if (criterion.stats) visit(criterion.stats.groups);
  return seen;
}

/** Lines of plain text, none wider than MAX_WIDTH. */
export function renderResults(results: CycleResults, input: RenderInput): string[] {
  const { context } = input;
  const { f } = context;
  const m = context.m.results;
  const labels = LABELS[f.language];
  const number = (value: number | null) => (value === null ? "–" : f.number(value));
  const consensus = (value: number | null) => (value === null ? "–" : f.percent(value));
  const quartiles = (q1: number | null, q3: number | null) =>
    q1 === null || q3 === null ? "–" : `${f.number(q1)}–${f.number(q3)}`;
  const groups = shownGroups(results);
  const groupIds = [...groups.keys()];
  const groupColumns: Column[] = [...groups.values()].map((group) => ({
    header: group.code,
    align: "right",
  }));
  const out: string[] = [];
  const paragraph = (text: string, indent = "") => {
    for (const wrapped of wrap(text, MAX_WIDTH, indent)) out.push(truncate(wrapped, MAX_WIDTH));
  };

  paragraph(m.title(input.cycleName, input.organisationName));
  paragraph(
    m.subtitle(
      {
        grid: input.gridName,
        version: results.grid.version,
        participants: results.participantCount,
        minGroupSize: results.minGroupSize,
        round: results.round,
      },
      f,
    ),
  );
  if (groups.size > 0) {
    paragraph(
      `${m.groupsLegend} ${[...groups.values()]
        .map((group) => m.groupLegendEntry(group.code, group.label, labels.sides[group.side]))
        .join(" · ")}`,
      "  ",
    );
  }

  const sideMedian = (
    sides: ReadonlyArray<{ side: string; stats: { median: number | null } }>,
    side: string,
  ) => number(sides.find((entry) => entry.side === side)?.stats.median ?? null);
  const groupMedians = (
    shown: ReadonlyArray<{ groupId: string; stats: { median: number | null } }>,
  ) =>
    groupIds.map((id) => number(shown.find((group) => group.groupId === id)?.stats.median ?? null));
  const statColumns = (first: string): Column[] => [
    { header: first, align: "left", flexible: true },
    { header: m.columns.n, align: "right" },
    { header: m.columns.median, align: "right" },
    { header: m.columns.quartiles, align: "right" },
    { header: m.columns.consensus, align: "right" },
    { header: m.columns.notApplicable, align: "right" },
    { header: m.columns.dontKnow, align: "right" },
    { header: m.columns.internal, align: "right" },
    { header: m.columns.external, align: "right" },
    ...groupColumns,
  ];

  // Profile per dimension.
  out.push("", m.dimensionsHeading);
  let normalised = false;
  const dimensionRows = results.dimensions.map((dimension) => {
    const stats: DimensionStats | null = dimension.stats.overall;
    if (stats === null) return [dimension.label, m.withheld];
    const inScaleUnits = stats.median !== null || stats.n === 0;
    if (!inScaleUnits) normalised = true;
    const median = inScaleUnits ? number(stats.median) : `${number(stats.normalisedMedian)}*`;
    const spread = inScaleUnits
      ? quartiles(stats.q1, stats.q3)
      : `${quartiles(stats.normalisedQ1, stats.normalisedQ3)}*`;
    return [
      dimension.label,
      f.number(stats.n),
      median,
      spread,
      consensus(stats.consensus),
      f.number(stats.na),
      f.number(stats.dontKnow),
      sideMedian(dimension.stats.sides, "internal"),
      sideMedian(dimension.stats.sides, "external"),
      ...groupMedians(dimension.stats.groups),
    ];
  });
  out.push(...renderTable(statColumns(m.columns.dimension), dimensionRows, MAX_WIDTH));
  if (normalised) paragraph(m.normalisedNote, "  ");

  // Per criterion, dimension by dimension.
  out.push("", m.criteriaHeading);
  const criterionRow = (criterion: CycleResults["criteria"][number]): string[] => {
    if (!criterion.stats) return [criterion.label, m.noOrdinal];
    const stats: OrdinalStats | null = criterion.stats.overall;
    if (stats === null) return [criterion.label, m.withheld];
    return [
      criterion.label,
      f.number(stats.n),
      number(stats.median),
      quartiles(stats.q1, stats.q3),
      consensus(stats.consensus),
      f.number(stats.na),
      f.number(stats.dontKnow),
      sideMedian(criterion.stats.sides, "internal"),
      sideMedian(criterion.stats.sides, "external"),
      ...groupMedians(criterion.stats.groups),
    ];
  };
  const criterionRows: string[][] = [];
  for (const dimension of results.dimensions) {
    criterionRows.push([`${dimension.label}`]);
    for (const criterion of results.criteria) {
      if (criterion.dimensionId !== dimension.dimensionId) continue;
      const [label = "", ...rest] = criterionRow(criterion);
      criterionRows.push([`  ${label}`, ...rest]);
    }
  }
  out.push(...renderTable(statColumns(m.columns.criterion), criterionRows, MAX_WIDTH));
  paragraph(m.columnsNote({ none: f.percent(0), full: f.percent(1) }), "  ");

  // Divergences worth discussing.
  out.push("", m.divergencesHeading);
  if (results.divergences.length === 0) out.push(`  ${m.noDivergence}`);
  const partyName = (party: DivergenceParty): string => {
    if (party.kind === "group") return party.label ?? party.key;
    if (party.kind === "overall") return labels.overall;
    if (party.kind === "side") return labels.sideTotals[party.key as "internal" | "external"];
    return labels.perspectives[party.key as "self" | "peer" | "external"];
  };
  for (const divergence of results.divergences) {
    const text =
      divergence.b === null
        ? m.divergenceSpread({
            criterion: divergence.criterionLabel,
            consensus: consensus(divergence.consensus),
            n: divergence.a.n,
          })
        : m.divergenceGap({
            criterion: divergence.criterionLabel,
            a: partyName(divergence.a),
            aMedian: number(divergence.a.median),
            aN: divergence.a.n,
            b: partyName(divergence.b),
            bMedian: number(divergence.b.median),
            bN: divergence.b.n,
            gap: number(divergence.gap),
          });
    paragraph(`- ${text}`, "    ");
  }

  // Quantitative indicators.
  if (results.quantitative.length > 0) {
    out.push("", m.quantitativeHeading);
    const withUnit = (value: number | null, unit: string) =>
      value === null ? "–" : unit === "" ? f.measure(value) : `${f.measure(value)} ${unit}`;
    const rows = results.quantitative.map((indicator) => [
      indicator.label,
      withUnit(indicator.latest?.value ?? null, indicator.unit),
      withUnit(indicator.baseline?.value ?? null, indicator.unit),
      indicator.targetBand
        ? `${f.measure(indicator.targetBand.min)}–${withUnit(indicator.targetBand.max, indicator.unit)}`
        : withUnit(indicator.target, indicator.unit),
      m.quantitativeStatus[indicator.status],
    ]);
    out.push(
      ...renderTable(
        [
          { header: m.columns.indicator, align: "left", flexible: true },
          { header: m.columns.latest, align: "right" },
          { header: m.columns.baseline, align: "right" },
          { header: m.columns.target, align: "right" },
          { header: m.columns.status, align: "left" },
        ],
        rows,
        MAX_WIDTH,
      ),
    );
  }

  // Collective positions.
  out.push("", m.positionsHeading);
  const positioned = results.criteria.filter((criterion) => criterion.position !== null);
  if (positioned.length === 0) out.push(`  ${m.noPositions}`);
  else {
    const rows = positioned.map((criterion) => {
      const position = criterion.position;
      if (!position) return [criterion.label];
      const level =
        position.level === null
          ? "–"
          : position.levelLabel
            ? `${f.number(position.level)} ${position.levelLabel}`
            : f.number(position.level);
      return [
        criterion.label,
        level,
        m.positionStatus[position.status],
        f.number(position.dissents.length),
      ];
    });
    out.push(
      ...renderTable(
        [
          { header: m.columns.criterion, align: "left", flexible: true },
          { header: m.columns.level, align: "left", flexible: true },
          { header: m.columns.status, align: "left" },
          { header: m.columns.dissents, align: "right" },
        ],
        rows,
        MAX_WIDTH,
      ),
    );
  }

  if (results.globalScore?.withheld) {
    out.push("");
    paragraph(m.globalScoreWithheld, "  ");
  } else if (results.globalScore && results.globalScore.position !== null) {
    out.push("");
    paragraph(
      m.globalScore({
        convention: results.globalScore.convention,
        position: number(results.globalScore.position),
        n: results.globalScore.n,
      }),
      "  ",
    );
  }

  // Withheld rows: say that some were left out, never which groups.
  const hiddenItems =
    results.dimensions.filter((dimension) => dimension.stats.withheld.length > 0).length +
    results.criteria.filter((criterion) => (criterion.stats?.withheld.length ?? 0) > 0).length;
  out.push("");
  if (hiddenItems > 0) {
    paragraph(
      m.hiddenFootnote({ minGroupSize: results.minGroupSize, items: hiddenItems }, f),
      "  ",
    );
  } else {
    out.push(m.noneHidden);
  }
  return out.map((text) => (textWidth(text) > MAX_WIDTH ? truncate(text, MAX_WIDTH) : text));
}
