/**
 * An attacker of the disclosed results, written apart from the disclosure code: it
 * reads only what an audience is shown (the results objects) and what it may know of
 * the workshop (who belongs to which group, who answered in which round and from which
 * perspective: everything but the answers), and tries to work out the answers of fewer
 * than k people.
 *
 * - `subtractionAttack`: every shown row (everyone, groups, sides, perspectives, in each
 *   round the audience reads, and the pooled rows of dimensions and the global score,
 *   taken as if they gave their whole distribution) is the sum of the answers it
 *   contains; any combination of rows with rational coefficients is known. A set of
 *   answers whose sum is such a combination is "pinned down".
 * - `possibleWorldsAttack`: on tiny workshops, every assignment of answers that gives
 *   exactly the same outputs (medians, quartiles, counts, which rows are withheld…) is a
 *   possible world; an answer equal in all of them is known.
 */
import type { Perspective, Rating, RatingValue } from "../model/cycle.ts";
import { isOrdinal } from "../model/lookup.ts";
import type { ResultsContext } from "../results/compute.ts";
import type { Breakdown, CycleResults, RoundSelection } from "../results/types.ts";
import type { Audience } from "./disclosure-terms.ts";

/** One answer: a person's newest rating of one ordinal indicator in one round. */
export interface Secret {
  person: string;
  indicatorId: string;
  round: 1 | 2;
  value: RatingValue;
  groupId: string | null;
  perspective: Perspective;
}

function newestFirst(a: Rating, b: Rating): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1);
}

export function secretsOf(context: ResultsContext): Secret[] {
  const { cycle, grid, organisation } = context;
  const ordinalIds = new Set(
    grid.dimensions.flatMap((d) =>
      d.criteria.flatMap((c) => c.indicators.filter(isOrdinal).map((i) => i.id)),
    ),
  );
  const known = new Set(organisation.stakeholderGroups.map((g) => g.id));
  const groupOf = new Map<string, string>();
  for (const p of cycle.participants) {
    if (!groupOf.has(p.id) && known.has(p.groupId)) groupOf.set(p.id, p.groupId);
  }
  const seen = new Set<string>();
  const secrets: Secret[] = [];
  for (const rating of [...cycle.ratings].sort(newestFirst)) {
    if (!ordinalIds.has(rating.indicatorId)) continue;
    const key = `${rating.participantId}|${rating.indicatorId}|${rating.round}`;
    if (seen.has(key)) continue;
    seen.add(key);
    secrets.push({
      person: rating.participantId,
      indicatorId: rating.indicatorId,
      round: rating.round,
      value: rating.value,
      groupId: groupOf.get(rating.participantId) ?? null,
      perspective: rating.perspective,
    });
  }
  return secrets;
}

/** A row an audience is shown, as the secrets it sums. */
export interface ShownRow {
  label: string;
  secrets: number[];
  /**
   * Inside the structure, "everyone" of round 1 and of round 2 (what the room saw) is
   * shown whatever its size.
   */
  everyone: boolean;
}

type RowKey =
  | { kind: "overall" }
  | { kind: "group"; groupId: string }
  | { kind: "side"; side: "internal" | "external" }
  | { kind: "perspective"; perspective: Perspective };

function rowKeys<S>(breakdown: Breakdown<S>): RowKey[] {
  return [
    ...(breakdown.overall === null ? [] : [{ kind: "overall" } as const]),
    ...breakdown.groups.map((g) => ({ kind: "group", groupId: g.groupId }) as const),
    ...breakdown.sides.map((s) => ({ kind: "side", side: s.side }) as const),
    ...breakdown.perspectives.map(
      (p) => ({ kind: "perspective", perspective: p.perspective }) as const,
    ),
  ];
}

