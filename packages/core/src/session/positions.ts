import { issue, type ValidationIssue } from "../format/issues.ts";
import { describeScale } from "../format/validate.ts";
import type { CollectivePosition, Cycle, Dissent, PositionStatus } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import { ordinalScaleOf, primaryOrdinalIndicator } from "../model/lookup.ts";
import { gridIndexOf } from "./ratings.ts";
import { type CycleEditResult, refused } from "./result.ts";

/** "No agreement" and "not discussed" carry no level; every other status needs one. */
export function statusHasLevel(status: PositionStatus): boolean {
  return status !== "noAgreement" && status !== "notDiscussed";
}

export interface PositionInput {
  criterionId: string;
  sessionId?: string;
  /** The agreed level of the criterion's primary scale; null with "no agreement" or "not discussed". */
  level: number | null;
  status: PositionStatus;
  rationale?: string;
  dissents?: Dissent[];
  strengths?: string[];
  weaknesses?: string[];
}

function filledTexts(texts: readonly string[] | undefined): string[] {
  return (texts ?? []).filter((text) => text.trim() !== "");
}

/**
 * Records what the group agreed on a criterion, replacing its earlier position (the
 * reasons and the dissent that remains travel with it). Blank dissents, strengths and
 * weaknesses are left out. Refused when the level does not match the status or is not a
 * level of the criterion's primary scale, or the criterion or session is unknown.
 */
export function setCollectivePosition(
  cycle: Cycle,
  input: PositionInput,
  deps: { grid: Grid; now: string },
): CycleEditResult<{ position: CollectivePosition }> {
  const issues: ValidationIssue[] = [];
  const entry = gridIndexOf(deps.grid).criteria.get(input.criterionId);
  if (entry === undefined) {
    return refused([issue(["criterionId"], "ref.criterion", { id: input.criterionId })]);
  }
  if (input.sessionId !== undefined && !cycle.sessions.some((s) => s.id === input.sessionId)) {
    issues.push(issue(["sessionId"], "ref.session", { id: input.sessionId }));
  }
  if (statusHasLevel(input.status)) {
    const primary = primaryOrdinalIndicator(entry.criterion);
    if (input.level === null) {
      issues.push(issue(["level"], "position.levelRequired", { status: input.status }));
    } else if (primary === undefined) {
      issues.push(issue(["level"], "position.noScale", { criterionId: input.criterionId }));
    } else {
      const { levels } = ordinalScaleOf(primary);
      if (!levels.some((level) => level.value === input.level)) {
        issues.push(
          issue(["level"], "position.notALevel", {
            value: input.level,
            scale: describeScale(levels),
          }),
        );
      }
    }
  } else if (input.level !== null) {
    issues.push(issue(["level"], "position.levelMustBeNull", { status: input.status }));
  }
  if (issues.length > 0) return refused(issues);

  const position: CollectivePosition = {
    criterionId: input.criterionId,
    level: input.level,
    status: input.status,
    dissents: (input.dissents ?? [])
      .filter((dissent) => dissent.text.trim() !== "")
      .map((dissent) => ({ text: dissent.text, groupIds: [...new Set(dissent.groupIds)] })),
    strengths: filledTexts(input.strengths),
    weaknesses: filledTexts(input.weaknesses),
    updatedAt: deps.now,
  };
  if (input.sessionId !== undefined) position.sessionId = input.sessionId;
  if (input.rationale !== undefined && input.rationale.trim() !== "") {
    position.rationale = input.rationale;
  }
  return {
    ok: true,
    position,
    cycle: {
      ...cycle,
      positions: [...cycle.positions.filter((p) => p.criterionId !== input.criterionId), position],
    },
  };
}

/**
 * Removes what the group recorded on a criterion, as if it had not been discussed yet: for
 * a position entered on the wrong criterion. The ratings stay; they are another record.
 */
export function clearCollectivePosition(cycle: Cycle, criterionId: string): Cycle {
  if (!cycle.positions.some((p) => p.criterionId === criterionId)) return cycle;
  return { ...cycle, positions: cycle.positions.filter((p) => p.criterionId !== criterionId) };
}

/** The newest collective position of a criterion, as the results read it. */
export function currentPosition(cycle: Cycle, criterionId: string): CollectivePosition | undefined {
  let newest: CollectivePosition | undefined;
  for (const position of cycle.positions) {
    if (position.criterionId !== criterionId) continue;
    if (newest === undefined || Date.parse(position.updatedAt) > Date.parse(newest.updatedAt)) {
      newest = position;
    }
  }
  return newest;
}
