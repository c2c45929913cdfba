import { z } from "zod";
import type { GridEdit } from "../grid/edits.ts";
import { Id, IsoDate, Label, Text } from "../model/common.ts";
import {
  ActionStatus,
  ConsentLevel,
  CycleStatus,
  EvaluationMode,
  Participant,
  PositionStatus,
  SessionKind,
  Valence,
} from "../model/cycle.ts";
import { Grid, GridRef, Scale, StoryKind } from "../model/grid.ts";
import { OrganisationKind, Side } from "../model/organisation.ts";

/** Every kind of grid edit, so a recorded edit naming an unknown one is refused on read. */
export const GRID_EDIT_TYPES = [
  "renameGrid",
  "setGridDetails",
  "setLevelNames",
  "addDimension",
  "updateDimension",
  "removeDimension",
  "moveDimension",
  "addCriterion",
  "updateCriterion",
  "removeCriterion",
  "moveCriterion",
  "addIndicator",
  "updateIndicator",
  "removeIndicator",
  "moveIndicator",
  "setGlossary",
  "addGlossaryEntry",
  "updateGlossaryEntry",
  "removeGlossaryEntry",
  "addPrinciple",
  "updatePrinciple",
  "removePrinciple",
  "movePrinciple",
  "setGlobalScore",
] as const satisfies readonly GridEdit["type"][];

/**
 * A grid edit as recorded. Only its `type` is checked here; its payload is checked when it
 * is applied, where the resulting grid must be valid: that keeps one description of each
 * grid edit (the `GridEdit` type) instead of a second one that could drift from it.
 */
const RecordedGridEdit = z
  .looseObject({ type: z.enum(GRID_EDIT_TYPES) })
  .transform((edit) => edit as GridEdit);

/** An optional text field of a form: blank removes it. */
const OptionalText = z.string().max(20_000).optional();

const OrganisationFields = z.object({
  name: Label.optional(),
  kind: OrganisationKind.optional(),
  territory: z.string().max(500).optional(),
  network: z.string().max(500).optional(),
  portrait: OptionalText,
});

const ParticipantFields = z.object({
  pseudonym: Label.optional(),
  groupId: Id.optional(),
  name: z.string().max(300).optional(),
  roles: z.array(z.string().max(200)).optional(),
  consent: z.object({ showName: z.boolean(), quotes: ConsentLevel }).optional(),
});

/** How a criterion accepted from a proposal is rated: a scale of the grid, or yes / partly / no. */
export const RatingChoice = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("scale"), scale: Scale }),
  z.object({ kind: z.literal("yesPartlyNo") }),
]);
export type RatingChoice = z.infer<typeof RatingChoice>;

const CycleFields = z.object({
  name: z.string().max(500).optional(),
  mode: EvaluationMode.optional(),
  status: CycleStatus.optional(),
  purpose: OptionalText,
  evaluativeQuestion: OptionalText,
  startDate: z.union([IsoDate, z.literal("")]).optional(),
  endDate: z.union([IsoDate, z.literal("")]).optional(),
  minGroupSize: z.number().int().optional(),
  individualAnswersVisible: z.boolean().optional(),
  /** `null` clears it: a JSON record cannot say `undefined`. */
  previousCycleId: Id.nullable().optional(),
});

/** An optional link of a form: blank removes it. */
const OptionalRef = z.union([Id, z.literal("")]).optional();

/** An optional date of a form: blank removes it. */
const OptionalDate = z.union([IsoDate, z.literal("")]).optional();

/** Text that must say something: objections. */
const FilledText = Text.trim().min(1);

const SessionFields = z.object({
  kind: SessionKind.optional(),
  title: z.string().max(500).optional(),
  place: z.string().max(500).optional(),
  facilitator: z.string().max(300).optional(),
  /** Who is present; empty means everyone of the cycle. */
  participantIds: z.array(Id).optional(),
  /** The criteria it goes through, in order; empty means the whole grid. */
  criterionIds: z.array(Id).optional(),
  notes: Text.optional(),
});

const MeasureTexts = z.object({
  period: z.string().max(100).optional(),
  source: z.string().max(500).optional(),
  note: Text.optional(),
});

/** `value` is a finite number: zod refuses infinities. */
const MeasureValue = z.number();

const StoryFields = z.object({
  text: Text.optional(),
  kind: StoryKind.optional(),
  valence: Valence.optional(),
  consent: ConsentLevel.optional(),
  criterionIds: z.array(Id).optional(),
  indicatorId: OptionalRef,
  title: z.string().max(500).optional(),
  tellerId: OptionalRef,
  date: OptionalDate,
});

const ActionFields = z.object({
  title: Label.optional(),
  description: OptionalText,
  owner: z.string().max(300).optional(),
  dueDate: OptionalDate,
  status: ActionStatus.optional(),
  /** How we will know it worked. */
  successSignal: OptionalText,
  criterionIds: z.array(Id).optional(),
  recommendationId: OptionalRef,
  /** The action of the previous cycle this one carries over. */
  previousActionId: OptionalRef,
});

