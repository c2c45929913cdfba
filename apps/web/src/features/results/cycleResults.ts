import {
  type Audience,
  type CycleComparison,
  type CycleResults,
  compareWithPreviousCycle,
  computeResults,
  type ResultsContext,
  type RoundSelection,
  resolveResultsContext,
  type Workspace,
} from "@coeval/core";

export interface CycleView {
  context: ResultsContext;
  results: CycleResults;
  comparison: CycleComparison | null;
}

/**
 * Everything the results screen shows about one cycle, as core discloses it to the
 * audience: the screen only lays it out. Null when the cycle, its grid or its
 * organisation is missing.
 */
export function cycleView(
  workspace: Workspace,
  cycleId: string,
  round: RoundSelection,
  audience: Audience,
): CycleView | null {
  const resolved = resolveResultsContext(workspace, cycleId);
  if (!resolved.ok) return null;
  const { context } = resolved;
  const results = computeResults(context, { audience, round });
  let comparison: CycleComparison | null = null;
  try {
    comparison = compareWithPreviousCycle(workspace, cycleId, { audience, round });
  } catch {
    // The previous cycle named is missing or unreadable: show this cycle without progress.
  }
  return { context, results, comparison };
}

/** The cycle shown first: the newest by start date, else the last one recorded. */
export function defaultCycleId(workspace: Workspace): string | null {
  const cycles = [...workspace.cycles];
  if (cycles.length === 0) return null;
  const dated = cycles.filter((c) => c.startDate !== undefined);
  if (dated.length > 0) {
    dated.sort((a, b) => (a.startDate ?? "").localeCompare(b.startDate ?? ""));
    return dated[dated.length - 1]?.id ?? null;
  }
  return cycles[cycles.length - 1]?.id ?? null;
}
