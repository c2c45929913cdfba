import type {
  CriterionProposal,
  GridWorkshop,
  ImportanceVote,
  Objection,
  ProposalStatus,
  Voter,
} from "../model/coconstruction.ts";
import type { Participant } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import type { Organisation, Side } from "../model/organisation.ts";
import { complementarySuppression } from "../privacy/blocks.ts";
import type { WithholdingReason } from "../privacy/disclosure-terms.ts";

/** Why a co-construction change was refused: the workshop is returned unchanged with this code. */
export type WorkshopProblem =
  | { code: "coconstruction.unknownProposal"; proposalId: string }
  | { code: "coconstruction.unknownVoter"; voterId: string }
  | { code: "coconstruction.mergeIntoItself"; proposalId: string }
  | { code: "coconstruction.unknownMergeTarget"; proposalId: string; mergedIntoId: string }
  /** The proposal chosen to merge into is itself merged or rejected. */
  | { code: "coconstruction.closedMergeTarget"; proposalId: string; mergedIntoId: string }
  | {
      code: "coconstruction.overBudget";
      voterId: string;
      pointsPerVoter: number;
      requested: number;
    }
  | { code: "coconstruction.invalidPoints"; points: number };

export type WorkshopResult =
  | { ok: true; workshop: GridWorkshop }
  | { ok: false; problem: WorkshopProblem };

export type ProposalDecision =
  | { status: "accepted"; criterionId: string; note?: string }
  | { status: "amended"; amendedLabel: string; criterionId: string; note?: string }
  | { status: "merged"; mergedIntoId: string; note?: string }
  | { status: "rejected"; note?: string }
  | { status: "pending" };

function withProposal(
  workshop: GridWorkshop,
  proposalId: string,
  change: (proposal: CriterionProposal) => CriterionProposal,
): WorkshopResult {
  const index = workshop.proposals.findIndex((p) => p.id === proposalId);
  const proposal = workshop.proposals[index];
  if (!proposal)
    return { ok: false, problem: { code: "coconstruction.unknownProposal", proposalId } };
  const proposals = workshop.proposals.slice();
  proposals[index] = change(proposal);
  return { ok: true, workshop: { ...workshop, proposals } };
}

export interface ProposalDraft {
  label: string;
  description?: string;
  dimensionId?: string;
  proposedBy?: string;
  groupId?: string;
}

/** A new pending proposal, as the facilitator typed it: trimmed, blank optional fields left out. */
export function addProposal(
  workshop: GridWorkshop,
  draft: ProposalDraft,
  deps: { id: string; now: string },
): GridWorkshop {
  const proposal: CriterionProposal = {
    id: deps.id,
    label: draft.label.trim(),
    status: "pending",
    objections: [],
    createdAt: deps.now,
  };
  const description = draft.description?.trim();
  if (description) proposal.description = description;
  if (draft.dimensionId) proposal.dimensionId = draft.dimensionId;
  const proposedBy = draft.proposedBy?.trim();
  if (proposedBy) proposal.proposedBy = proposedBy;
  if (draft.groupId) proposal.groupId = draft.groupId;
  return { ...workshop, proposals: [...workshop.proposals, proposal] };
}

/**
 * The proposals another one may be merged into: the others still open or kept as criteria.
 * A merged or rejected proposal is closed, so merging into it would lose the idea.
 */
export function mergeTargets(workshop: GridWorkshop, proposalId: string): CriterionProposal[] {
  return workshop.proposals.filter(
    (p) => p.id !== proposalId && p.status !== "merged" && p.status !== "rejected",
  );
}

/**
 * Records the group's decision on a proposal. Objections stay attached whatever
 * the decision, so the report can say what was objected to an adopted criterion.
 */
export function decideProposal(
  workshop: GridWorkshop,
  proposalId: string,
  decision: ProposalDecision,
  now: string,
): WorkshopResult {
  if (decision.status === "merged") {
    if (decision.mergedIntoId === proposalId) {
      return { ok: false, problem: { code: "coconstruction.mergeIntoItself", proposalId } };
    }
    const { mergedIntoId } = decision;
    if (!workshop.proposals.some((p) => p.id === mergedIntoId)) {
      return {
        ok: false,
        problem: { code: "coconstruction.unknownMergeTarget", proposalId, mergedIntoId },
      };
    }
    if (!mergeTargets(workshop, proposalId).some((p) => p.id === mergedIntoId)) {
      return {
        ok: false,
        problem: { code: "coconstruction.closedMergeTarget", proposalId, mergedIntoId },
      };
    }
  }
  return withProposal(workshop, proposalId, (proposal) => {
    const { amendedLabel, mergedIntoId, criterionId, decisionNote, decidedAt, ...rest } = proposal;
    const decided: CriterionProposal = { ...rest, status: decision.status as ProposalStatus };
    if (decision.status === "pending") return decided;
    if (decision.note) decided.decisionNote = decision.note;
    decided.decidedAt = now;
    if (decision.status === "accepted") decided.criterionId = decision.criterionId;
    if (decision.status === "amended") {
      decided.amendedLabel = decision.amendedLabel;
      decided.criterionId = decision.criterionId;
    }
    if (decision.status === "merged") decided.mergedIntoId = decision.mergedIntoId;
    return decided;
  });
}

