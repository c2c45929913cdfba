import type { DivergenceParty } from "./types.ts";

/** Who a party is, without its figures: a group, a side, a perspective or everyone. */
export interface PartyIdentity {
  kind: DivergenceParty["kind"];
  key: string;
  label?: string;
  side?: DivergenceParty["side"];
}

/** Parties kept per identity; past this, new ones are simply not shared. */
const MAX_SHARED_PARTIES = 16_384;
/** (n, median) packed into a small integer: medians are whole or half levels in −100…100. */
const MEDIAN_SLOTS = 512;

/**
 * Divergence parties, shared between every result on the same grid object: the
 * prompts of a network name the same few groups with the same few medians and sizes
 * thousands of times, and each copy would survive as long as the results.
 */
export class SharedParties {
  private readonly byIdentity = new Map<string, Map<number, DivergenceParty>>();
  private size = 0;

  /** The shared parties of one identity, by figures (see `partyOf`). */
  tableOf(identity: string): Map<number, DivergenceParty> {
    let table = this.byIdentity.get(identity);
    if (table === undefined) {
      table = new Map();
      this.byIdentity.set(identity, table);
    }
    return table;
  }

  /** The party `identity` with `median` and `n`, frozen and shared where possible. */
  partyOf(
    identity: PartyIdentity,
    table: Map<number, DivergenceParty>,
    median: number,
    n: number,
  ): DivergenceParty {
    const halves = median * 2 + MEDIAN_SLOTS / 2;
    const shareable = Number.isInteger(halves) && halves >= 0 && halves < MEDIAN_SLOTS;
    const key = n * MEDIAN_SLOTS + halves;
    if (shareable) {
      const known = table.get(key);
      if (known !== undefined) return known;
    }
    const party: DivergenceParty = { kind: identity.kind, key: identity.key, median, n };
    if (identity.label !== undefined) party.label = identity.label;
    if (identity.side !== undefined) party.side = identity.side;
    if (!shareable || this.size >= MAX_SHARED_PARTIES) return party;
    this.size++;
    table.set(key, Object.freeze(party));
    return party;
  }
}