/** What the group decided on a proposal, other than making it a criterion (`workshop.acceptProposal`). */
export const ProposalVerdict = z.discriminatedUnion("status", [
  z.object({ status: z.literal("merged"), mergedIntoId: Id, note: OptionalText }),
  z.object({ status: z.literal("rejected"), note: OptionalText }),
  /** Reopens a merged or rejected proposal. */
  z.object({ status: z.literal("pending") }),
]);
export type ProposalVerdict = z.infer<typeof ProposalVerdict>;

/** Edits of the records inside a cycle: who takes part, sessions, positions, evidence, the plan. */
const CycleRecordEdits = [
  z.object({
    type: z.literal("cycleParticipant.addFromRoster"),
    cycleId: Id,
    participantIds: z.array(Id).min(1),
  }),
  z.object({
    type: z.literal("cycleParticipant.add"),
    cycleId: Id,
    id: Id.optional(),
    pseudonym: Label,
    groupId: Id,
  }),
  z.object({
    type: z.literal("cycleParticipant.update"),
    cycleId: Id,
    participantId: Id,
    fields: z.object({ pseudonym: Label.optional(), groupId: Id.optional() }),
  }),
  z.object({ type: z.literal("cycleParticipant.remove"), cycleId: Id, participantId: Id }),
  z.object({
    type: z.literal("session.create"),
    cycleId: Id,
    id: Id.optional(),
    date: IsoDate,
    ...SessionFields.shape,
  }),
  z.object({
    type: z.literal("session.update"),
    cycleId: Id,
    sessionId: Id,
    fields: SessionFields.extend({ date: IsoDate.optional() }),
  }),
  z.object({ type: z.literal("session.remove"), cycleId: Id, sessionId: Id }),
  z.object({
    type: z.literal("position.set"),
    cycleId: Id,
    criterionId: Id,
    sessionId: Id.optional(),
    /** A level of the criterion's primary scale; null with "no agreement" or "not discussed". */
    level: z.number().int().nullable(),
    status: PositionStatus,
    rationale: OptionalText,
    /** Blank dissents, strengths and weaknesses are left out. */
    dissents: z.array(z.object({ text: Text, groupIds: z.array(Id) })).optional(),
    strengths: z.array(Text).optional(),
    weaknesses: z.array(Text).optional(),
  }),
  z.object({ type: z.literal("position.clear"), cycleId: Id, criterionId: Id }),
  z.object({
    type: z.literal("measure.add"),
    cycleId: Id,
    id: Id.optional(),
    criterionId: Id,
    indicatorId: Id,
    value: MeasureValue,
    ...MeasureTexts.shape,
  }),
  z.object({
    type: z.literal("measure.update"),
    cycleId: Id,
    measureId: Id,
    fields: MeasureTexts.extend({ value: MeasureValue.optional() }),
  }),
  z.object({ type: z.literal("measure.remove"), cycleId: Id, measureId: Id }),
  z.object({
    type: z.literal("story.add"),
    cycleId: Id,
    id: Id.optional(),
    ...StoryFields.shape,
    text: Text,
    kind: StoryKind,
    valence: Valence,
    /** Who may read it; "none" keeps it inside the workshop. */
    consent: ConsentLevel,
    criterionIds: z.array(Id),
  }),
  z.object({ type: z.literal("story.update"), cycleId: Id, storyId: Id, fields: StoryFields }),
  z.object({ type: z.literal("story.remove"), cycleId: Id, storyId: Id }),
  z.object({
    type: z.literal("recommendation.add"),
    cycleId: Id,
    id: Id.optional(),
    text: Text,
    criterionIds: z.array(Id),
  }),
  z.object({
    type: z.literal("recommendation.update"),
    cycleId: Id,
    recommendationId: Id,
    fields: z.object({ text: Text.optional(), criterionIds: z.array(Id).optional() }),
  }),
  z.object({ type: z.literal("recommendation.remove"), cycleId: Id, recommendationId: Id }),
  z.object({
    type: z.literal("action.add"),
    cycleId: Id,
    id: Id.optional(),
    ...ActionFields.shape,
    title: Label,
  }),
  z.object({ type: z.literal("action.update"), cycleId: Id, actionId: Id, fields: ActionFields }),
  z.object({ type: z.literal("action.remove"), cycleId: Id, actionId: Id }),
  z.object({
    type: z.literal("action.addFollowUp"),
    cycleId: Id,
    actionId: Id,
    date: IsoDate,
    note: Text,
    /** Also becomes the action's status. */
    status: ActionStatus.optional(),
  }),
] as const;

