import type { GridWorkshop } from "../model/coconstruction.ts";
import type { Cycle } from "../model/cycle.ts";
import type { Grid, ScaleLevel } from "../model/grid.ts";
import {
  findGrid,
  indexGrid,
  isOrdinal,
  ordinalScaleOf,
  primaryOrdinalIndicator,
} from "../model/lookup.ts";
import type { Organisation, Side } from "../model/organisation.ts";
import type { Workspace } from "../model/workspace.ts";
import { formatPath, issue, type ValidationIssue } from "./issues.ts";

type Path = (string | number)[];

/** Reports every record whose id was already used by an earlier record of the same list. */
function checkUniqueIds(
  records: readonly { id: string }[],
  path: Path,
  issues: ValidationIssue[],
): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id))
      issues.push(issue([...path, index, "id"], "id.duplicate", { id: record.id }));
    seen.add(record.id);
  });
}

/** How a scale is named in messages: `1–4` when its levels follow each other, else `0, 2, 5`. */
export function describeScale(levels: readonly ScaleLevel[]): string {
  const values = levels.map((level) => level.value).sort((a, b) => a - b);
  const first = values[0];
  const last = values.at(-1);
  if (first === undefined || last === undefined) return "";
  const consecutive = values.every((value, index) => value === first + index);
  return consecutive && values.length > 1 ? `${first}–${last}` : values.join(", ");
}

export interface ValidateGridOptions {
  /**
   * Whether the grid must be ready to rate: no dimension without criteria. Defaults to
   * true for adopted and archived grids; a draft is work in progress and may have an
   * empty dimension that its authors are about to fill.
   */
  complete?: boolean;
}

/** The rules a grid must follow beyond its shape; paths are relative to the grid. */
export function validateGrid(grid: Grid, options: ValidateGridOptions = {}): ValidationIssue[] {
  const complete = options.complete ?? grid.status !== "draft";
  const issues: ValidationIssue[] = [];
  checkUniqueIds(grid.dimensions, ["dimensions"], issues);
  checkUniqueIds(grid.principles, ["principles"], issues);
  const principleIds = new Set(grid.principles.map((principle) => principle.id));
  const criterionIds = new Set<string>();
  const indicatorIds = new Set<string>();

  grid.dimensions.forEach((dimension, d) => {
    const dimensionPath: Path = ["dimensions", d];
    if (complete && dimension.criteria.length === 0) {
      issues.push(issue([...dimensionPath, "criteria"], "grid.emptyDimension"));
    }
    dimension.criteria.forEach((criterion, c) => {
      const criterionPath: Path = [...dimensionPath, "criteria", c];
      if (criterionIds.has(criterion.id)) {
        issues.push(issue([...criterionPath, "id"], "id.duplicate", { id: criterion.id }));
      }
      criterionIds.add(criterion.id);
      criterion.principleIds.forEach((principleId, p) => {
        if (!principleIds.has(principleId)) {
          issues.push(
            issue([...criterionPath, "principleIds", p], "ref.principle", { id: principleId }),
          );
        }
      });
      criterion.indicators.forEach((indicator, i) => {
        const indicatorPath: Path = [...criterionPath, "indicators", i];
        if (indicatorIds.has(indicator.id)) {
          issues.push(issue([...indicatorPath, "id"], "id.duplicate", { id: indicator.id }));
        }
        indicatorIds.add(indicator.id);
        if (indicator.kind === "scale") {
          checkLevels(indicator.scale.levels, [...indicatorPath, "scale", "levels"], issues);
        }
        if (indicator.kind === "quantitative" && indicator.targetBand !== undefined) {
          const { min, max } = indicator.targetBand;
          if (min > max) {
            issues.push(
              issue([...indicatorPath, "targetBand"], "indicator.bandInverted", { min, max }),
            );
          }
        }
      });
    });
  });
  return issues;
}

function checkLevels(levels: readonly ScaleLevel[], path: Path, issues: ValidationIssue[]): void {
  const seen = new Set<number>();
  levels.forEach((level, index) => {
    const previous = levels[index - 1];
    if (seen.has(level.value)) {
      issues.push(issue([...path, index, "value"], "scale.duplicateLevel", { value: level.value }));
    } else if (previous !== undefined && level.value < previous.value) {
      issues.push(
        issue([...path, index, "value"], "scale.notIncreasing", {
          value: level.value,
          previous: previous.value,
        }),
      );
    }
    seen.add(level.value);
  });
}

