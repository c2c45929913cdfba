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
  rowCount: number;
  /** Rows shown by the primary rule (1) or already hidden (0). */
  shown: Uint8Array;
  /** Rows that may never be hidden here. */
  kept: Uint8Array;
  /** Rows kept whatever their size: a block that is the whole of one of them is allowed. */
  exempt: Uint8Array;
  /** The order in which rows are sacrificed: lower first. */
  cost: ArrayLike<number>;
  /** Distinct people whose answers these units hold. */
  people(units: readonly number[]): number;
}

interface Figure {
  rows: number[];
  /** The units it contains, sorted. */
  units: number[];
  kept: boolean;
  exempt: boolean;
  cost: number;
}

function sameUnits(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((unit, k) => unit === b[k]);
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

function blocksOf(problem: BlockProblem, figures: Figure[], hidden: Uint8Array): Block[] {
  const signatures: number[][] = problem.unitRows.map(() => []);
  figures.forEach((figure, f) => {
    if (hidden[f] === 1) return;
    for (const unit of figure.units) signatures[unit]?.push(f);
  });
  const byKey = new Map<string, Block>();
  signatures.forEach((signature, unit) => {
    if (signature.length === 0) return;
    const key = signature.join(",");
    const block = byKey.get(key);
    if (block === undefined) byKey.set(key, { signature, units: [unit], people: 0 });
    else block.units.push(unit);
  });
  const blocks = [...byKey.values()];
  for (const block of blocks) block.people = problem.people(block.units);
  return blocks;
}

function isAllowed(block: Block, figures: Figure[], minGroupSize: number): boolean {
  if (block.people >= minGroupSize) return true;
  return block.signature.some((f) => {
    const figure = figures[f] as Figure;
    return figure.exempt && sameUnits(figure.units, block.units);
  });
}

/** The figures in one signature and not the other. */
function difference(a: readonly number[], b: readonly number[]): number[] {
  const inB = new Set(b);
  const inA = new Set(a);
  return [...a.filter((f) => !inB.has(f)), ...b.filter((f) => !inA.has(f))];
}

function tooSmallBlocks(problem: BlockProblem, figures: Figure[], hidden: Uint8Array): Block[] {
  return blocksOf(problem, figures, hidden)
    .filter((block) => !isAllowed(block, figures, problem.minGroupSize))
    .sort((a, b) => a.people - b.people);
}

/**
 * The figures whose hiding can merge a too-small block with another: those that tell
 * it apart from another block, or that hold it at all (hiding them all leaves it unshown).
 */
function candidateFigures(tooSmall: Block[], blocks: Block[], figures: Figure[]): number[] {
  const candidates = new Set<number>();
  for (const block of tooSmall) {
    for (const f of block.signature) if (!(figures[f] as Figure).kept) candidates.add(f);
    for (const other of blocks) {
      if (other === block) continue;
      for (const f of difference(block.signature, other.signature)) {
        if (!(figures[f] as Figure).kept) candidates.add(f);
      }
    }
  }
  return [...candidates].sort((a, b) => a - b);
}

/** Past this many candidates, pairs are not tried: one greedy step at a time. */
const MAX_CANDIDATES_FOR_PAIRS = 24;

/**
 * The cheapest set of one or two candidate figures whose hiding leaves no block too
 * small, or undefined when there is none.
 */
function cheapestFix(
  problem: BlockProblem,
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
    const safe = tooSmallBlocks(problem, figures, trial).length === 0;
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
  problem: BlockProblem,
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
      tooSmall: mergedValued >= problem.minGroupSize ? 0 : 1,
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
      problem.people([...block.units, ...other.units]),
    );
  }
  consider(
    block.signature.filter((f) => !(figures[f] as Figure).kept),
    problem.minGroupSize,
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
  for (;;) {
    const blocks = blocksOf(problem, figures, hidden);
    const tooSmall = blocks
      .filter((block) => !isAllowed(block, figures, problem.minGroupSize))
      .sort((a, b) => a.people - b.people);
    if (tooSmall.length === 0) break;
    const fix = cheapestFix(problem, figures, hidden, candidateFigures(tooSmall, blocks, figures));
    if (fix !== undefined) {
      for (const f of fix) hide(f);
      break;
    }
    let step: number | undefined;
    // A block held only by kept figures cannot be merged here: the kept rows are chosen
    // to be safe together, so this does not happen; the others are still merged.
    for (const block of tooSmall) {
      step = greedyStep(block, blocks, figures, problem);
      if (step !== undefined) break;
    }
    if (step === undefined) break;
    hide(step);
  }
  return hiddenRows;
}
