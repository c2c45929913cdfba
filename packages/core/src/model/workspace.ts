import { z } from "zod";
import { GridWorkshop } from "./coconstruction.ts";
import { Id, IsoDateTime, Label } from "./common.ts";
import { Cycle } from "./cycle.ts";
import { Grid } from "./grid.ts";
import { Organisation } from "./organisation.ts";

/** The version of the file format this engine writes. Older versions are migrated on read. */
export const FORMAT_VERSION = 1;

/** A whole workspace: what a `*.coeval.json` file holds. */
export const Workspace = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  id: Id,
  name: Label.optional(),
  /** Every version of every grid: (id, version) is unique. */
  grids: z.array(Grid).default([]),
  organisations: z.array(Organisation).default([]),
  cycles: z.array(Cycle).default([]),
  /** Workshops where stakeholders build a grid together. */
  gridWorkshops: z.array(GridWorkshop).default([]),
  savedAt: IsoDateTime.optional(),
});
export type Workspace = z.infer<typeof Workspace>;
export type WorkspaceInput = z.input<typeof Workspace>;