const STATUSES_WITHOUT_LEVEL = new Set(["noAgreement", "notDiscussed"]);

export interface ValidateWorkspaceOptions {
  /**
   * The moment the file is read (ISO date-time), from the caller's clock: the engine
   * never reads one. A rating or position dated after it (give or take a day of clock
   * skew) is refused. Without it, only the file's own `savedAt` bounds the dates.
   */
  now?: string;
}

/** What a workspace's records say of each other: problems that refuse it, and warnings that do not. */
export interface WorkspaceFindings {
  errors: ValidationIssue[];
  /** Read as they are, but worth a look: shown to the person, never blocking. */
  warnings: ValidationIssue[];
}

/** The rules that tie the records of a workspace together; paths are relative to the workspace. */
export function validateWorkspace(
  workspace: Workspace,
  options: ValidateWorkspaceOptions = {},
): ValidationIssue[] {
  return inspectWorkspace(workspace, options).errors;
}

/** `validateWorkspace`, with the warnings too. */
export function inspectWorkspace(
  workspace: Workspace,
  options: ValidateWorkspaceOptions = {},
): WorkspaceFindings {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const checkDate = dateChecker(workspace.savedAt, options.now, issues, warnings);
  const gridVersions = new Set<string>();
  workspace.grids.forEach((grid, g) => {
    const key = JSON.stringify([grid.id, grid.version]);
    if (gridVersions.has(key)) {
      issues.push(
        issue(["grids", g, "version"], "grid.duplicateVersion", {
          gridId: grid.id,
          version: grid.version,
        }),
      );
    }
    gridVersions.add(key);
    for (const gridIssue of validateGrid(grid)) {
      issues.push({ ...gridIssue, path: ["grids", g, ...gridIssue.path] });
    }
  });

  checkUniqueIds(workspace.organisations, ["organisations"], issues);
  workspace.organisations.forEach((organisation, o) => {
    const path: Path = ["organisations", o];
    checkUniqueIds(organisation.stakeholderGroups, [...path, "stakeholderGroups"], issues);
    const roster = organisation.participants ?? [];
    checkUniqueIds(roster, [...path, "participants"], issues);
    const groupIds = new Set(organisation.stakeholderGroups.map((group) => group.id));
    roster.forEach((participant, p) => {
      if (!groupIds.has(participant.groupId)) {
        issues.push(
          issue([...path, "participants", p, "groupId"], "ref.group", { id: participant.groupId }),
        );
      }
    });
  });

  checkUniqueIds(workspace.gridWorkshops, ["gridWorkshops"], issues);
  workspace.gridWorkshops.forEach((gridWorkshop, w) => {
    validateGridWorkshop(workspace, gridWorkshop, ["gridWorkshops", w], issues);
  });

  checkUniqueIds(workspace.cycles, ["cycles"], issues);
  const cyclesById = new Map<string, Cycle>();
  for (const cycle of workspace.cycles) {
    if (!cyclesById.has(cycle.id)) cyclesById.set(cycle.id, cycle);
  }
  workspace.cycles.forEach((cycle, c) => {
    validateCycle(workspace, cycle, ["cycles", c], cyclesById, { issues, warnings, checkDate });
  });
  return { errors: issues, warnings };
}

/** A day: clocks of the devices that recorded a file may be that far apart. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

type DatedRecord = { kind: "rating"; id: string } | { kind: "position"; criterionId: string };

type DateCheck = (date: string, record: DatedRecord, at: Path) => void;

/**
 * Newest wins (ratings by `createdAt`, positions by `updatedAt`), so a record dated in
 * the future would win forever. After `now` is an error; after the file's `savedAt` too,
 * when no `now` is known. Dated after `savedAt` but not after `now` is only a warning:
 * Coéval used to export files without updating `savedAt`, and those files are genuine.
 */
