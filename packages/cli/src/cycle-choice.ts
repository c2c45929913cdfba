/** Which cycle a command works on: `--cycle ID`, or the latest one, said so on standard error. */
import {
  type Cycle,
  type ResultsContext,
  resolveResultsContext,
  type Workspace,
} from "@coeval/core";
import { type CommandContext, line } from "./command.ts";

/** The cycle started last; cycles without a start date count as older, file order breaks ties. */
export function latestCycle(cycles: readonly Cycle[]): Cycle | undefined {
  let latest: Cycle | undefined;
  for (const cycle of cycles) {
    if (latest === undefined || (cycle.startDate ?? "") >= (latest.startDate ?? "")) latest = cycle;
  }
  return latest;
}

function listCycles(context: CommandContext, workspace: Workspace): void {
  const { results } = context.m;
  line(context.io.stderr, results.availableCycles);
  for (const cycle of workspace.cycles) {
    line(
      context.io.stderr,
      `  ${results.cycleLine({
        id: cycle.id,
        name: cycle.name,
        startDate: cycle.startDate === undefined ? null : context.f.date(cycle.startDate),
      })}`,
    );
  }
}

/**
 * The cycle named by `--cycle`, else the latest. When there is none, prints why (and the
 * cycles there are) and returns undefined. The choice of the latest goes to standard
 * error, so that what a command writes on standard output stays clean.
 */
export function chooseCycle(
  context: CommandContext,
  workspace: Workspace,
  path: string,
): Cycle | undefined {
  const { results: messages } = context.m;
  const requested = context.options.cycle;
  if (typeof requested === "string") {
    const cycle = workspace.cycles.find((candidate) => candidate.id === requested);
    if (!cycle) {
      line(context.io.stderr, messages.cycleNotFound(requested));
      if (workspace.cycles.length === 0) line(context.io.stderr, messages.noCycle(path));
      else listCycles(context, workspace);
    }
    return cycle;
  }
  const cycle = latestCycle(workspace.cycles);
  if (!cycle) line(context.io.stderr, messages.noCycle(path));
  else
    line(context.io.stderr, messages.latestChosen(cycle, workspace.cycles.length - 1, context.f));
  return cycle;
}

/** The cycle's grid version and organisation; prints which is missing and returns undefined. */
export function resolveCycle(
  context: CommandContext,
  workspace: Workspace,
  cycle: Cycle,
): ResultsContext | undefined {
  const { results: messages } = context.m;
  const resolved = resolveResultsContext(workspace, cycle.id);
  if (resolved.ok) return resolved.context;
  const params = resolved.params;
  const reason =
    resolved.code === "gridNotFound"
      ? messages.referenceMissing.gridNotFound({
          gridId: String(params.gridId),
          version: Number(params.version),
        })
      : messages.referenceMissing.organisationNotFound({
          organisationId: String(params.organisationId),
        });
  line(context.io.stderr, messages.cannotCompute(cycle.id, reason));
  return undefined;
}
