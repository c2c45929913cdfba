import { z } from "zod";
import { Id, Label, Text } from "./common.ts";
import { Participant } from "./cycle.ts";

export const OrganisationKind = z.enum([
  "association",
  "cooperative",
  "amap",
  "culturalVenue",
  "workIntegration",
  "regieDeQuartier",
  "network",
  "other",
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/** Internal: staff, volunteers, board. External: users, partners, funders, authorities, peers. */
export const Side = z.enum(["internal", "external"]);
export type Side = z.infer<typeof Side>;

export const StakeholderGroup = z.object({
  id: Id,
  label: Label,
  side: Side,
  description: Text.optional(),
});
export type StakeholderGroup = z.infer<typeof StakeholderGroup>;

export const Organisation = z.object({
  id: Id,
  name: Label,
  kind: OrganisationKind,
  territory: z.string().max(500).optional(),
  network: z.string().max(500).optional(),
  /** Context and portrait of the structure, in its own words (opens the report). */
  portrait: Text.optional(),
  /** Stakeholder groups are kept by the organisation so cycles can be compared group by group. */
  stakeholderGroups: z.array(StakeholderGroup),
  /**
   * The people the structure may invite, by pseudonym: entered once on the structure screen,
   * before any cycle exists. Each cycle keeps its own list of those who took part.
   */
  participants: z.array(Participant).optional(),
});
export type Organisation = z.infer<typeof Organisation>;