export function addObjection(
  workshop: GridWorkshop,
  proposalId: string,
  objection: Objection,
): WorkshopResult {
  return withProposal(workshop, proposalId, (proposal) => ({
    ...proposal,
    objections: [...proposal.objections, objection],
  }));
}

export function addVoter(
  workshop: GridWorkshop,
  voter: { id: string; pseudonym: string; groupId: string },
): GridWorkshop {
  return {
    ...workshop,
    voters: [
      ...workshop.voters,
      { id: voter.id, pseudonym: voter.pseudonym.trim(), groupId: voter.groupId },
    ],
  };
}

/**
 * The people of the structure's roster who do not vote yet: matched by id, then by
 * pseudonym and group, since a voter typed by hand may be someone of the roster.
 */
export function participantsNotVoting(
  workshop: GridWorkshop,
  participants: readonly Participant[],
): Participant[] {
  return participants.filter(
    (p) =>
      !workshop.voters.some(
        (v) => v.id === p.id || (v.pseudonym === p.pseudonym && v.groupId === p.groupId),
      ),
  );
}

/** Adds people of the roster as voters, keeping their ids so both stay linked; those voting already are skipped. */
export function addParticipantsAsVoters(
  workshop: GridWorkshop,
  participants: readonly Participant[],
): GridWorkshop {
  const added: Voter[] = participantsNotVoting(workshop, participants).map((p) => ({
    id: p.id,
    pseudonym: p.pseudonym,
    groupId: p.groupId,
  }));
  return added.length === 0 ? workshop : { ...workshop, voters: [...workshop.voters, ...added] };
}

/** A workshop without a voter: their dots only mean something with them, so they go too. */
export function withoutVoter(workshop: GridWorkshop, voterId: string): GridWorkshop {
  return {
    ...workshop,
    voters: workshop.voters.filter((v) => v.id !== voterId),
    votes: workshop.votes.filter((v) => v.voterId !== voterId),
  };
}

/** The most dots any voter has placed: the points per voter cannot go below it. */
export function mostPointsUsed(workshop: GridWorkshop): number {
  const used = new Map<string, number>();
  for (const vote of workshop.votes) {
    used.set(vote.voterId, (used.get(vote.voterId) ?? 0) + vote.points);
  }
  return Math.max(0, ...used.values());
}

/** The points a voter has placed in all. */
export function pointsUsed(workshop: GridWorkshop, voterId: string): number {
  let used = 0;
  for (const vote of workshop.votes) if (vote.voterId === voterId) used += vote.points;
  return used;
}

/**
 * Sets how many dots a voter places on a criterion (0 removes them). Refused when the
 * voter would exceed the workshop's points per voter.
 */
export function setVote(
  workshop: GridWorkshop,
  voterId: string,
  criterionId: string,
  points: number,
): WorkshopResult {
  if (!Number.isInteger(points) || points < 0) {
    return { ok: false, problem: { code: "coconstruction.invalidPoints", points } };
  }
  if (!workshop.voters.some((v) => v.id === voterId)) {
    return { ok: false, problem: { code: "coconstruction.unknownVoter", voterId } };
  }
  const others = workshop.votes.filter(
    (v) => !(v.voterId === voterId && v.criterionId === criterionId),
  );
  const requested = pointsUsed({ ...workshop, votes: others }, voterId) + points;
  if (requested > workshop.pointsPerVoter) {
    return {
      ok: false,
      problem: {
        code: "coconstruction.overBudget",
        voterId,
        pointsPerVoter: workshop.pointsPerVoter,
        requested,
      },
    };
  }
  const votes: ImportanceVote[] =
    points === 0 ? others : [...others, { voterId, criterionId, points }];
  return { ok: true, workshop: { ...workshop, votes } };
}

export interface GroupImportance {
  groupId: string;
  label: string;
  side: Side;
  voters: number;
  /** Points per criterion id; criteria with no points are absent. */
  points: Record<string, number>;
  totalPoints: number;
}

export interface CriterionImportance {
  criterionId: string;
  label: string;
  dimensionId: string;
  /** All points, including those of groups too small to be shown. */
  totalPoints: number;
  /** The share of all points placed in the workshop, 0..1. */
  share: number;
}

/** A group whose dots are not shown, and why (fewer voters than k, or it would reveal such a group). */
export interface WithheldGroup {
  groupId: string;
  label: string;
  reason: Exclude<WithholdingReason, "criterionWithheld">;
}