/** The secrets a view reads: its round's, or for "final" each person's round 2, else round 1. */
function viewSecrets(secrets: readonly Secret[], view: RoundSelection): number[] {
  const indexes: number[] = [];
  const hasRound2 = new Set(
    secrets.filter((s) => s.round === 2).map((s) => `${s.person}|${s.indicatorId}`),
  );
  secrets.forEach((secret, index) => {
    if (view === 1 && secret.round !== 1) return;
    if (view === 2 && secret.round !== 2) return;
    if (
      view === "final" &&
      secret.round === 1 &&
      hasRound2.has(`${secret.person}|${secret.indicatorId}`)
    ) {
      return;
    }
    indexes.push(index);
  });
  return indexes;
}

function inRow(context: ResultsContext, secret: Secret, key: RowKey): boolean {
  switch (key.kind) {
    case "overall":
      return true;
    case "group":
      return secret.groupId === key.groupId;
    case "side": {
      const group = context.organisation.stakeholderGroups.find((g) => g.id === secret.groupId);
      return group !== undefined && group.side === key.side;
    }
    case "perspective":
      return secret.perspective === key.perspective;
  }
}

function describeKey(key: RowKey): string {
  switch (key.kind) {
    case "overall":
      return "everyone";
    case "group":
      return key.groupId;
    case "side":
      return key.side;
    case "perspective":
      return key.perspective;
  }
}

/**
 * Every row shown in the given outputs (one results object per round the audience
 * reads), as sets of secrets; throws if a "worth discussing" prompt names a row that
 * is not shown.
 */
