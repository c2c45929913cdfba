/** A small seeded PRNG (mulberry32): the same seed always generates the same data. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A version-4-shaped UUID built from the PRNG (the format requires UUIDs for ratings). */
  uuid(): string {
    const hex = (digits: number) => {
      let text = "";
      for (let index = 0; index < digits; index++) text += HEX[this.int(0, 15)];
      return text;
    };
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${HEX[8 + this.int(0, 3)]}${hex(3)}-${hex(12)}`;
  }
}

const HEX = "0123456789abcdef";
