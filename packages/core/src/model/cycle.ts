import { z } from "zod";
import { Id, IsoDate, IsoDateTime, Label, Text } from "./common.ts";
import { GridRef, StoryKind } from "./grid.ts";

export const EvaluationMode = z.enum([
  "selfEvaluation",
  "accompaniedSelfEvaluation",
  "jointEvaluation",
  "peerVisit",
]);
export type EvaluationMode = z.infer<typeof EvaluationMode>;

/** Who may see a quote or a name: nobody outside the workshop, the structure, or anyone. */
export const ConsentLevel = z.enum(["none", "internal", "public"]);
export type ConsentLevel = z.infer<typeof ConsentLevel>;

export const Participant = z.object({
  id: Id,
  /** The name shown everywhere; may be a first name, a nickname or "Bénévole 3". */
  pseudonym: Label,
  groupId: Id,
  /** The real name, only if the person gave it; shown only where `consent.showName` allows. */
  name: z.string().max(300).optional(),
  roles: z.array(z.string().max(200)).default([]),
  consent: z
    .object({
      showName: z.boolean(),
      quotes: ConsentLevel,
    })
    .default({ showName: false, quotes: "none" }),
});
export type Participant = z.infer<typeof Participant>;

export const SessionKind = z.enum(["workshop", "visit", "committee", "other"]);
export type SessionKind = z.infer<typeof SessionKind>;

export const Session = z.object({
  id: Id,
  kind: SessionKind,
  title: z.string().max(500).optional(),
  date: IsoDate,
  place: z.string().max(500).optional(),
  facilitator: z.string().max(300).optional(),
  participantIds: z.array(Id).default([]),
  /** The criteria this session goes through, in order. */
  criterionIds: z.array(Id).default([]),
  notes: Text.optional(),
});
export type Session = z.infer<typeof Session>;

export const Perspective = z.enum(["self", "peer", "external"]);
export type Perspective = z.infer<typeof Perspective>;

/** A level of the indicator's scale, or "not applicable", or "don't know" (never counted as a value). */
export const RatingValue = z.union([z.number().int(), z.literal("na"), z.literal("dontKnow")]);
export type RatingValue = z.infer<typeof RatingValue>;

/**
 * One person's positioning on one ordinal indicator, in one round. Immutable:
 * a change of mind is a new record; the newest record for the same participant,
 * indicator and round supersedes the older ones.
 */
export const Rating = z.object({
  id: z.uuid(),
  sessionId: Id,
  participantId: Id,
  criterionId: Id,
  indicatorId: Id,
  value: RatingValue,
  round: z.union([z.literal(1), z.literal(2)]),
  perspective: Perspective,
  comment: Text.optional(),
  createdAt: IsoDateTime,
});
export type Rating = z.infer<typeof Rating>;

export const PositionStatus = z.enum([
  "consensus",
  "consent",
  "majorityWithDissent",
  "noAgreement",
  "notDiscussed",
]);
export type PositionStatus = z.infer<typeof PositionStatus>;

export const Dissent = z.object({
  text: Text.min(1),
  /** The stakeholder groups who hold this view, when they said so. */
  groupIds: z.array(Id).default([]),
});
export type Dissent = z.infer<typeof Dissent>;

/** What the group agreed on one criterion, and what remains in disagreement. */
export const CollectivePosition = z.object({
  criterionId: Id,
  sessionId: Id.optional(),
  /** The agreed level on the criterion's scale; null when there is no agreement or no discussion. */
  level: z.number().int().nullable(),
  status: PositionStatus,
  rationale: Text.optional(),
  dissents: z.array(Dissent).default([]),
  strengths: z.array(Text).default([]),
  weaknesses: z.array(Text).default([]),
  updatedAt: IsoDateTime,
});
export type CollectivePosition = z.infer<typeof CollectivePosition>;

