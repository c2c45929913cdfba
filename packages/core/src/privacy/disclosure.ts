/**
 * The disclosure policy: for an audience, which figures of a cycle's results may be
 * shown. `computeResults` applies it to every figure it returns; screens, reports,
 * exports and the command line show those results and decide nothing themselves.
 *
 * With k the cycle's anonymity threshold (`anonymity.minGroupSize`, default 3):
 *
 * 1. Primary rule. A row of figures (everyone, a stakeholder group, the internal or
 *    external side, the self / peer / external perspective) is shown only when at least
 *    k distinct people answered in it. Inside the structure ("internal" audience: the
 *    room, the internal report, the structure's exports) the "everyone" row of a round
 *    is always shown: the people in the room are those who answered. For partners it is
 *    hidden below k too.
 * 2. Complementary rule. No combination of the rows shown together may isolate the
 *    answers of fewer than k people: not the difference between everyone and the shown
 *    groups, between a side and its groups, between perspectives, nor between the rounds
 *    (round 1, round 2 and the final figures, which the internal audience all sees). The
 *    rows are checked together by blocks (see `blocks.ts`); when a block is too small,
 *    the cheapest rows that merge it with another are hidden too ("wouldReveal").
 * 3. Pooled figures. A dimension's row (and the global score, when a grid enables one)
 *    pools its criteria's rows: it is shown only when every criterion row it pools is
 *    shown, so it never reveals more than the criteria's figures ("criterionWithheld").
 *
 * Every decision reads only who answered, where and in which round, never what they
 * answered: "not applicable" and "don't know" are answers to protect like the levels
 * (a rule counting only levels would tell, by hiding a row, that some said "don't
 * know"). So which rows are shown, and why, reveals nothing of the answers, and the
 * figures shown are sums of blocks of at least k people: inside a block, anyone's answer
 * could be anybody else's.
 *
 * The partners audience sees the final figures only; the internal audience sees round
 * 1, round 2 and the final figures, so they are checked together.
 */
import { BucketLayout } from "../results/buckets.ts";
import { NO_RATING, type Participation, unpackParticipationKey } from "../results/units.ts";
import { type BlockProblem, complementarySuppression } from "./blocks.ts";
import { type Audience, RowStatus } from "./disclosure-terms.ts";

/** The figures of a round selection: round 1, round 2, or final (round 2 where a person has one). */
export const VIEWS = [1, 2, "final"] as const;
export type View = (typeof VIEWS)[number];
export const VIEW_COUNT = VIEWS.length;

export function viewIndex(view: View): number {
  return view === 1 ? 0 : view === 2 ? 1 : 2;
}

export interface DisclosurePolicy {
  audience: Audience;
  minGroupSize: number;
  /** The views the audience can read, checked together. */
  views: readonly View[];
  /** Off only in tests, to show what an attacker would get without it. */
  complementary: boolean;
}

/** The views an audience reads when it asks for one: the internal audience reads them all. */
export function viewsFor(audience: Audience, asked: View): readonly View[] {
  return audience === "internal" ? VIEWS : [asked];
}

/** Whether the audience sees the "everyone" row whatever its size. */
function showsEveryoneAlways(audience: Audience): boolean {
  return audience === "internal";
}

const KIND_RANK = { perspective: 0, side: 1, group: 2, overall: 3 } as const;
/** "Everyone" is the last row given up: any set of other rows is hidden first. */
const EVERYONE_PENALTY = 1e6;

/**
 * Decisions already taken, by everything they depend on. The decision reads who answered,
 * never what: in a workshop most criteria are answered by the same people, and a new
 * rating changes one criterion's participation, so the same problems come back.
 */
const decisions = new Map<string, Uint8Array>();
/** Enough for every criterion of a large grid under both audiences and all rounds. */
const MAX_DECISIONS = 4096;

/**
 * The status of every row of one ordinal indicator, for each view (index
 * `viewIndex(view) * layout.count + bucket`). Views the policy does not read are
 * left "empty". The result is the caller's to change.
 */