/** Edits of a co-construction workshop, besides accepting a proposal and removing a voter. */
const WorkshopEdits = [
  z.object({
    type: z.literal("workshop.create"),
    id: Id.optional(),
    organisationId: Id,
    gridId: Id,
    title: Label,
    date: IsoDate.optional(),
    pointsPerVoter: z.number().int().min(1).max(100),
  }),
  z.object({
    type: z.literal("workshop.update"),
    workshopId: Id,
    fields: z.object({
      title: Label.optional(),
      date: OptionalDate,
      pointsPerVoter: z.number().int().min(1).max(100).optional(),
    }),
  }),
  z.object({
    type: z.literal("workshop.addProposal"),
    workshopId: Id,
    id: Id.optional(),
    label: Label,
    description: OptionalText,
    dimensionId: OptionalRef,
    proposedBy: z.string().max(300).optional(),
    groupId: OptionalRef,
  }),
  z.object({
    type: z.literal("workshop.decideProposal"),
    workshopId: Id,
    proposalId: Id,
    decision: ProposalVerdict,
  }),
  z.object({
    type: z.literal("workshop.addObjection"),
    workshopId: Id,
    proposalId: Id,
    id: Id.optional(),
    text: FilledText,
    groupId: OptionalRef,
  }),
  z.object({
    type: z.literal("workshop.addVoter"),
    workshopId: Id,
    id: Id.optional(),
    pseudonym: Label,
    groupId: Id,
  }),
  z.object({
    type: z.literal("workshop.addRosterVoters"),
    workshopId: Id,
    participantIds: z.array(Id).min(1),
  }),
  /** Places `points` dots of a voter on a criterion; 0 withdraws them. */
  z.object({
    type: z.literal("workshop.setVote"),
    workshopId: Id,
    voterId: Id,
    criterionId: Id,
    /** Any number as typed: core refuses what is not a whole number of dots, in words. */
    points: z.number(),
  }),
] as const;

/**
 * One change to a workspace, as data: what the web app, the CLI or a server records and
 * replays. `applyWorkspaceEdit` checks the domain rules. Ids a new record needs come from the
 * edit (`id`) when it is replayed, otherwise from the caller's `newId`.
 */
export const WorkspaceEdit = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("organisation.create"),
    id: Id.optional(),
    name: Label,
    kind: OrganisationKind,
  }),
  z.object({
    type: z.literal("organisation.update"),
    organisationId: Id,
    fields: OrganisationFields,
  }),
  z.object({
    type: z.literal("group.add"),
    organisationId: Id,
    id: Id.optional(),
    label: Label,
    side: Side,
  }),
  z.object({
    type: z.literal("group.update"),
    organisationId: Id,
    groupId: Id,
    fields: z.object({
      label: Label.optional(),
      side: Side.optional(),
      description: Text.optional(),
    }),
  }),
  z.object({ type: z.literal("group.remove"), organisationId: Id, groupId: Id }),
  z.object({
    type: z.literal("participant.add"),
    organisationId: Id,
    id: Id.optional(),
    pseudonym: Label,
    groupId: Id,
  }),
  z.object({
    type: z.literal("participant.update"),
    organisationId: Id,
    participantId: Id,
    fields: ParticipantFields,
  }),
  z.object({ type: z.literal("participant.remove"), organisationId: Id, participantId: Id }),
  z.object({ type: z.literal("grid.add"), grid: Grid }),
  z.object({ type: z.literal("grid.edit"), ref: GridRef, edit: RecordedGridEdit }),
  z.object({ type: z.literal("grid.newDraft"), ref: GridRef }),
  z.object({ type: z.literal("grid.adopt"), ref: GridRef }),
  z.object({ type: z.literal("grid.archive"), ref: GridRef }),
  z.object({
    type: z.literal("workshop.acceptProposal"),
    workshopId: Id,
    proposalId: Id,
    dimensionId: Id,
    rating: RatingChoice,
    amendedLabel: z.string().max(500).optional(),
    note: OptionalText,
    /** The new criterion's id when replayed; the indicator's follows from `newId`. */
    criterionId: Id.optional(),
  }),
  z.object({ type: z.literal("workshop.removeVoter"), workshopId: Id, voterId: Id }),
  z.object({
    type: z.literal("cycle.create"),
    id: Id.optional(),
    organisationId: Id,
    grid: GridRef,
    name: Label,
    mode: EvaluationMode,
    purpose: OptionalText,
    evaluativeQuestion: OptionalText,
    startDate: IsoDate.optional(),
    endDate: IsoDate.optional(),
    minGroupSize: z.number().int().min(1).max(100).optional(),
    individualAnswersVisible: z.boolean().optional(),
    previousCycleId: Id.optional(),
    participants: z.array(Participant).optional(),
  }),
  z.object({ type: z.literal("cycle.update"), cycleId: Id, fields: CycleFields }),
  ...CycleRecordEdits,
  ...WorkshopEdits,
]);
export type WorkspaceEdit = z.infer<typeof WorkspaceEdit>;
export type WorkspaceEditType = WorkspaceEdit["type"];
/** One kind of edit, by its `type`. */
export type WorkspaceEditOf<T extends WorkspaceEditType> = Extract<WorkspaceEdit, { type: T }>;
