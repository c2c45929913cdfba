import type { Perspective } from "../model/cycle.ts";
import type { Side, StakeholderGroup } from "../model/organisation.ts";
import type { BreakdownEntries } from "./breakdown.ts";
import { type OrdinalStats, ordinalStatsFromCounts } from "./statistics.ts";
import type { GroupStats, PerspectiveStats, SideStats } from "./types.ts";

/**
 * At most this many statistics are kept per scale. Small groups repeat the same few
 * distributions endlessly; past the bound, new ones are simply not shared.
 */
export const MAX_SHARED_STATS = 16_384;

/** Packed keys stay small integers (V8's "Smi"): a Map looks them up without boxing a number. */
const KEY_BITS = 30;

/** Shared statistics are exactly the frozen ones: `SharedOrdinalStats` freezes what it keeps. */
export function isSharedStats(stats: OrdinalStats): boolean {
  return Object.isFrozen(stats);
}

function frozenStats(stats: OrdinalStats): OrdinalStats {
  Object.freeze(stats.distribution);
  return Object.freeze(stats);
}

/**
 * The statistics of one scale (one list of level values), shared between every
 * result computed on the same grid object: equal counts give the same frozen
 * object. A network's results then hold a few thousand distinct statistics instead
 * of hundreds of thousands of copies, which is what their garbage collection costs.
 */
export class SharedOrdinalStats {
  private readonly byCounts = new Map<number, OrdinalStats>();
  /**
   * Counts are packed into one number, one digit per level, N/A and don't know;
   * counts too large for a digit are not shared (large groups rarely repeat anyway).
   */
  private readonly radix: number;

  constructor(readonly values: readonly number[]) {
    this.radix = 2 ** Math.floor(KEY_BITS / (values.length + 2));
  }

  /** The statistics of `counts[base + k]` raters per level, `na` and `dontKnow`. */
  of(counts: ArrayLike<number>, base: number, na: number, dontKnow: number): OrdinalStats {
    const { radix, values } = this;
    let key = 0;
    let fits = na < radix && dontKnow < radix;
    for (let k = 0; fits && k < values.length; k++) {
      const count = counts[base + k] as number;
      fits = count < radix;
      key = key * radix + count;
    }
    if (!fits) return ordinalStatsFromCounts(values, counts, base, na, dontKnow);
    key = (key * radix + na) * radix + dontKnow;
    const known = this.byCounts.get(key);
    if (known !== undefined) return known;
    const stats = ordinalStatsFromCounts(values, counts, base, na, dontKnow);
    if (this.byCounts.size >= MAX_SHARED_STATS) return stats;
    const shared = frozenStats(stats);
    this.byCounts.set(key, shared);
    return shared;
  }
}

/** Breakdown entries kept per grid plan; past this, new ones are simply not shared. */
export const MAX_SHARED_ENTRIES = 65_536;

type Entry = GroupStats | SideStats | PerspectiveStats;

/**
 * Breakdown entries around shared statistics, by bucket identity (see
 * `bucketIdentities`), kept for every result computed on the same grid object.
 */
export class SharedEntryStore {
  private readonly byIdentity = new Map<string, Map<OrdinalStats, Entry>>();
  size = 0;

  tableOf(identity: string): Map<OrdinalStats, Entry> {
    let table = this.byIdentity.get(identity);
    if (table === undefined) {
      table = new Map();
      this.byIdentity.set(identity, table);
    }
    return table;
  }
}

/**
 * The breakdown entries of one cycle: an entry around shared statistics is itself
 * shared (frozen) with the results of other cycles, one around fresh statistics is
 * made anew (keeping it would keep its statistics alive for nothing).
 */
export class SharedEntries implements BreakdownEntries<OrdinalStats> {
  private readonly tables: Map<OrdinalStats, Entry>[];

  constructor(
    private readonly store: SharedEntryStore,
    identities: readonly string[],
  ) {
    this.tables = identities.map((identity) => store.tableOf(identity));
  }

  group(bucket: number, group: StakeholderGroup, stats: OrdinalStats): GroupStats {
    const known = this.known(bucket, stats);
    if (known !== undefined) return known as GroupStats;
    return this.keep(bucket, { groupId: group.id, label: group.label, side: group.side, stats });
  }

  side(bucket: number, side: Side, stats: OrdinalStats): SideStats {
    const known = this.known(bucket, stats);
    if (known !== undefined) return known as SideStats;
    return this.keep(bucket, { side, stats });
  }

  perspective(bucket: number, perspective: Perspective, stats: OrdinalStats): PerspectiveStats {
    const known = this.known(bucket, stats);
    if (known !== undefined) return known as PerspectiveStats;
    return this.keep(bucket, { perspective, stats });
  }

  private known(bucket: number, stats: OrdinalStats): Entry | undefined {
    return (this.tables[bucket] as Map<OrdinalStats, Entry>).get(stats);
  }

  private keep<E extends Entry>(bucket: number, entry: E): E {
    if (!isSharedStats(entry.stats) || this.store.size >= MAX_SHARED_ENTRIES) return entry;
    this.store.size++;
    Object.freeze(entry);
    (this.tables[bucket] as Map<OrdinalStats, Entry>).set(entry.stats, entry);
    return entry;
  }
}
