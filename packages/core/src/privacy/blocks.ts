/**
 * Complementary suppression by blocks: the one rule that decides which figures can be
 * shown together without letting anyone work out the answers of fewer than k people.
 *
 * The answers behind a set of figures are cut into units: each unit lies wholly
 * inside or wholly outside each figure (for the results of one indicator, a unit is the
 * round-1 or round-2 answers of the people of one stakeholder group with the same
 * perspectives). The figures shown together cut the units into blocks: the units that
 * lie in exactly the same shown figures. Every shown figure is then a sum of whole
 * blocks, so anything a reader can compute from the shown figures (differences of
 * rows, of rounds or of perspectives, totals, bounds on quartiles, medians) is a
 * function of the blocks' distributions alone: inside a block, any person's answer
 * could be anybody else's. The figures are safe when every block holds the answers of
 * at least k people, or is the whole of a figure the audience is allowed to see
 * whatever its size (the room's "everyone" row).
 *
 * When a block is too small, the figure whose removal merges it with a neighbouring
 * block is hidden: the fewest extra figures, the smallest first. Statistical offices
 * call this secondary (complementary) cell suppression.
 */

export interface BlockProblem {
  /** k: the least number of people whose answers a block may hold. */
  minGroupSize: number;
  /** Per unit, the rows that contain it (in any order, without repeats). */
  unitRows: readonly (readonly number[])[];
  /**
   * Per unit, whose answers it holds: units with the same holder hold the same people
   * (one person's round 1 and round 2), units with different holders hold different people.
   */
  unitHolder: readonly number[];
  /** How many people each holder is. */
  holderPeople: readonly number[];
  rowCount: number;
  /** Rows shown by the primary rule (1) or already hidden (0). */
  shown: Uint8Array;
  /** Rows that may never be hidden here. */
  kept: Uint8Array;
  /** Rows kept whatever their size: a block that is the whole of one of them is allowed. */
  exempt: Uint8Array;
  /** The order in which rows are sacrificed: lower first. */
  cost: ArrayLike<number>;
}

interface Figure {
  rows: number[];
  /** The units it contains, sorted. */
  units: number[];
  kept: boolean;
  exempt: boolean;
  cost: number;
}

/** Shown rows with the same units are one figure: hiding one of them alone would hide nothing. */
function figuresOf(problem: BlockProblem): Figure[] {
  const unitsOfRow: number[][] = Array.from({ length: problem.rowCount }, () => []);
  problem.unitRows.forEach((rows, unit) => {
    for (const row of rows) unitsOfRow[row]?.push(unit);
  });
  const figures: Figure[] = [];
  const byKey = new Map<string, Figure>();
  for (let row = 0; row < problem.rowCount; row++) {
    const units = unitsOfRow[row] as number[];
    if (problem.shown[row] !== 1 || units.length === 0) continue;
    const key = units.join(",");
    let figure = byKey.get(key);
    if (figure === undefined) {
      figure = { rows: [], units, kept: false, exempt: false, cost: 0 };
      byKey.set(key, figure);
      figures.push(figure);
    }
    figure.rows.push(row);
    figure.kept ||= problem.kept[row] === 1;
    figure.exempt ||= problem.exempt[row] === 1;
    // Hiding a figure hides all its rows: it costs what its most valuable row costs.
    figure.cost = Math.max(figure.cost, problem.cost[row] as number);
  }
  return figures;
}

interface Block {
  /** Indexes of the shown figures holding it, ascending. */
  signature: number[];
  units: number[];
  people: number;
}

/** Bits of a signature word: small integers stay unboxed in JavaScript engines. */
const BITS_PER_WORD = 30;

/**
 * Groups the units by the shown figures that hold them, counting each holder's people
 * once per block. The hot path of the search, run for every set of figures tried: each
 * unit's signature is a bit set, and nothing is allocated per trial.
 */
