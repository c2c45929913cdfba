import {
  type CycleComparison,
  type CycleResults,
  compareWithPreviousCycle,
  computeResults,
  type ResultsContext,
  type RoundSelection,
  resolveResultsContext,
  suppressedGroupIds,
  type Workspace,
} from "@coeval/core";

export interface CycleView {
  context: ResultsContext;
  results: CycleResults;
  comparison: CycleComparison | null;
  /**
   * How many groups answered but are shown in no dimension of the profile: the radar's
   * generic note. Only the count leaves this function, never which groups.
   */
  groupsHiddenFromProfile: number;
}

/**
 * Everything the results screen shows about one cycle, straight from the core: the
 * screen only lays it out. Null when the cycle, its grid or its organisation is missing.
 */
export function cycleView(
  workspace: Workspace,
  cycleId: string,
  round: RoundSelection,
): CycleView | null {
  const resolved = resolveResultsContext(workspace, cycleId);
  if (!resolved.ok) return null;
  const { context } = resolved;
  const results = computeResults(context, { round });
  let comparison: CycleComparison | null = null;
  try {
    comparison = compareWithPreviousCycle(workspace, cycleId, { round });
  } catch {
    // The previous cycle named is missing or unreadable: show this cycle without progress.
  }
  const shownInProfile = new Set(
    results.dimensions.flatMap((d) => d.stats.groups.map((group) => group.groupId)),
  );
  const hidden = new Set(
    Object.values(suppressedGroupIds(context, { round }).dimensions)
      .flat()
      .filter((id) => !shownInProfile.has(id)),
  );
  return { context, results, comparison, groupsHiddenFromProfile: hidden.size };
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
