import { type CsvValue, csvNumber, writeCsv } from "../format/csv.ts";
import type { Language } from "../model/common.ts";
import type { Rating } from "../model/cycle.ts";
import { indexGrid, isOrdinal, ordinalScaleOf } from "../model/lookup.ts";
import type { Workspace } from "../model/workspace.ts";
import {
  effectiveRatings,
  ResultsReferenceError,
  resolveResultsContext,
} from "../results/compute.ts";
import { supersedes } from "../results/tally.ts";
import { CSV_DIALECTS } from "./dialect.ts";
import { type ExportMessages, exportMessagesEn, exportMessagesFr } from "./messages.ts";

export interface ExportCsvOptions {
  lang: Language;
}

export const EXPORT_MESSAGES: Readonly<Record<Language, ExportMessages>> = {
  fr: exportMessagesFr,
  en: exportMessagesEn,
};

function ratingKey(rating: Rating): string {
  return `${rating.participantId}\u0000${rating.indicatorId}\u0000${rating.round}`;
}

/** The ratings that a newer record of the same person, indicator and round replaces. */
function supersededRatings(ratings: readonly Rating[]): Set<Rating> {
  const newest = new Map<string, Rating>();
  for (const rating of ratings) {
    const key = ratingKey(rating);
    const current = newest.get(key);
    if (current === undefined || supersedes(rating, current)) newest.set(key, rating);
  }
  const newestSet = new Set(newest.values());
  return new Set(ratings.filter((rating) => !newestSet.has(rating)));
}

/**
 * Every rating record of a cycle as CSV, for the structure's own spreadsheet work:
 * one row per record, in the order they were recorded, superseded ones included.
 *
 * - The participant is named by pseudonym only, never by real name; the group is
 *   named even when it is below the anonymity threshold. This is the structure's raw
 *   data, not a publication: screens offering it must say it holds individual ratings.
 * - "superseded" says a newer record of the same person, indicator and round replaced
 *   this one (a change of mind); "counted in results" says whether the record enters
 *   the final results (round 2 when the person has one, else round 1). Filtering on it
 *   and taking =MEDIAN / =QUARTILE.INC per criterion gives back the overall figures.
 * - The value is the level's number, or the "not applicable" / "don't know" words;
 *   the level's label is in its own column. The timestamp is ISO 8601 as recorded.
 * - French: `;` separator; English: `,` separator (see `CSV_DIALECTS`).
 * - Text that a spreadsheet would run as a formula (a pseudonym "=…", a comment "+…")
 *   gets a leading `'` (see `writeCsv`); numbers, negative levels included, do not.
 *
 * Throws `ResultsReferenceError` when the cycle, its grid version or its organisation is missing.
 */
export function exportRatingsCsv(
  workspace: Workspace,
  cycleId: string,
  options: ExportCsvOptions,
): string {
  const resolved = resolveResultsContext(workspace, cycleId);
  if (!resolved.ok) throw new ResultsReferenceError(resolved.code, resolved.params);
  const { cycle, grid, organisation } = resolved.context;
  const words = EXPORT_MESSAGES[options.lang];
  const dialect = CSV_DIALECTS[options.lang];
  const gridIndex = indexGrid(grid);
  const sessions = new Map(cycle.sessions.map((s) => [s.id, s]));
  const participants = new Map(cycle.participants.map((p) => [p.id, p]));
  const groups = new Map(organisation.stakeholderGroups.map((g) => [g.id, g]));
  const superseded = supersededRatings(cycle.ratings);
  const counted = new Set(effectiveRatings(cycle, grid, "final"));
  const yesNo = (flag: boolean) => (flag ? words.yes : words.no);

  const header = Object.values(words.ratings);
  const rows = cycle.ratings.map((rating) => {
    const session = sessions.get(rating.sessionId);
    const participant = participants.get(rating.participantId);
    const group = participant === undefined ? undefined : groups.get(participant.groupId);
    const entry = gridIndex.indicators.get(rating.indicatorId);
    const criterion = entry?.criterion ?? gridIndex.criteria.get(rating.criterionId)?.criterion;
    const dimension = entry?.dimension ?? gridIndex.criteria.get(rating.criterionId)?.dimension;
    let value: CsvValue;
    let levelLabel = "";
    if (rating.value === "na") value = words.notApplicable;
    else if (rating.value === "dontKnow") value = words.dontKnow;
    else {
      value = csvNumber(rating.value);
      if (entry !== undefined && isOrdinal(entry.indicator)) {
        const level = ordinalScaleOf(entry.indicator).levels.find((l) => l.value === rating.value);
        levelLabel =
          entry.indicator.kind === "yesPartlyNo"
            ? (words.yesPartlyNo[rating.value] ?? "")
            : (level?.label ?? "");
      }
    }
    const cells: Record<keyof ExportMessages["ratings"], CsvValue> = {
      session: session?.title ?? session?.date ?? rating.sessionId,
      sessionDate: session?.date ?? "",
      participant: participant?.pseudonym ?? rating.participantId,
      group: group?.label ?? words.unknownGroup,
      side: group === undefined ? "" : words.sides[group.side],
      dimension: dimension?.label ?? "",
      criterion: criterion?.label ?? rating.criterionId,
      indicator: entry?.indicator.label ?? rating.indicatorId,
      value,
      levelLabel,
      round: csvNumber(rating.round),
      perspective: words.perspectives[rating.perspective],
      createdAt: rating.createdAt,
      superseded: yesNo(superseded.has(rating)),
      countedInFinal: yesNo(counted.has(rating)),
      comment: rating.comment ?? "",
    };
    return (Object.keys(words.ratings) as (keyof ExportMessages["ratings"])[]).map(
      (key) => cells[key],
    );
  });
  return writeCsv([header, ...rows], dialect.separator);
}