class BlockIndex {
  private readonly words: number;
  private readonly unitFigures: number[][];
  /** Per unit, its signature with every figure shown (`words` words each). */
  private readonly unitWords: Int32Array;
  /** The signature under the trial's hidden figures. */
  private readonly keys: Int32Array;
  private readonly hiddenWords: Int32Array;
  private readonly holderUnits: number[][] = [];
  private readonly holderSlots: number[] = [];
  /** Per unit, its block in the last trial (-1: in no shown figure). */
  private readonly slotOfUnit: Int32Array;
  /** Per block of the last trial (never more blocks than units): a unit of it, its units, its people. */
  private readonly slotUnit: Int32Array;
  private readonly slotUnits: Int32Array;
  private readonly slotPeople: Int32Array;

  constructor(
    private readonly problem: BlockProblem,
    private readonly figures: readonly Figure[],
  ) {
    const unitCount = problem.unitRows.length;
    this.words = Math.max(1, Math.ceil(figures.length / BITS_PER_WORD));
    this.unitFigures = problem.unitRows.map(() => []);
    this.unitWords = new Int32Array(unitCount * this.words);
    figures.forEach((figure, f) => {
      for (const unit of figure.units) {
        this.unitFigures[unit]?.push(f);
        const at = unit * this.words + Math.floor(f / BITS_PER_WORD);
        this.unitWords[at] = (this.unitWords[at] as number) | (1 << (f % BITS_PER_WORD));
      }
    });
    this.keys = new Int32Array(unitCount * this.words);
    this.hiddenWords = new Int32Array(this.words);
    this.slotOfUnit = new Int32Array(unitCount);
    this.slotUnit = new Int32Array(unitCount);
    this.slotUnits = new Int32Array(unitCount);
    this.slotPeople = new Int32Array(unitCount);
    problem.unitHolder.forEach((holder, unit) => {
      const units = this.holderUnits[holder];
      if (units === undefined) this.holderUnits[holder] = [unit];
      else units.push(unit);
    });
  }

  private sameKey(unit: number, other: number): boolean {
    for (let w = 0; w < this.words; w++) {
      if (this.keys[unit * this.words + w] !== this.keys[other * this.words + w]) return false;
    }
    return true;
  }

  /** Sorts the units into blocks under `hidden`; returns how many blocks there are. */
  private assign(hidden: Uint8Array): number {
    const { words, keys, unitWords, hiddenWords } = this;
    hiddenWords.fill(0);
    hidden.forEach((flag, f) => {
      if (flag === 1) {
        const w = Math.floor(f / BITS_PER_WORD);
        hiddenWords[w] = (hiddenWords[w] as number) | (1 << (f % BITS_PER_WORD));
      }
    });
    let slots = 0;
    for (const units of this.holderUnits) {
      if (units === undefined) continue;
      const people = this.problem.holderPeople[
        this.problem.unitHolder[units[0] as number] as number
      ] as number;
      this.holderSlots.length = 0;
      for (const unit of units) {
        let shownAnywhere = false;
        for (let w = 0; w < words; w++) {
          const key = (unitWords[unit * words + w] as number) & ~(hiddenWords[w] as number);
          keys[unit * words + w] = key;
          if (key !== 0) shownAnywhere = true;
        }
        if (!shownAnywhere) {
          this.slotOfUnit[unit] = -1;
          continue;
        }
        let slot = 0;
        while (slot < slots && !this.sameKey(unit, this.slotUnit[slot] as number)) slot++;
        if (slot === slots) {
          slots++;
          this.slotUnit[slot] = unit;
          this.slotUnits[slot] = 0;
          this.slotPeople[slot] = 0;
        }
        this.slotOfUnit[unit] = slot;
        this.slotUnits[slot] = (this.slotUnits[slot] as number) + 1;
        // One person's rounds 1 and 2 in one block are still one person.
        if (this.holderSlots.includes(slot)) continue;
        this.holderSlots.push(slot);
        this.slotPeople[slot] = (this.slotPeople[slot] as number) + people;
      }
    }
    return slots;
  }

  private shownFigures(unit: number, hidden: Uint8Array): number[] {
    return (this.unitFigures[unit] as number[]).filter((f) => hidden[f] !== 1);
  }