/** A counted value for a quantitative indicator, for a period. */
export const Measure = z.object({
  id: Id,
  criterionId: Id,
  indicatorId: Id,
  value: z.number(),
  period: z.string().max(100).optional(),
  source: z.string().max(500).optional(),
  note: Text.optional(),
  recordedAt: IsoDateTime,
});
export type Measure = z.infer<typeof Measure>;

export const Valence = z.enum(["positive", "negative", "mixed"]);
export type Valence = z.infer<typeof Valence>;

/** Told evidence: what the numbers miss. */
export const Story = z.object({
  id: Id,
  criterionIds: z.array(Id).default([]),
  indicatorId: Id.optional(),
  title: z.string().max(500).optional(),
  text: Text.min(1),
  kind: StoryKind,
  valence: Valence,
  /** Who may read it: "none" keeps it inside the workshop, "public" allows partner reports. */
  consent: ConsentLevel,
  /** The participant who told it, if any. */
  tellerId: Id.optional(),
  date: IsoDate.optional(),
});
export type Story = z.infer<typeof Story>;

export const Recommendation = z.object({
  id: Id,
  text: Text.min(1),
  criterionIds: z.array(Id).default([]),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const ActionStatus = z.enum(["planned", "inProgress", "done", "abandoned"]);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const FollowUp = z.object({
  date: IsoDate,
  note: Text,
  status: ActionStatus.optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

/** A progress action: it aims to improve, never to punish. */
export const Action = z.object({
  id: Id,
  title: Label,
  description: Text.optional(),
  owner: z.string().max(300).optional(),
  dueDate: IsoDate.optional(),
  status: ActionStatus,
  /** How we will know it worked. */
  successSignal: Text.optional(),
  criterionIds: z.array(Id).default([]),
  recommendationId: Id.optional(),
  /** The action of the previous cycle this one continues. */
  previousActionId: Id.optional(),
  followUps: z.array(FollowUp).default([]),
});
export type Action = z.infer<typeof Action>;

export const OpinionVerdict = z.enum([
  "favourable",
  "favourableWithConditions",
  "reserved",
  "unfavourable",
  "noOpinion",
]);
export type OpinionVerdict = z.infer<typeof OpinionVerdict>;

/** The reasoned opinion of a peer-visit committee. */
export const ReasonedOpinion = z.object({
  verdict: OpinionVerdict,
  rationale: Text.optional(),
  conditions: z.array(Text).default([]),
  date: IsoDate.optional(),
  sessionId: Id.optional(),
});
export type ReasonedOpinion = z.infer<typeof ReasonedOpinion>;

export const CycleStatus = z.enum(["planned", "inProgress", "closed"]);
export type CycleStatus = z.infer<typeof CycleStatus>;

export const DEFAULT_MIN_GROUP_SIZE = 3;

/** One evaluation campaign of one organisation, on one pinned version of a grid. */
export const Cycle = z.object({
  id: Id,
  organisationId: Id,
  name: Label,
  grid: GridRef,
  mode: EvaluationMode,
  status: CycleStatus.default("inProgress"),
  purpose: Text.optional(),
  evaluativeQuestion: Text.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  anonymity: z
    .object({
      /** A group's results are shown only when at least this many of its members rated. */
      minGroupSize: z.number().int().min(1).max(100),
      /**
       * True when the people chose a threshold of 1 knowingly: with k = 1 every answer can
       * be read. A file with k = 1 and without this flag is refused; ignored when k ≥ 2.
       */
      individualAnswersVisible: z.boolean().optional(),
    })
    .default({ minGroupSize: DEFAULT_MIN_GROUP_SIZE }),
  previousCycleId: Id.optional(),
  participants: z.array(Participant).default([]),
  sessions: z.array(Session).default([]),
  ratings: z.array(Rating).default([]),
  positions: z.array(CollectivePosition).default([]),
  measures: z.array(Measure).default([]),
  stories: z.array(Story).default([]),
  recommendations: z.array(Recommendation).default([]),
  actions: z.array(Action).default([]),
  opinion: ReasonedOpinion.optional(),
});
export type Cycle = z.infer<typeof Cycle>;
export type CycleInput = z.input<typeof Cycle>;
