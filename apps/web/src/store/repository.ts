import {
  Id,
  IsoDateTime,
  type ValidationIssue,
  Workspace,
  type WorkspaceChanges,
} from "@coeval/core";
import { z } from "zod";

export const WORKSPACE_RECORD_VERSION = 1;

/** What the device stores for one workspace: the workspace itself and when it changed / was exported. */
export const WorkspaceRecord = z
  .object({
    id: Id,
    version: z.literal(WORKSPACE_RECORD_VERSION),
    workspace: Workspace,
    updatedAt: IsoDateTime,
    /** When it arrived on this device (created, imported or loaded as the demo). */
    createdAt: IsoDateTime.optional(),
    exportedAt: IsoDateTime.optional(),
    /**
     * How many writes the device has made of this workspace: a write names the revision it
     * builds on, so a tab holding an older copy cannot overwrite a newer one unseen.
     */
    revision: z.number().int().min(0).optional(),
  })
  .refine((record) => record.id === record.workspace.id, {
    message: "the record's id must be the workspace's id",
    path: ["workspace", "id"],
  });
export type WorkspaceRecord = z.infer<typeof WorkspaceRecord>;

/** A problem found in stored data, located by its path (same shape as core's validation issues). */
export interface StoredIssue {
  path: (string | number)[];
  code: string;
  message: string;
  /** The core's issue when the core's checks found it: screens word it in their language. */
  issue?: ValidationIssue;
}

export interface UnreadableRecord {
  id: string;
  issues: StoredIssue[];
}

export interface WorkspaceListing {
  /** Newest change first. */
  records: WorkspaceRecord[];
  /** Stored records that fail validation: kept on the device, reported, never silently dropped. */
  unreadable: UnreadableRecord[];
}

/**
 * Where workspaces live. Screens and stores depend on this interface only, so a sync server
 * can be added later beside the IndexedDB adapter without touching them.
 */
export interface WorkspaceRepository {
  list(): Promise<WorkspaceListing>;
  /** The record, `undefined` when there is none; throws `UnreadableRecordError` when invalid. */
  load(id: string): Promise<WorkspaceRecord | undefined>;
  /**
   * Writes a workspace; resolves once the data is durably stored, with the stored record (its
   * revision one more). Without `since`, the whole workspace is validated and replaces what is
   * stored. With `since`, only `changes` (already checked by `diffWorkspace`) are written, and
   * only if the device still holds that revision: otherwise `RevisionConflictError`.
   */
  save(
    record: WorkspaceRecord,
    since?: { revision: number; changes: WorkspaceChanges },
  ): Promise<WorkspaceRecord>;
  delete(id: string): Promise<void>;
}

export class UnreadableRecordError extends Error {
  constructor(
    readonly id: string,
    readonly issues: StoredIssue[],
  ) {
    super(`Stored workspace ${id} is not valid: ${issues.map((i) => i.message).join("; ")}`);
    this.name = "UnreadableRecordError";
  }
}

/** Another tab (or window) wrote the workspace since this one read it. */
export class RevisionConflictError extends Error {
  constructor(
    readonly id: string,
    readonly expected: number,
    readonly stored: number | undefined,
  ) {
    super(`Workspace ${id} is at revision ${stored ?? "none"} on the device, not ${expected}`);
    this.name = "RevisionConflictError";
  }
}

export class InvalidRecordError extends Error {
  constructor(readonly issues: StoredIssue[]) {
    super(`Refusing to store an invalid workspace: ${issues.map((i) => i.message).join("; ")}`);
    this.name = "InvalidRecordError";
  }
}

export function issuesOf(error: z.ZodError): StoredIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== "symbol"),
    code: issue.code,
    message: issue.message,
  }));
}

/**
 * Brings a stored record up to the current record version. Version 1 is the first: later
 * versions add a step here, and old records are upgraded as they are read.
 */
export function upgradeRecord(raw: unknown): unknown {
  return raw;
}

export type RecordCheck =
  | { ok: true; record: WorkspaceRecord }
  | { ok: false; issues: StoredIssue[] };

export function checkRecord(raw: unknown): RecordCheck {
  const parsed = WorkspaceRecord.safeParse(upgradeRecord(raw));
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, issues: issuesOf(parsed.error) };
}