export function discloseIndicator(
  participation: Participation,
  layout: BucketLayout,
  sideOfGroupBucket: Int32Array,
  policy: DisclosurePolicy,
): Uint8Array {
  const key = [
    policy.audience,
    policy.minGroupSize,
    policy.views.join(","),
    policy.complementary,
    layout.count,
    sideOfGroupBucket.join(","),
    participation.kinds.join(","),
    participation.people.join(","),
  ].join("|");
  let status = decisions.get(key);
  if (status === undefined) {
    status = decideIndicator(participation, layout, sideOfGroupBucket, policy);
    if (decisions.size >= MAX_DECISIONS) decisions.clear();
    decisions.set(key, status);
  }
  return status.slice();
}

function decideIndicator(
  participation: Participation,
  layout: BucketLayout,
  sideOfGroupBucket: Int32Array,
  policy: DisclosurePolicy,
): Uint8Array {
  const bucketCount = layout.count;
  const rowCount = VIEW_COUNT * bucketCount;
  const status = new Uint8Array(rowCount).fill(RowStatus.empty);
  const reads = VIEWS.map((view) => policy.views.includes(view));
  const [readsRound1, readsRound2, readsFinal] = reads;

  const unitRows: number[][] = [];
  const unitKind: number[] = [];
  const bucketsOf = (groupBucket: number, perspective: number): number[] =>
    groupBucket > 0
      ? [
          BucketLayout.overall,
          groupBucket,
          sideOfGroupBucket[groupBucket] as number,
          layout.perspective(perspective),
        ]
      : [BucketLayout.overall, layout.perspective(perspective)];
  const addUnit = (kind: number, rows: number[]) => {
    if (rows.length === 0) return;
    unitRows.push(rows);
    unitKind.push(kind);
  };
  participation.kinds.forEach((key, kind) => {
    const { groupBucket, perspective1, perspective2 } = unpackParticipationKey(key);
    if (perspective1 !== NO_RATING) {
      const buckets = bucketsOf(groupBucket, perspective1);
      const rows: number[] = [];
      if (readsRound1) for (const b of buckets) rows.push(b);
      if (readsFinal && perspective2 === NO_RATING) {
        for (const b of buckets) rows.push(2 * bucketCount + b);
      }
      addUnit(kind, rows);
    }
    if (perspective2 < NO_RATING) {
      const buckets = bucketsOf(groupBucket, perspective2);
      const rows: number[] = [];
      if (readsRound2) for (const b of buckets) rows.push(bucketCount + b);
      if (readsFinal) for (const b of buckets) rows.push(2 * bucketCount + b);
      addUnit(kind, rows);
    }
  });

  // A row holds at most one unit of each kind of participation: its people add up.
  const rowAnswers = new Int32Array(rowCount);
  unitRows.forEach((rows, unit) => {
    const people = participation.people[unitKind[unit] as number] as number;
    for (const row of rows) rowAnswers[row] = (rowAnswers[row] as number) + people;
  });

  const everyoneAlways = showsEveryoneAlways(policy.audience);
  const shown = new Uint8Array(rowCount);
  const kept = new Uint8Array(rowCount);
  const exempt = new Uint8Array(rowCount);
  const cost = new Float64Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    if ((rowAnswers[row] as number) === 0) continue;
    const bucket = row % bucketCount;
    const view = (row - bucket) / bucketCount;
    const isEveryone = bucket === BucketLayout.overall;
    if (isEveryone && everyoneAlways) {
      exempt[row] = 1;
      // Round 1 and round 2 hold different answers: their "everyone" rows are safe together.
      if (view < 2) kept[row] = 1;
    }
    if (exempt[row] === 1 || (rowAnswers[row] as number) >= policy.minGroupSize) {
      shown[row] = 1;
      status[row] = RowStatus.shown;
    } else status[row] = RowStatus.belowThreshold;
    // The fewest people first; at equal size perspectives, then sides, then groups, rounds before final.
    cost[row] =
      (rowAnswers[row] as number) * 16 +
      KIND_RANK[layout.kindOf(bucket)] * 4 +
      view +
      (isEveryone ? EVERYONE_PENALTY : 0);
  }
  if (!policy.complementary) return status;

  const problem: BlockProblem = {
    minGroupSize: policy.minGroupSize,
    unitRows,
    // Units of one kind hold the same people in round 1 and round 2.
    unitHolder: unitKind,
    holderPeople: participation.people,
    rowCount,
    shown,
    kept,
    exempt,
    cost,
  };
  const complement = complementarySuppression(problem);
  for (let row = 0; row < rowCount; row++) {
    if (complement[row] === 1) status[row] = RowStatus.wouldReveal;
  }
  return status;
}