function dateChecker(
  savedAt: string | undefined,
  now: string | undefined,
  issues: ValidationIssue[],
  warnings: ValidationIssue[],
): DateCheck {
  const nowLimit = now === undefined ? Number.NaN : Date.parse(now) + CLOCK_SKEW_MS;
  const savedLimit = savedAt === undefined ? Number.NaN : Date.parse(savedAt) + CLOCK_SKEW_MS;
  return (date, record, at) => {
    const time = Date.parse(date);
    const afterNow = time > nowLimit;
    const afterSave = time > savedLimit;
    if (!afterNow && !afterSave) return;
    const reference = afterNow ? "now" : "savedAt";
    const limit = (afterNow ? now : savedAt) ?? "";
    if (!afterNow && now !== undefined) {
      const stale = { date, savedAt: savedAt ?? "" };
      warnings.push(
        record.kind === "rating"
          ? issue(at, "rating.afterSavedAt", { id: record.id, ...stale })
          : issue(at, "position.afterSavedAt", { criterionId: record.criterionId, ...stale }),
      );
      return;
    }
    issues.push(
      record.kind === "rating"
        ? issue(at, "rating.future", { id: record.id, date, limit, reference })
        : issue(at, "position.future", { criterionId: record.criterionId, date, limit, reference }),
    );
  };
}

/** k = 1 shows every answer: allowed only when the data says it was chosen knowingly. */
function checkSingleThreshold(
  minGroupSize: number,
  individualAnswersVisible: boolean | undefined,
  at: Path,
  issues: ValidationIssue[],
): void {
  if (minGroupSize === 1 && individualAnswersVisible !== true) {
    issues.push(issue(at, "anonymity.singleUnconfirmed"));
  }
}

/**
 * A co-construction workshop refers to its organisation, its grid (any version: the grid
 * changes as proposals are accepted) and its voters. Proposals and votes may name criteria
 * or dimensions that were removed since: they are kept as history, not errors.
 */
function validateGridWorkshop(
  workspace: Workspace,
  gridWorkshop: GridWorkshop,
  path: Path,
  issues: ValidationIssue[],
): void {
  const organisation = workspace.organisations.find((o) => o.id === gridWorkshop.organisationId);
  if (organisation === undefined) {
    issues.push(
      issue([...path, "organisationId"], "ref.organisation", { id: gridWorkshop.organisationId }),
    );
  }
  if (!workspace.grids.some((grid) => grid.id === gridWorkshop.gridId)) {
    issues.push(issue([...path, "gridId"], "ref.grid", { id: gridWorkshop.gridId }));
  }
  checkSingleThreshold(
    gridWorkshop.minGroupSize,
    gridWorkshop.individualAnswersVisible,
    [...path, "minGroupSize"],
    issues,
  );
  const groupIds = new Set(organisation?.stakeholderGroups.map((group) => group.id) ?? []);
  const checkGroup = (groupId: string | undefined, groupPath: Path) => {
    if (groupId !== undefined && organisation !== undefined && !groupIds.has(groupId)) {
      issues.push(issue(groupPath, "ref.group", { id: groupId }));
    }
  };
  checkUniqueIds(gridWorkshop.proposals, [...path, "proposals"], issues);
  const proposalIds = new Set(gridWorkshop.proposals.map((proposal) => proposal.id));
  gridWorkshop.proposals.forEach((proposal, p) => {
    const proposalPath: Path = [...path, "proposals", p];
    checkGroup(proposal.groupId, [...proposalPath, "groupId"]);
    if (proposal.mergedIntoId !== undefined && !proposalIds.has(proposal.mergedIntoId)) {
      issues.push(
        issue([...proposalPath, "mergedIntoId"], "ref.proposal", { id: proposal.mergedIntoId }),
      );
    }
    checkUniqueIds(proposal.objections, [...proposalPath, "objections"], issues);
    proposal.objections.forEach((objection, o) => {
      checkGroup(objection.groupId, [...proposalPath, "objections", o, "groupId"]);
    });
  });
  checkUniqueIds(gridWorkshop.voters, [...path, "voters"], issues);
  gridWorkshop.voters.forEach((voter, v) => {
    checkGroup(voter.groupId, [...path, "voters", v, "groupId"]);
  });
  const voterIds = new Set(gridWorkshop.voters.map((voter) => voter.id));
  const pointsByVoter = new Map<string, number>();
  const voted = new Set<string>();
  gridWorkshop.votes.forEach((vote, v) => {
    const votePath: Path = [...path, "votes", v];
    if (!voterIds.has(vote.voterId)) {
      issues.push(issue([...votePath, "voterId"], "ref.voter", { id: vote.voterId }));
      return;
    }
    const key = JSON.stringify([vote.voterId, vote.criterionId]);
    if (voted.has(key)) {
      issues.push(
        issue(votePath, "vote.duplicate", { voterId: vote.voterId, criterionId: vote.criterionId }),
      );
    }
    voted.add(key);
    const used = (pointsByVoter.get(vote.voterId) ?? 0) + vote.points;
    pointsByVoter.set(vote.voterId, used);
    if (used > gridWorkshop.pointsPerVoter) {
      issues.push(
        issue([...votePath, "points"], "vote.overBudget", {
          voterId: vote.voterId,
          points: used,
          pointsPerVoter: gridWorkshop.pointsPerVoter,
        }),
      );
    }
  });
}