export interface ImportanceTally {
  /** Groups shown side by side (see `tallyImportance` for those left out). */
  groups: GroupImportance[];
  hiddenGroupCount: number;
  /** The groups that placed dots but are not shown, in the organisation's order. */
  withheld: WithheldGroup[];
  /** Every criterion of the grid, most important first; ties keep the grid's order. */
  criteria: CriterionImportance[];
  voters: number;
  totalPoints: number;
}

/**
 * What matters most to each stakeholder group, side by side. Votes on criteria
 * no longer in the grid are ignored. This orders the discussion and the action
 * plan; it is never used as a weight in results.
 *
 * A group's column is shown only when at least `minGroupSize` of its voters placed
 * dots, and only when the total column minus the shown columns does not leave the dots
 * of fewer voters than that (the same block rule as the results: `privacy/blocks.ts`);
 * then the smallest other group is not shown either.
 */
export function tallyImportance(
  workshop: GridWorkshop,
  grid: Grid,
  organisation: Organisation,
): ImportanceTally {
  const criterionOrder: { criterionId: string; label: string; dimensionId: string }[] = [];
  for (const dimension of grid.dimensions) {
    for (const criterion of dimension.criteria) {
      criterionOrder.push({
        criterionId: criterion.id,
        label: criterion.label,
        dimensionId: dimension.id,
      });
    }
  }
  const known = new Set(criterionOrder.map((c) => c.criterionId));
  const voterGroup = new Map(workshop.voters.map((v) => [v.id, v.groupId]));
  const totals = new Map<string, number>();
  const byGroup = new Map<
    string,
    { voters: Set<string>; points: Record<string, number>; total: number }
  >();
  let totalPoints = 0;
  const votersWhoVoted = new Set<string>();

  for (const vote of workshop.votes) {
    const groupId = voterGroup.get(vote.voterId);
    if (groupId === undefined || !known.has(vote.criterionId) || vote.points === 0) continue;
    votersWhoVoted.add(vote.voterId);
    totals.set(vote.criterionId, (totals.get(vote.criterionId) ?? 0) + vote.points);
    totalPoints += vote.points;
    let group = byGroup.get(groupId);
    if (!group) {
      group = { voters: new Set(), points: {}, total: 0 };
      byGroup.set(groupId, group);
    }
    group.voters.add(vote.voterId);
    group.points[vote.criterionId] = (group.points[vote.criterionId] ?? 0) + vote.points;
    group.total += vote.points;
  }

  // Row 0 is the total column, always shown; row 1 + g is the g-th group that voted.
  const voting = organisation.stakeholderGroups.filter((g) => byGroup.has(g.id));
  const votersOf = voting.map((g) => byGroup.get(g.id)?.voters.size ?? 0);
  const rowCount = 1 + voting.length;
  const primary = votersOf.map((voters) => voters >= workshop.minGroupSize);
  const complement = complementarySuppression({
    minGroupSize: workshop.minGroupSize,
    unitRows: voting.map((_, g) => [0, 1 + g]),
    unitHolder: voting.map((_, g) => g),
    holderPeople: votersOf,
    rowCount,
    shown: Uint8Array.from({ length: rowCount }, (_, row) =>
      row === 0 || primary[row - 1] ? 1 : 0,
    ),
    kept: Uint8Array.from({ length: rowCount }, (_, row) => (row === 0 ? 1 : 0)),
    exempt: Uint8Array.from({ length: rowCount }, (_, row) => (row === 0 ? 1 : 0)),
    cost: Float64Array.from({ length: rowCount }, (_, row) =>
      row === 0 ? 0 : (votersOf[row - 1] as number),
    ),
  });

  const groups: GroupImportance[] = [];
  const withheld: WithheldGroup[] = [];
  voting.forEach((stakeholderGroup, g) => {
    const tally = byGroup.get(stakeholderGroup.id);
    if (!tally) return;
    if (!primary[g] || complement[1 + g] === 1) {
      withheld.push({
        groupId: stakeholderGroup.id,
        label: stakeholderGroup.label,
        reason: primary[g] ? "wouldReveal" : "belowThreshold",
      });
      return;
    }
    groups.push({
      groupId: stakeholderGroup.id,
      label: stakeholderGroup.label,
      side: stakeholderGroup.side,
      voters: tally.voters.size,
      points: tally.points,
      totalPoints: tally.total,
    });
  });

  const criteria = criterionOrder
    .map((c, position) => ({ ...c, position, totalPoints: totals.get(c.criterionId) ?? 0 }))
    .sort((a, b) => b.totalPoints - a.totalPoints || a.position - b.position)
    .map(({ position, ...c }) => ({
      ...c,
      share: totalPoints === 0 ? 0 : c.totalPoints / totalPoints,
    }));

  return {
    groups,
    hiddenGroupCount: withheld.length,
    withheld,
    criteria,
    voters: votersWhoVoted.size,
    totalPoints,
  };
}
