import type { Rating } from "../model/cycle.ts";
import { perspectiveIndex } from "./buckets.ts";
import type { OrdinalEntry } from "./plan.ts";
import { type Tally, valueSlot } from "./tally.ts";

/** No counted rating in that round. */
export const NO_RATING = 3;
/** A round-2 rating whose value is not on the scale: it counts nowhere, yet it replaces round 1 in "final". */
export const UNCOUNTED_ROUND_2 = 4;

const PERSPECTIVE_STATES_1 = 4;
const PERSPECTIVE_STATES_2 = 5;

/**
 * Who answered one indicator, and how, never what they answered: people sorted by
 * "kind of participation", the only thing the disclosure policy reads. A kind is a
 * stakeholder group (or none) with the perspective of the person's round-1 rating and
 * that of their round-2 rating (each possibly absent).
 */
export interface Participation {
  /** Kinds with at least one person, as packed keys (see `participationKey`). */
  kinds: number[];
  /** How many people are of each kind. */
  people: number[];
}

/** Packs a kind: group bucket (0 for none), round-1 perspective (0..2, or `NO_RATING`), round-2 perspective (0..2, `NO_RATING` or `UNCOUNTED_ROUND_2`). */
export function participationKey(groupBucket: number, perspective1: number, perspective2: number) {
  return (groupBucket * PERSPECTIVE_STATES_1 + perspective1) * PERSPECTIVE_STATES_2 + perspective2;
}

export function unpackParticipationKey(key: number): {
  groupBucket: number;
  perspective1: number;
  perspective2: number;
} {
  const perspective2 = key % PERSPECTIVE_STATES_2;
  const rest = (key - perspective2) / PERSPECTIVE_STATES_2;
  const perspective1 = rest % PERSPECTIVE_STATES_1;
  return { groupBucket: (rest - perspective1) / PERSPECTIVE_STATES_1, perspective1, perspective2 };
}

/**
 * The participation in every ordinal indicator of a tally's grid, read from the
 * newest rating of each person in each round (whatever round the tally selected).
 */
export function participationOf(tally: Tally, ratings: readonly Rating[]): Participation[] {
  const { plan, newest, groupBuckets, participantTotal, stride } = tally;
  const indicatorCount = plan.ordinal.length;
  const kindsPerIndicator =
    (tally.layout.groupCount + 1) * PERSPECTIVE_STATES_1 * PERSPECTIVE_STATES_2;
  const counts = new Int32Array(indicatorCount * kindsPerIndicator);

  for (let p = 0; p < participantTotal; p++) {
    const groupBucket = Math.max(groupBuckets[p] as number, 0);
    for (let i = 0; i < indicatorCount; i++) {
      const key = p * indicatorCount + i;
      const r1 = newest[key * 2] as number;
      const r2 = newest[key * 2 + 1] as number;
      if (r1 < 0 && r2 < 0) continue;
      const entry = plan.ordinal[i] as OrdinalEntry;
      // A value off the scale counts nowhere (validation reports it).
      const counted = (r: number) =>
        r >= 0 && valueSlot(entry, (ratings[r] as Rating).value, stride) >= 0;
      const perspective1 = counted(r1)
        ? perspectiveIndex((ratings[r1] as Rating).perspective)
        : NO_RATING;
      const perspective2 =
        r2 < 0
          ? NO_RATING
          : counted(r2)
            ? perspectiveIndex((ratings[r2] as Rating).perspective)
            : UNCOUNTED_ROUND_2;
      if (perspective1 === NO_RATING && perspective2 >= NO_RATING) continue;
      const at = i * kindsPerIndicator + participationKey(groupBucket, perspective1, perspective2);
      counts[at] = (counts[at] as number) + 1;
    }
  }

  const result: Participation[] = new Array(indicatorCount);
  for (let i = 0; i < indicatorCount; i++) {
    const participation: Participation = { kinds: [], people: [] };
    for (let kind = 0; kind < kindsPerIndicator; kind++) {
      const people = counts[i * kindsPerIndicator + kind] as number;
      if (people === 0) continue;
      participation.kinds.push(kind);
      participation.people.push(people);
    }
    result[i] = participation;
  }
  return result;
}