  /** The blocks under `hidden`, each with its units (ascending) and people. */
  blocks(hidden: Uint8Array): Block[] {
    const slots = this.assign(hidden);
    const blocks: Block[] = [];
    for (let slot = 0; slot < slots; slot++) {
      blocks.push({
        signature: this.shownFigures(this.slotUnit[slot] as number, hidden),
        units: [],
        people: this.slotPeople[slot] as number,
      });
    }
    this.slotOfUnit.forEach((slot, unit) => {
      if (slot >= 0) blocks[slot]?.units.push(unit);
    });
    return blocks;
  }

  /** Distinct people whose answers these units hold. */
  people(units: readonly number[]): number {
    const holders = new Set(units.map((unit) => this.problem.unitHolder[unit] as number));
    let total = 0;
    for (const holder of holders) total += this.problem.holderPeople[holder] as number;
    return total;
  }

  /** Whether no block is too small under `hidden`, without building the blocks. */
  isSafe(hidden: Uint8Array): boolean {
    const slots = this.assign(hidden);
    for (let slot = 0; slot < slots; slot++) {
      if ((this.slotPeople[slot] as number) >= this.problem.minGroupSize) continue;
      const size = this.slotUnits[slot] as number;
      const isWholeExemptFigure = (
        this.unitFigures[this.slotUnit[slot] as number] as number[]
      ).some((f) => {
        const figure = this.figures[f] as Figure;
        return hidden[f] !== 1 && figure.exempt && figure.units.length === size;
      });
      if (!isWholeExemptFigure) return false;
    }
    return true;
  }
}

function isAllowed(block: Block, figures: Figure[], minGroupSize: number): boolean {
  if (block.people >= minGroupSize) return true;
  return block.signature.some((f) => {
    const figure = figures[f] as Figure;
    // The block lies inside every figure of its signature: the same size means the same units.
    return figure.exempt && figure.units.length === block.units.length;
  });
}

/** Calls `visit` with each figure in one ascending signature and not the other. */
function forEachDifference(
  a: readonly number[],
  b: readonly number[],
  visit: (figure: number) => void,
): void {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    if (x === y) {
      i++;
      j++;
    } else if (x < y) {
      visit(x);
      i++;
    } else {
      visit(y);
      j++;
    }
  }
}

/** The figures in one signature and not the other. */
function difference(a: readonly number[], b: readonly number[]): number[] {
  const figures: number[] = [];
  forEachDifference(a, b, (f) => figures.push(f));
  return figures;
}

function tooSmallBlocks(blocks: Block[], figures: Figure[], minGroupSize: number): Block[] {
  return blocks
    .filter((block) => !isAllowed(block, figures, minGroupSize))
    .sort((a, b) => a.people - b.people);
}

/**
 * The figures whose hiding can merge a too-small block with another: those that tell
 * it apart from another block, or that hold it at all (hiding them all leaves it unshown).
 */
function candidateFigures(tooSmall: Block[], blocks: Block[], figures: Figure[]): number[] {
  const isCandidate = new Uint8Array(figures.length);
  const consider = (f: number) => {
    if (!(figures[f] as Figure).kept) isCandidate[f] = 1;
  };
  for (const block of tooSmall) {
    for (const f of block.signature) consider(f);
    for (const other of blocks) {
      if (other !== block) forEachDifference(block.signature, other.signature, consider);
    }
  }
  const candidates: number[] = [];
  isCandidate.forEach((flag, f) => {
    if (flag === 1) candidates.push(f);
  });
  // Cheapest first, so that the search can stop trying costlier sets early.
  return candidates.sort(
    (a, b) => (figures[a] as Figure).cost - (figures[b] as Figure).cost || a - b,
  );
}

/** Past this many candidates, pairs are not tried: one greedy step at a time. */
const MAX_CANDIDATES_FOR_PAIRS = 8;

/**
 * The cheapest set of one or two candidate figures whose hiding leaves no block too
 * small, or undefined when there is none.
 */