function validateCycle(
  workspace: Workspace,
  cycle: Cycle,
  path: Path,
  cyclesById: ReadonlyMap<string, Cycle>,
  found: { issues: ValidationIssue[]; warnings: ValidationIssue[]; checkDate: DateCheck },
): void {
  const { issues, warnings, checkDate } = found;
  checkSingleThreshold(
    cycle.anonymity.minGroupSize,
    cycle.anonymity.individualAnswersVisible,
    [...path, "anonymity", "minGroupSize"],
    issues,
  );
  const organisation: Organisation | undefined = workspace.organisations.find(
    (candidate) => candidate.id === cycle.organisationId,
  );
  if (organisation === undefined) {
    issues.push(
      issue([...path, "organisationId"], "ref.organisation", { id: cycle.organisationId }),
    );
  }
  const grid = findGrid(workspace, cycle.grid);
  if (grid === undefined) {
    issues.push(
      issue([...path, "grid"], "ref.gridVersion", {
        gridId: cycle.grid.gridId,
        version: cycle.grid.version,
      }),
    );
  }
  let previousCycle: Cycle | undefined;
  if (cycle.previousCycleId !== undefined) {
    previousCycle = cyclesById.get(cycle.previousCycleId);
    if (cycle.previousCycleId === cycle.id) {
      issues.push(issue([...path, "previousCycleId"], "cycle.selfReference"));
    } else if (previousCycle === undefined) {
      issues.push(issue([...path, "previousCycleId"], "ref.cycle", { id: cycle.previousCycleId }));
    }
  }

  for (const list of [
    "participants",
    "sessions",
    "ratings",
    "measures",
    "stories",
    "recommendations",
    "actions",
  ] as const) {
    checkUniqueIds(cycle[list], [...path, list], issues);
  }

  const groupIds = organisation && new Set(organisation.stakeholderGroups.map((group) => group.id));
  const participantIds = new Set(cycle.participants.map((participant) => participant.id));
  const sessionIds = new Set(cycle.sessions.map((session) => session.id));
  const attendees = new Map(
    cycle.sessions.map((session) => [session.id, new Set(session.participantIds)]),
  );
  const sideOfParticipant = new Map<string, { side: Side; groupId: string }>();
  for (const participant of cycle.participants) {
    const group = organisation?.stakeholderGroups.find((g) => g.id === participant.groupId);
    if (group !== undefined && !sideOfParticipant.has(participant.id)) {
      sideOfParticipant.set(participant.id, { side: group.side, groupId: group.id });
    }
  }
  const recommendationIds = new Set(
    cycle.recommendations.map((recommendation) => recommendation.id),
  );
  const gridIndex = grid && indexGrid(grid);

  const checkGroup = (groupId: string, at: Path) => {
    if (groupIds !== undefined && !groupIds.has(groupId)) {
      issues.push(issue(at, "ref.group", { id: groupId }));
    }
  };
  const checkParticipant = (participantId: string, at: Path) => {
    if (!participantIds.has(participantId)) {
      issues.push(issue(at, "ref.participant", { id: participantId }));
    }
  };
  const checkSession = (sessionId: string | undefined, at: Path) => {
    if (sessionId !== undefined && !sessionIds.has(sessionId)) {
      issues.push(issue(at, "ref.session", { id: sessionId }));
    }
  };
  /** Returns the criterion's entry, or undefined (with an issue when the grid is known). */
  const checkCriterion = (criterionId: string, at: Path) => {
    if (gridIndex === undefined) return undefined;
    const entry = gridIndex.criteria.get(criterionId);
    if (entry === undefined) issues.push(issue(at, "ref.criterion", { id: criterionId }));
    return entry;
  };
  const checkCriteria = (criterionIds: readonly string[], at: Path) => {
    criterionIds.forEach((criterionId, index) => {
      checkCriterion(criterionId, [...at, index]);
    });
  };
  const findIndicator = (criterionId: string, indicatorId: string, at: Path) => {
    const entry = gridIndex?.criteria.get(criterionId);
    if (entry === undefined) return undefined;
    const indicator = entry.criterion.indicators.find((candidate) => candidate.id === indicatorId);
    if (indicator === undefined) {
      issues.push(issue(at, "ref.indicator", { id: indicatorId, criterionId }));
    }
    return indicator;
  };

  cycle.participants.forEach((participant, p) => {
    checkGroup(participant.groupId, [...path, "participants", p, "groupId"]);
  });

  cycle.sessions.forEach((session, s) => {
    const sessionPath = [...path, "sessions", s];
    session.participantIds.forEach((participantId, index) => {
      checkParticipant(participantId, [...sessionPath, "participantIds", index]);
    });
    checkCriteria(session.criterionIds, [...sessionPath, "criterionIds"]);
  });

  cycle.ratings.forEach((rating, r) => {
    const ratingPath = [...path, "ratings", r];
    checkSession(rating.sessionId, [...ratingPath, "sessionId"]);
    checkParticipant(rating.participantId, [...ratingPath, "participantId"]);
    checkDate(rating.createdAt, { kind: "rating", id: rating.id }, [...ratingPath, "createdAt"]);
    // An attendance list may be incomplete (someone came late): the rating still counts.
    const present = attendees.get(rating.sessionId);
    if (present !== undefined && present.size > 0 && !present.has(rating.participantId)) {
      warnings.push(
        issue([...ratingPath, "participantId"], "rating.raterNotInSession", {
          participantId: rating.participantId,
          sessionId: rating.sessionId,
        }),
      );
    }
    // A peer may come from either side; self-assessment is internal, the external view external.
    const person = sideOfParticipant.get(rating.participantId);
    const contradicts =
      (rating.perspective === "external" && person?.side === "internal") ||
      (rating.perspective === "self" && person?.side === "external");
    if (person !== undefined && contradicts) {
      warnings.push(
        issue([...ratingPath, "perspective"], "rating.perspectiveSide", {
          perspective: rating.perspective,
          side: person.side,
          groupId: person.groupId,
        }),
      );
    }
    checkCriterion(rating.criterionId, [...ratingPath, "criterionId"]);
    const indicator = findIndicator(rating.criterionId, rating.indicatorId, [
      ...ratingPath,
      "indicatorId",
    ]);
    if (indicator === undefined) return;
    if (!isOrdinal(indicator)) {
      issues.push(issue([...ratingPath, "indicatorId"], "rating.notOrdinal", { id: indicator.id }));
      return;
    }
    const scale = ordinalScaleOf(indicator);
    const valuePath = [...ratingPath, "value"];
    if (rating.value === "na") {
      if (!scale.allowNotApplicable)
        issues.push(issue(valuePath, "rating.notApplicableNotAllowed"));
    } else if (rating.value === "dontKnow") {
      if (!scale.allowDontKnow) issues.push(issue(valuePath, "rating.dontKnowNotAllowed"));
    } else if (!scale.levels.some((level) => level.value === rating.value)) {
      issues.push(
        issue(valuePath, "rating.notALevel", {
          value: rating.value,
          scale: describeScale(scale.levels),
        }),
      );
    }
  });

  // Positions have no round: two from different sessions are history (the newest wins),
  // two from the same session contradict each other.
  const firstPositionPath = new Map<string, Path>();
  cycle.positions.forEach((position, p) => {
    const positionPath = [...path, "positions", p];
    const entry = checkCriterion(position.criterionId, [...positionPath, "criterionId"]);
    checkSession(position.sessionId, [...positionPath, "sessionId"]);
    checkDate(position.updatedAt, { kind: "position", criterionId: position.criterionId }, [
      ...positionPath,
      "updatedAt",
    ]);
    const key = JSON.stringify([position.criterionId, position.sessionId ?? null]);
    const first = firstPositionPath.get(key);
    if (first === undefined) firstPositionPath.set(key, positionPath);
    else {
      issues.push(
        issue(positionPath, "position.duplicate", {
          criterionId: position.criterionId,
          sessionId: position.sessionId ?? "",
          firstPath: formatPath(first),
        }),
      );
    }
    position.dissents.forEach((dissent, d) => {
      dissent.groupIds.forEach((groupId, index) => {
        checkGroup(groupId, [...positionPath, "dissents", d, "groupIds", index]);
      });
    });
    const levelPath = [...positionPath, "level"];
    const withoutLevel = STATUSES_WITHOUT_LEVEL.has(position.status);
    if (position.level === null) {
      if (!withoutLevel) {
        issues.push(issue(levelPath, "position.levelRequired", { status: position.status }));
      }
      return;
    }
    if (withoutLevel) {
      issues.push(issue(levelPath, "position.levelMustBeNull", { status: position.status }));
      return;
    }
    if (entry === undefined) return;
    const primary = primaryOrdinalIndicator(entry.criterion);
    if (primary === undefined) {
      issues.push(issue(levelPath, "position.noScale", { criterionId: position.criterionId }));
      return;
    }
    const { levels } = ordinalScaleOf(primary);
    if (!levels.some((level) => level.value === position.level)) {
      issues.push(
        issue(levelPath, "position.notALevel", {
          value: position.level,
          scale: describeScale(levels),
        }),
      );
    }
  });

  cycle.measures.forEach((measure, m) => {
    const measurePath = [...path, "measures", m];
    checkCriterion(measure.criterionId, [...measurePath, "criterionId"]);
    const indicator = findIndicator(measure.criterionId, measure.indicatorId, [
      ...measurePath,
      "indicatorId",
    ]);
    if (indicator !== undefined && indicator.kind !== "quantitative") {
      issues.push(
        issue([...measurePath, "indicatorId"], "measure.notQuantitative", { id: indicator.id }),
      );
    }
  });

  cycle.stories.forEach((story, s) => {
    const storyPath = [...path, "stories", s];
    checkCriteria(story.criterionIds, [...storyPath, "criterionIds"]);
    if (
      story.indicatorId !== undefined &&
      gridIndex !== undefined &&
      !gridIndex.indicators.has(story.indicatorId)
    ) {
      issues.push(
        issue([...storyPath, "indicatorId"], "ref.gridIndicator", { id: story.indicatorId }),
      );
    }
    if (story.tellerId !== undefined) checkParticipant(story.tellerId, [...storyPath, "tellerId"]);
  });

  cycle.recommendations.forEach((recommendation, r) => {
    checkCriteria(recommendation.criterionIds, [...path, "recommendations", r, "criterionIds"]);
  });

  const previousActionIds = new Set(previousCycle?.actions.map((action) => action.id));
  cycle.actions.forEach((action, a) => {
    const actionPath = [...path, "actions", a];
    checkCriteria(action.criterionIds, [...actionPath, "criterionIds"]);
    if (action.recommendationId !== undefined && !recommendationIds.has(action.recommendationId)) {
      issues.push(
        issue([...actionPath, "recommendationId"], "ref.recommendation", {
          id: action.recommendationId,
        }),
      );
    }
    if (action.previousActionId !== undefined && !previousActionIds.has(action.previousActionId)) {
      issues.push(
        issue([...actionPath, "previousActionId"], "ref.previousAction", {
          id: action.previousActionId,
        }),
      );
    }
  });

  checkSession(cycle.opinion?.sessionId, [...path, "opinion", "sessionId"]);
}
