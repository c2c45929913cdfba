/**
 * computeResults over every cycle of a generated workspace, against the
 * typed-array baseline doing the same counts and medians. The two must agree
 * on every median, or the comparison is meaningless and the case fails.
 */
import {
  type Cycle,
  type CycleResults,
  computeResults,
  type Grid,
  type Organisation,
  type Workspace,
} from "../packages/core/src/index.ts";
import { type BaselineResults, baselineResults } from "./baseline.ts";
import { federationWorkspace, networkWorkspace, workshopWorkspace } from "./generate.ts";
import { type BenchCase, type BenchOptions, benchLine, pairedTiming } from "./harness.ts";

interface CycleContext {
  cycle: Cycle;
  grid: Grid;
  organisation: Organisation;
}

function contextsOf(workspace: Workspace): CycleContext[] {
  return workspace.cycles.map((cycle) => {
    const grid = workspace.grids.find(
      (candidate) => candidate.id === cycle.grid.gridId && candidate.version === cycle.grid.version,
    );
    const organisation = workspace.organisations.find((o) => o.id === cycle.organisationId);
    if (!grid || !organisation) throw new Error(`generated cycle ${cycle.id} is incomplete`);
    return { cycle, grid, organisation };
  });
}

function sameMedian(engine: number | null, baseline: number): boolean {
  if (engine === null) return Number.isNaN(baseline);
  return Math.abs(engine - baseline) < 1e-9;
}

/** The first disagreement between engine and baseline, described; undefined when they agree. */
export function findDisagreement(
  cycleId: string,
  engine: CycleResults,
  baseline: BaselineResults,
): string | undefined {
  const byIndicator = new Map(engine.indicators.map((result) => [result.indicatorId, result]));
  const groupCount = baseline.groupIds.length;
  for (let i = 0; i < baseline.indicatorIds.length; i++) {
    const indicatorId = baseline.indicatorIds[i] as string;
    const result = byIndicator.get(indicatorId);
    if (!result) return `${cycleId}/${indicatorId}: missing from the engine's results`;
    // The baseline computes every median; the engine's disclosure policy may withhold a row.
    const overall = baseline.overallMedians[i] as number;
    const engineOverall = result.stats.overall;
    if (engineOverall !== null && !sameMedian(engineOverall.median, overall)) {
      return `${cycleId}/${indicatorId}: overall median engine=${engineOverall.median} baseline=${overall}`;
    }
    for (let g = 0; g < groupCount; g++) {
      const groupId = baseline.groupIds[g] as string;
      const expected = baseline.groupMedians[i * groupCount + g] as number;
      const shown = result.stats.groups.find((group) => group.groupId === groupId);
      if (shown !== undefined && !sameMedian(shown.stats.median, expected)) {
        return `${cycleId}/${indicatorId}/${groupId}: median engine=${shown.stats.median} baseline=${expected}`;
      }
    }
  }
  return undefined;
}

function resultsCase(
  name: string,
  description: string,
  generate: () => Workspace,
  repetitions: { full: number; quick: number; warmUp: number },
): BenchCase {
  return {
    name,
    description,
    run: async (options: BenchOptions) => {
      const workspace = generate();
      const contexts = contextsOf(workspace);
      const ratingCount = contexts.reduce((sum, context) => sum + context.cycle.ratings.length, 0);
      const timing = pairedTiming(
        () => contexts.map((context) => computeResults(context, { audience: "internal" })),
        () => contexts.map((context) => baselineResults(context)),
        repetitions.warmUp,
        options.quick ? repetitions.quick : repetitions.full,
      );
      for (let index = 0; index < contexts.length; index++) {
        const cycleId = (contexts[index] as CycleContext).cycle.id;
        const problem = findDisagreement(
          cycleId,
          timing.engineResult[index] as CycleResults,
          timing.baselineResult[index] as BaselineResults,
        );
        if (problem) {
          options.log(`BENCH ${name} FAILED: engine and baseline disagree: ${problem}`);
          return false;
        }
      }
      options.log(
        benchLine(name, timing, {
          cycles: contexts.length,
          ratings: ratingCount,
        }),
      );
      return true;
    },
  };
}

export const workshopCase = resultsCase(
  "results-workshop",
  "computeResults on one workshop: 60 criteria in 6 dimensions, 40 participants in 5 groups, 2 rounds",
  workshopWorkspace,
  // A call takes under a millisecond: with two warm-up calls, the engine and the baseline
  // were timed while V8 was still compiling them.
  { full: 30, quick: 3, warmUp: 100 },
);

export const federationCase = resultsCase(
  "results-federation",
  "computeResults over 500 cycles of about 20 participants on a 30-criterion grid",
  federationWorkspace,
  { full: 7, quick: 1, warmUp: 2 },
);

export const networkCase = resultsCase(
  "results-network",
  "computeResults over 1,000 cycles × 60 criteria × 30 participants (1.8 M ratings, round 1)",
  networkWorkspace,
  { full: 3, quick: 1, warmUp: 2 },
);