function cheapestFix(
  index: BlockIndex,
  figures: Figure[],
  hidden: Uint8Array,
  candidates: number[],
): number[] | undefined {
  let best: { figures: number[]; cost: number } | undefined;
  const trial = hidden.slice();
  const tryHiding = (set: number[]) => {
    const cost = set.reduce((sum, f) => sum + (figures[f] as Figure).cost, 0);
    if (best !== undefined && cost >= best.cost) return;
    for (const f of set) trial[f] = 1;
    const safe = index.isSafe(trial);
    for (const f of set) trial[f] = hidden[f] as number;
    if (safe) best = { figures: set, cost };
  };
  for (const f of candidates) tryHiding([f]);
  if (candidates.length <= MAX_CANDIDATES_FOR_PAIRS) {
    for (let i = 0; i < candidates.length; i++) {
      for (let j = i + 1; j < candidates.length; j++) {
        tryHiding([candidates[i] as number, candidates[j] as number]);
      }
    }
  }
  return best?.figures;
}

/**
 * One step when no cheap fix exists: the figure to hide so that `block` merges with
 * another (or with nothing, by leaving every figure that holds it), the way needing
 * the cheapest figures, then one whose merge is large enough; of that way's figures,
 * the cheapest. Undefined when every way needs a kept figure.
 */
function greedyStep(
  block: Block,
  blocks: readonly Block[],
  figures: readonly Figure[],
  index: BlockIndex,
  minGroupSize: number,
): number | undefined {
  let best: { cost: number; tooSmall: number; figure: number } | undefined;
  const consider = (figuresToHide: number[], mergedValued: number) => {
    if (figuresToHide.length === 0) return;
    let cheapest = -1;
    let cost = 0;
    for (const f of figuresToHide) {
      const figure = figures[f] as Figure;
      if (figure.kept) return;
      cost += figure.cost;
      if (cheapest < 0 || figure.cost < (figures[cheapest] as Figure).cost) cheapest = f;
    }
    const candidate = {
      cost,
      tooSmall: mergedValued >= minGroupSize ? 0 : 1,
      figure: cheapest,
    };
    if (
      best === undefined ||
      candidate.cost < best.cost ||
      (candidate.cost === best.cost && candidate.tooSmall < best.tooSmall)
    ) {
      best = candidate;
    }
  };
  for (const other of blocks) {
    if (other === block) continue;
    consider(
      difference(block.signature, other.signature),
      index.people([...block.units, ...other.units]),
    );
  }
  consider(
    block.signature.filter((f) => !(figures[f] as Figure).kept),
    minGroupSize,
  );
  return best?.figure;
}

/**
 * The rows to hide besides those the primary rule hid, so that no combination of the
 * shown rows isolates the answers of fewer than k people (see the module comment):
 * the cheapest one or two rows that do it, else one row at a time. Returns one flag
 * per row: 1 when the row is hidden here.
 */
export function complementarySuppression(problem: BlockProblem): Uint8Array {
  const hiddenRows = new Uint8Array(problem.rowCount);
  const figures = figuresOf(problem);
  const hidden = new Uint8Array(figures.length);
  const hide = (f: number) => {
    hidden[f] = 1;
    for (const row of (figures[f] as Figure).rows) hiddenRows[row] = 1;
  };
  const index = new BlockIndex(problem, figures);
  for (;;) {
    const blocks = index.blocks(hidden);
    const tooSmall = tooSmallBlocks(blocks, figures, problem.minGroupSize);
    if (tooSmall.length === 0) break;
    const fix = cheapestFix(index, figures, hidden, candidateFigures(tooSmall, blocks, figures));
    if (fix !== undefined) {
      for (const f of fix) hide(f);
      break;
    }
    let step: number | undefined;
    // A block held only by kept figures cannot be merged here: the kept rows are chosen
    // to be safe together, so this does not happen; the others are still merged.
    for (const block of tooSmall) {
      step = greedyStep(block, blocks, figures, index, problem.minGroupSize);
      if (step !== undefined) break;
    }
    if (step === undefined) break;
    hide(step);
  }
  return hiddenRows;
}
