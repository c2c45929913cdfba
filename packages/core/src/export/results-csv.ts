import { type CsvValue, csvNumber, writeCsv } from "../format/csv.ts";
import type { Workspace } from "../model/workspace.ts";
import type { Audience } from "../privacy/disclosure-terms.ts";
import { computeCycleResults } from "../results/compute.ts";
import type { OrdinalStats } from "../results/statistics.ts";
import type { RoundSelection } from "../results/types.ts";
import { CSV_DIALECTS, csvNumberCell, formatCsvNumber } from "./dialect.ts";
import type { ExportMessages } from "./messages.ts";
import { EXPORT_MESSAGES, type ExportCsvOptions } from "./ratings-csv.ts";

export interface ExportResultsCsvOptions extends ExportCsvOptions {
  /** Which round's ratings; default "final", as on the results screen. */
  round?: RoundSelection;
  /** Who the file is for: the structure itself (default) or its partners and network. */
  audience?: Audience;
}

type ResultsColumn = Exclude<keyof ExportMessages["results"], "level">;

const FIXED_COLUMNS: readonly ResultsColumn[] = [
  "dimension",
  "criterion",
  "indicator",
  "population",
  "populationKind",
  "n",
  "median",
  "q1",
  "q3",
  "consensus",
  "notApplicable",
  "dontKnow",
  "answers",
  "hiddenGroups",
];

/**
 * The results of a cycle as CSV: one row per criterion with ratings × population, the
 * populations being everyone ("overall"), then each shown stakeholder group, then each
 * shown side (internal, external). The figures are those of `computeCycleResults`
 * (the criterion's primary ordinal indicator) disclosed for the audience, never recomputed.
 *
 * - Rows the disclosure policy withholds are absent, groups not even named; the
 *   overall row says how many groups were left out ("hidden groups"), and has empty
 *   figures when it is withheld itself.
 * - Criteria with no ordinal indicator (only counted or told evidence) have no row.
 * - One column per level value met in the grid ("level 1", "level 2"…); a cell is empty
 *   when the criterion's scale has no such level.
 * - Numbers: at most 4 decimals, the dialect's decimal mark (French `,` with `;`
 *   between cells; English `.` with `,`), empty when there is no value (n = 0); a
 *   negative median stays a number, while labels that start like a spreadsheet formula
 *   get a leading `'` (see `writeCsv`).
 *
 * Throws `ResultsReferenceError` when the cycle, its grid version or its organisation is missing.
 */
export function exportResultsCsv(
  workspace: Workspace,
  cycleId: string,
  options: ExportResultsCsvOptions,
): string {
  const results = computeCycleResults(workspace, cycleId, {
    audience: options.audience ?? "internal",
    round: options.round ?? "final",
  });
  const words = EXPORT_MESSAGES[options.lang];
  const dialect = CSV_DIALECTS[options.lang];
  const number = (value: number | null) => csvNumberCell(value, dialect);

  const levelValues = [
    ...new Set(results.criteria.flatMap((c) => (c.levels ?? []).map((l) => l.value))),
  ].sort((a, b) => a - b);
  const header = [
    ...FIXED_COLUMNS.map((column) => words.results[column]),
    ...levelValues.map((value) => words.results.level(formatCsvNumber(value, dialect))),
  ];

  const rows: CsvValue[][] = [];
  for (const criterion of results.criteria) {
    const { stats } = criterion;
    if (stats === null) continue;
    const indicator = results.indicators.find(
      (i) => i.indicatorId === criterion.primaryIndicatorId,
    );
    const row = (
      population: string,
      kind: keyof ExportMessages["populationKinds"],
      figures: OrdinalStats | null,
      hiddenGroups: CsvValue,
    ): CsvValue[] => {
      const counts = new Map(figures?.distribution.map((level) => [level.value, level.count]));
      const count = (value: number | undefined) => (value === undefined ? "" : csvNumber(value));
      const cells: Record<ResultsColumn, CsvValue> = {
        dimension: criterion.dimensionLabel,
        criterion: criterion.label,
        indicator: indicator?.label ?? "",
        population,
        populationKind: words.populationKinds[kind],
        n: count(figures?.n),
        median: number(figures?.median ?? null),
        q1: number(figures?.q1 ?? null),
        q3: number(figures?.q3 ?? null),
        consensus: number(figures?.consensus ?? null),
        notApplicable: count(figures?.na),
        dontKnow: count(figures?.dontKnow),
        answers: count(figures?.answers),
        hiddenGroups,
      };
      return [
        ...FIXED_COLUMNS.map((column) => cells[column]),
        ...levelValues.map((value) => {
          const count = counts.get(value);
          return count === undefined ? "" : csvNumber(count);
        }),
      ];
    };
    rows.push(row(words.overall, "overall", stats.overall, csvNumber(stats.hiddenGroupCount)));
    for (const group of stats.groups) rows.push(row(group.label, "group", group.stats, ""));
    for (const side of stats.sides) rows.push(row(words.sides[side.side], "side", side.stats, ""));
  }
  return writeCsv([header, ...rows], dialect.separator);
}
