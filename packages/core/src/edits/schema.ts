import { z } from "zod";
import type { GridEdit } from "../grid/edits.ts";
import { Id, IsoDate, Label, Text } from "../model/common.ts";
import { ConsentLevel, CycleStatus, EvaluationMode, Participant } from "../model/cycle.ts";
import { Grid, GridRef, Scale } from "../model/grid.ts";
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
]);
export type WorkspaceEdit = z.infer<typeof WorkspaceEdit>;
export type WorkspaceEditType = WorkspaceEdit["type"];
/** One kind of edit, by its `type`. */
export type WorkspaceEditOf<T extends WorkspaceEditType> = Extract<WorkspaceEdit, { type: T }>;
