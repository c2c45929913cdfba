import { issue, type ValidationIssue } from "../format/issues.ts";
import type { Cycle, Perspective, Rating, RatingValue } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import { type GridIndex, indexGrid } from "../model/lookup.ts";
import type { Organisation } from "../model/organisation.ts";
import { supersedes } from "../results/tally.ts";
import { defaultPerspective } from "./cycle.ts";
import { type CycleEditResult, type GridEditDeps, refused } from "./result.ts";
import { ratedIndicator, ratingValueIssues } from "./values.ts";

const indexes = new WeakMap<Grid, GridIndex>();

/** Lookup tables of a grid, built once per grid object (grids are immutable values). */
export function gridIndexOf(grid: Grid): GridIndex {
  let index = indexes.get(grid);
  if (index === undefined) {
    index = indexGrid(grid);
    indexes.set(grid, index);
  }
  return index;
}

export interface RatingInput {
  sessionId: string;
  participantId: string;
  criterionId: string;
  /** Defaults to the criterion's primary (first) ordinal indicator. */
  indicatorId?: string;
  value: RatingValue;
  round: 1 | 2;
  /** Defaults to `defaultPerspective(cycle.mode, side of the participant's group)`. */
  perspective?: Perspective;
  comment?: string;
}

export interface RatingDeps extends GridEditDeps {
  /** Gives the participant's side, from which the default perspective follows. */
  organisation?: Organisation;
}

/**
 * Records one person's positioning as a new immutable rating at the end of the list.
 * An earlier rating of the same person, indicator and round is kept: the newest one
 * (by `createdAt`) supersedes it, as the results engine reads them. Refused with
 * located issues when the session, the participant, the criterion or the indicator
 * is unknown, or when the value is not allowed by the scale.
 */
export function recordRating(
  cycle: Cycle,
  input: RatingInput,
  deps: RatingDeps,
): CycleEditResult<{ rating: Rating }> {
  const issues: ValidationIssue[] = [];
  if (!cycle.sessions.some((s) => s.id === input.sessionId)) {
    issues.push(issue(["sessionId"], "ref.session", { id: input.sessionId }));
  }
  const participant = cycle.participants.find((p) => p.id === input.participantId);
  if (participant === undefined) {
    issues.push(issue(["participantId"], "ref.participant", { id: input.participantId }));
  }
  const entry = gridIndexOf(deps.grid).criteria.get(input.criterionId);
  if (entry === undefined) {
    issues.push(issue(["criterionId"], "ref.criterion", { id: input.criterionId }));
    return refused(issues);
  }
  const indicator = ratedIndicator(entry.criterion, input.indicatorId);
  if (indicator === undefined) {
    issues.push(
      input.indicatorId === undefined
        ? issue(["criterionId"], "position.noScale", { criterionId: input.criterionId })
        : issue(["indicatorId"], "rating.notOrdinal", { id: input.indicatorId }),
    );
    return refused(issues);
  }
  issues.push(...ratingValueIssues(indicator, input.value));
  if (issues.length > 0 || participant === undefined) return refused(issues);

  const side = deps.organisation?.stakeholderGroups.find((g) => g.id === participant.groupId)?.side;
  const rating: Rating = {
    id: deps.newId(),
    sessionId: input.sessionId,
    participantId: input.participantId,
    criterionId: input.criterionId,
    indicatorId: indicator.id,
    value: input.value,
    round: input.round,
    perspective: input.perspective ?? defaultPerspective(cycle.mode, side ?? "internal"),
    createdAt: deps.now,
  };
  if (input.comment !== undefined && input.comment.trim() !== "") rating.comment = input.comment;
  return { ok: true, rating, cycle: { ...cycle, ratings: [...cycle.ratings, rating] } };
}

/**
 * The rating that counts now for each person on one indicator and round, by participant
 * id: the newest record supersedes older ones (same rule as the results engine).
 * What an entry screen shows as each person's current choice.
 */
export function currentRatings(
  cycle: Cycle,
  query: { indicatorId: string; round: 1 | 2 },
): Map<string, Rating> {
  const current = new Map<string, Rating>();
  for (const rating of cycle.ratings) {
    if (rating.indicatorId !== query.indicatorId || rating.round !== query.round) continue;
    const held = current.get(rating.participantId);
    if (held === undefined || supersedes(rating, held)) current.set(rating.participantId, rating);
  }
  return current;
}

/**
 * Withdraws a person's answer on one indicator and round, for an entry mistake (the
 * wrong row ticked, someone absent): every record of it is removed, so the person
 * counts as not having answered. Meant for corrections during the workshop only.
 */
export function withdrawRating(
  cycle: Cycle,
  query: { participantId: string; indicatorId: string; round: 1 | 2 },
): Cycle {
  const kept = cycle.ratings.filter(
    (r) =>
      !(
        r.participantId === query.participantId &&
        r.indicatorId === query.indicatorId &&
        r.round === query.round
      ),
  );
  return kept.length === cycle.ratings.length ? cycle : { ...cycle, ratings: kept };
}

export interface GroupCountsInput {
  sessionId: string;
  criterionId: string;
  indicatorId?: string;
  round: 1 | 2;
  /** The group's members present, in a stable order (the cycle's). */
  participantIds: readonly string[];
  /** How many raised their hand for each answer; answers left out count 0. */
  counts: ReadonlyArray<{ value: RatingValue; count: number }>;
}

/**
 * Count entry after a show of hands: the counts are spread over the group's members in
 * list order (the first ones get the first answer, and so on), because the statistics
 * only read counts; members beyond the total are withdrawn. Only members whose answer
 * changes get a new record. Refused when the counts exceed the members present, are
 * negative, or name a value the scale does not allow.
 */
export function recordGroupCounts(
  cycle: Cycle,
  input: GroupCountsInput,
  deps: RatingDeps,
): CycleEditResult {
  const issues: ValidationIssue[] = [];
  const entry = gridIndexOf(deps.grid).criteria.get(input.criterionId);
  const indicator = entry && ratedIndicator(entry.criterion, input.indicatorId);
  if (indicator === undefined) {
    return refused([issue(["criterionId"], "ref.criterion", { id: input.criterionId })]);
  }
  let total = 0;
  input.counts.forEach(({ value, count }, index) => {
    if (!Number.isInteger(count) || count < 0) {
      issues.push(issue(["counts", index, "count"], "number.tooSmall", { minimum: 0 }));
    } else total += count;
    if (count > 0) issues.push(...ratingValueIssues(indicator, value, ["counts", index, "value"]));
  });
  if (total > input.participantIds.length) {
    issues.push(issue(["counts"], "number.tooBig", { maximum: input.participantIds.length }));
  }
  if (issues.length > 0) return refused(issues);

  const wanted: RatingValue[] = input.counts.flatMap(({ value, count }) =>
    Array.from({ length: count }, () => value),
  );
  const current = currentRatings(cycle, { indicatorId: indicator.id, round: input.round });
  let next = cycle;
  for (const [position, participantId] of input.participantIds.entries()) {
    const value = wanted[position];
    if (value === undefined) {
      next = withdrawRating(next, { participantId, indicatorId: indicator.id, round: input.round });
      continue;
    }
    if (current.get(participantId)?.value === value) continue;
    const recorded = recordRating(
      next,
      {
        sessionId: input.sessionId,
        participantId,
        criterionId: input.criterionId,
        indicatorId: indicator.id,
        value,
        round: input.round,
      },
      deps,
    );
    if (!recorded.ok) return recorded;
    next = recorded.cycle;
  }
  return { ok: true, cycle: next };
}
