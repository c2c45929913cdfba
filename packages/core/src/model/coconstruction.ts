import { z } from "zod";
import { Id, IsoDate, IsoDateTime, Label, Text } from "./common.ts";
import { DEFAULT_MIN_GROUP_SIZE } from "./cycle.ts";

/** What the group decided about a proposed criterion. */
export const ProposalStatus = z.enum(["pending", "accepted", "amended", "merged", "rejected"]);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** An objection raised when the group goes through a proposal; kept whatever the decision. */
export const Objection = z.object({
  id: Id,
  text: Text.min(1),
  /** The stakeholder group who objects, when it said so. */
  groupId: Id.optional(),
  createdAt: IsoDateTime,
});
export type Objection = z.infer<typeof Objection>;

/** A criterion proposed by a participant during the co-construction of a grid. */
export const CriterionProposal = z.object({
  id: Id,
  label: Label,
  description: Text.optional(),
  /** The dimension of the grid the proposal would go into, when the author suggested one. */
  dimensionId: Id.optional(),
  proposedBy: z.string().max(300).optional(),
  groupId: Id.optional(),
  status: ProposalStatus,
  /** Amended: the wording the group agreed on. */
  amendedLabel: Label.optional(),
  /** Merged: the proposal it was merged into. */
  mergedIntoId: Id.optional(),
  /** Accepted or amended: the criterion it became in the grid. */
  criterionId: Id.optional(),
  decisionNote: Text.optional(),
  objections: z.array(Objection).default([]),
  createdAt: IsoDateTime,
  decidedAt: IsoDateTime.optional(),
});
export type CriterionProposal = z.infer<typeof CriterionProposal>;

/** Someone who places importance dots, by pseudonym and stakeholder group. */
export const Voter = z.object({ id: Id, pseudonym: Label, groupId: Id });
export type Voter = z.infer<typeof Voter>;

/** The dots one voter currently places on one criterion (one record per voter and criterion). */
export const ImportanceVote = z.object({
  voterId: Id,
  criterionId: Id,
  points: z.number().int().min(0).max(100),
});
export type ImportanceVote = z.infer<typeof ImportanceVote>;

/**
 * A workshop where stakeholders build a grid together: proposals, decisions and
 * objections, then dot voting on which criteria matter most to each group.
 * Importance orders the discussion and the action plan; it never weights a score.
 */
export const GridWorkshop = z.object({
  id: Id,
  organisationId: Id,
  gridId: Id,
  title: Label,
  date: IsoDate.optional(),
  proposals: z.array(CriterionProposal).default([]),
  pointsPerVoter: z.number().int().min(1).max(100).default(5),
  voters: z.array(Voter).default([]),
  votes: z.array(ImportanceVote).default([]),
  /** A group's dots are shown only when at least this many of its members voted. */
  minGroupSize: z.number().int().min(1).max(100).default(DEFAULT_MIN_GROUP_SIZE),
  /** True when a threshold of 1 was chosen knowingly: every vote can then be read. Ignored when k ≥ 2. */
  individualAnswersVisible: z.boolean().optional(),
});
export type GridWorkshop = z.infer<typeof GridWorkshop>;