export function shownRows(
  context: ResultsContext,
  secrets: readonly Secret[],
  outputs: readonly CycleResults[],
): ShownRow[] {
  const rows: ShownRow[] = [];
  const primaries = new Map<string, string>();
  for (const d of context.grid.dimensions) {
    for (const c of d.criteria) {
      const primary = c.indicators.find(isOrdinal);
      if (primary !== undefined) primaries.set(c.id, primary.id);
    }
  }
  for (const results of outputs) {
    const view = results.round;
    const reads = viewSecrets(secrets, view).map((index) => ({
      index,
      secret: secrets[index] as Secret,
    }));
    const rowOf = (indicatorIds: ReadonlySet<string>, key: RowKey, label: string) => {
      rows.push({
        label: `${String(view)}:${label}:${describeKey(key)}`,
        secrets: reads
          .filter(
            ({ secret }) => indicatorIds.has(secret.indicatorId) && inRow(context, secret, key),
          )
          .map(({ index }) => index),
        everyone: key.kind === "overall" && results.audience === "internal" && view !== "final",
      });
    };
    for (const indicator of results.indicators) {
      for (const key of rowKeys(indicator.stats)) {
        rowOf(new Set([indicator.indicatorId]), key, indicator.indicatorId);
      }
    }
    for (const dimension of results.dimensions) {
      const ids = new Set(
        dimension.criterionIds.flatMap((id) => {
          const primary = primaries.get(id);
          return primary === undefined ? [] : [primary];
        }),
      );
      for (const key of rowKeys(dimension.stats)) rowOf(ids, key, dimension.dimensionId);
    }
    if (results.globalScore !== null && results.globalScore.withheld === null) {
      rowOf(new Set(primaries.values()), { kind: "overall" }, "global");
    }
    for (const divergence of results.divergences) {
      const criterion = results.criteria.find((c) => c.criterionId === divergence.criterionId);
      const shown = criterion?.stats ? rowKeys(criterion.stats).map(describeKey) : [];
      for (const party of [divergence.a, divergence.b]) {
        if (party === null) continue;
        const key = party.kind === "overall" ? "everyone" : party.key;
        if (!shown.includes(key)) {
          throw new Error(`a prompt on ${divergence.criterionId} names ${key}, which is not shown`);
        }
      }
    }
  }
  return rows.filter((row) => row.secrets.length > 0);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function normalise(row: bigint[]): bigint[] {
  let divisor = 0n;
  for (const value of row) if (value !== 0n) divisor = gcd(divisor, value);
  return divisor > 1n ? row.map((value) => value / divisor) : row;
}

/** Rows reduced to echelon form over the rationals (kept as integer rows), for membership tests. */
class RowSpace {
  private readonly pivots: { column: number; row: bigint[] }[] = [];

  add(vector: bigint[]): void {
    const reduced = this.reduce(vector);
    const column = reduced.findIndex((value) => value !== 0n);
    if (column >= 0) this.pivots.push({ column, row: reduced });
  }

  reduce(vector: bigint[]): bigint[] {
    let current = vector.slice();
    for (const { column, row } of this.pivots) {
      const factor = current[column] as bigint;
      if (factor === 0n) continue;
      const scale = row[column] as bigint;
      current = normalise(current.map((value, k) => value * scale - (row[k] as bigint) * factor));
    }
    return current;
  }

  contains(vector: bigint[]): boolean {
    return this.reduce(vector).every((value) => value === 0n);
  }
}

export interface Leak {
  /** The secrets pinned down, as "person/indicator/round=value". */
  secrets: string[];
  people: number;
}

function describeSecret(secret: Secret): string {
  return `${secret.person}/${secret.indicatorId}/r${secret.round}=${String(secret.value)}`;
}

function peopleOf(secrets: readonly Secret[]): number {
  return new Set(secrets.map((s) => s.person)).size;
}

const MAX_SET = 4;

/**
 * The sets of answers of fewer than k people that a combination of shown rows pins down, other than a whole "everyone" row the audience
 * sees whatever its size. Empty when the disclosure holds.
 */
export function subtractionAttack(
  context: ResultsContext,
  outputs: readonly CycleResults[],
): Leak[] {
  const k = context.cycle.anonymity.minGroupSize;
  const secrets = secretsOf(context);
  const rows = shownRows(context, secrets, outputs);
  // Secrets in exactly the same rows cannot be told apart: they form one atom.
  const signatures = new Map<string, number[]>();
  secrets.forEach((_, index) => {
    const signature = rows.flatMap((row, r) => (row.secrets.includes(index) ? [r] : []));
    if (signature.length === 0) return;
    const key = signature.join(",");
    const atom = signatures.get(key);
    if (atom === undefined) signatures.set(key, [index]);
    else atom.push(index);
  });
  const atoms = [...signatures.values()];
  const atomOf = new Map<number, number>();
  atoms.forEach((atom, a) => {
    for (const index of atom) atomOf.set(index, a);
  });
  const space = new RowSpace();
  for (const row of rows) {
    const vector = atoms.map(() => 0n);
    for (const index of row.secrets) vector[atomOf.get(index) as number] = 1n;
    space.add(vector);
  }
  // Whole "everyone" rows of a round, as the room saw them (of indicators, dimensions, the score).
  const exempt = rows.filter((row) => row.everyone).map((row) => new Set(row.secrets));
  const isWholeEveryoneRows = (members: number[]) => {
    const inSet = new Set(members);
    const covered = new Set<number>();
    for (const set of exempt) {
      if (![...set].every((index) => inSet.has(index))) continue;
      for (const index of set) covered.add(index);
    }
    return covered.size === inSet.size;
  };

  const indicatorsOf = (atom: number[]) =>
    [...new Set(atom.map((i) => (secrets[i] as Secret).indicatorId))].sort().join(",");
  const small = atoms
    .map((atom, a) => ({ a, atom, indicators: indicatorsOf(atom) }))
    .filter(({ atom }) => peopleOf(atom.map((i) => secrets[i] as Secret)) < k);
  const dimensionOf = new Map<string, string>();
  for (const d of context.grid.dimensions) {
    for (const c of d.criteria) for (const i of c.indicators) dimensionOf.set(i.id, d.id);
  }
  const leaks: Leak[] = [];
  const check = (chosen: number[]) => {
    const members = chosen.flatMap((a) => atoms[a] as number[]);
    const list = members.map((i) => secrets[i] as Secret);
    const people = peopleOf(list);
    if (people >= k) return;
    const vector = atoms.map((_, a) => (chosen.includes(a) ? 1n : 0n));
    if (!isWholeEveryoneRows(members) && space.contains(vector)) {
      leaks.push({ secrets: list.map(describeSecret), people });
    }
  };
  // Answers combine within an indicator (up to four atoms), or by pairs across a dimension.
  const byIndicators = new Map<string, number[]>();
  for (const { a, indicators } of small) {
    byIndicators.set(indicators, [...(byIndicators.get(indicators) ?? []), a]);
  }
  for (const members of byIndicators.values()) {
    const visit = (start: number, chosen: number[]) => {
      if (chosen.length > 0) check(chosen);
      if (chosen.length === MAX_SET) return;
      for (let m = start; m < members.length; m++) visit(m + 1, [...chosen, members[m] as number]);
    };
    visit(0, []);
  }
  for (let x = 0; x < small.length; x++) {
    for (let y = x + 1; y < small.length; y++) {
      const first = small[x] as (typeof small)[number];
      const second = small[y] as (typeof small)[number];
      if (first.indicators === second.indicators) continue;
      const sameDimension =
        dimensionOf.get(first.indicators.split(",")[0] as string) ===
        dimensionOf.get(second.indicators.split(",")[0] as string);
      if (sameDimension) check([first.a, second.a]);
    }
  }
  return leaks;
}

/** The round selections an audience reads. */
export function roundsRead(audience: Audience): RoundSelection[] {
  return audience === "internal" ? [1, 2, "final"] : ["final"];
}

/**
 * On a tiny workshop (one indicator), every assignment of answers that gives exactly
 * the outputs the audience saw is possible; an answer equal in all of them is pinned
 * down. Pinned answers are a leak unless at least k people are pinned to the same
 * answer (a shown row where everyone agrees), or they lie in an "everyone" row of a
 * round that the room sees whatever its size. Returns the leaked answers.
 */
export function possibleWorldsAttack(
  context: ResultsContext,
  outputsOf: (context: ResultsContext) => readonly CycleResults[],
  domain: readonly RatingValue[],
): string[] {
  const k = context.cycle.anonymity.minGroupSize;
  const ratings = context.cycle.ratings;
  const seen = JSON.stringify(outputsOf(context));
  const possible: RatingValue[][] = ratings.map(() => []);
  const world = ratings.map((r) => r.value);
  const visit = (at: number) => {
    if (at === ratings.length) {
      const cycle = {
        ...context.cycle,
        ratings: ratings.map((r, i) => ({ ...r, value: world[i] as RatingValue })),
      };
      if (JSON.stringify(outputsOf({ ...context, cycle })) !== seen) return;
      world.forEach((value, i) => {
        const values = possible[i] as RatingValue[];
        if (!values.includes(value)) values.push(value);
      });
      return;
    }
    for (const value of domain) {
      world[at] = value;
      visit(at + 1);
    }
  };
  visit(0);
  const audienceSeesSmallEveryone = outputsOf(context)[0]?.audience === "internal";
  const pinnedTo = new Map<string, Set<string>>();
  ratings.forEach((rating, i) => {
    const values = possible[i] as RatingValue[];
    if (values.length !== 1) return;
    const key = `${rating.indicatorId}|${String(values[0])}`;
    pinnedTo.set(key, (pinnedTo.get(key) ?? new Set()).add(rating.participantId));
  });
  const leaks: string[] = [];
  ratings.forEach((rating, i) => {
    const values = possible[i] as RatingValue[];
    if (values.length !== 1) return;
    const people = pinnedTo.get(`${rating.indicatorId}|${String(values[0])}`)?.size ?? 0;
    if (people >= k) return;
    // Inside the structure, a round's "everyone" row is shown whatever its size.
    const round = ratings.filter(
      (r) => r.indicatorId === rating.indicatorId && r.round === rating.round,
    );
    if (audienceSeesSmallEveryone && new Set(round.map((r) => r.participantId)).size < k) return;
    leaks.push(`${rating.participantId}/r${rating.round}=${String(rating.value)}`);
  });
  return leaks;
}
