import {
  assembleWorkspace,
  formatIssueMessage,
  type StoredRecord,
  safeParseWorkspace,
  splitWorkspace,
  type ValidationIssue,
  type WorkspaceChanges,
} from "@coeval/core";
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import {
  checkRecord,
  InvalidRecordError,
  issuesOf,
  RevisionConflictError,
  type StoredIssue,
  type UnreadableRecord,
  UnreadableRecordError,
  type WorkspaceListing,
  WorkspaceRecord,
  type WorkspaceRepository,
} from "./repository.ts";

export const DATABASE_NAME = "coeval";
/** 1: one value per workspace; 2: a workspace's header and skeleton, and one value per record. */
export const DATABASE_VERSION = 2;
export const WORKSPACES = "workspaces";
export const RECORDS = "records";
const BY_WORKSPACE = "byWorkspace";

/** What the `workspaces` store holds for one workspace since version 2. */
interface StoredHeader {
  id: string;
  version: 2;
  revision: number;
  updatedAt: string;
  createdAt?: string;
  exportedAt?: string;
  /** The workspace without the lists kept as records. */
  skeleton: Record<string, unknown>;
}

/** One rating, position, participant, grid version… of a workspace. */
interface StoredRow extends StoredRecord {
  workspaceId: string;
}

interface CoevalDatabase extends DBSchema {
  // Values are typed `unknown`: what comes back from the device is validated before use.
  workspaces: { key: string; value: unknown };
  records: { key: [string, string]; value: StoredRow; indexes: { byWorkspace: string } };
}

type UpgradeTransaction = IDBPTransaction<
  CoevalDatabase,
  ("workspaces" | "records")[],
  "versionchange"
>;

function isHeader(value: unknown): value is StoredHeader {
  const header = value as Partial<StoredHeader> | null;
  return (
    header !== null &&
    typeof header === "object" &&
    header.version === 2 &&
    typeof header.id === "string" &&
    typeof header.revision === "number" &&
    typeof header.skeleton === "object" &&
    header.skeleton !== null
  );
}

/** The header and rows that keep one workspace record. */
function storedForm(record: WorkspaceRecord, revision: number) {
  const { skeleton, records } = splitWorkspace(
    record.workspace as unknown as Record<string, unknown>,
  );
  const header: StoredHeader = {
    id: record.id,
    version: 2,
    revision,
    updatedAt: record.updatedAt,
    ...(record.createdAt ? { createdAt: record.createdAt } : {}),
    ...(record.exportedAt ? { exportedAt: record.exportedAt } : {}),
    skeleton,
  };
  const rows = records.map((row): StoredRow => ({ ...row, workspaceId: record.id }));
  return { header, rows };
}

/**
 * Creates and upgrades the object stores; each step runs once, in order, on older databases.
 * Version 2 splits each stored workspace into records. A stored value that is not a workspace
 * record of version 1 is left as it is, to be reported as unreadable, never dropped.
 */
async function upgrade(
  database: IDBPDatabase<CoevalDatabase>,
  oldVersion: number,
  transaction: UpgradeTransaction,
): Promise<void> {
  if (oldVersion < 1) database.createObjectStore(WORKSPACES, { keyPath: "id" });
  if (oldVersion < 2) {
    const records = database.createObjectStore(RECORDS, { keyPath: ["workspaceId", "path"] });
    records.createIndex(BY_WORKSPACE, "workspaceId");
    let cursor = await transaction.objectStore(WORKSPACES).openCursor();
    while (cursor) {
      const checked = checkRecord(cursor.value);
      if (checked.ok) {
        const { header, rows } = storedForm(checked.record, 1);
        for (const row of rows) void transaction.objectStore(RECORDS).put(row);
        await cursor.update(header);
      }
      cursor = await cursor.continue();
    }
  }
}

export function openCoevalDatabase(name = DATABASE_NAME): Promise<IDBPDatabase<CoevalDatabase>> {
  return openDB<CoevalDatabase>(name, DATABASE_VERSION, {
    upgrade: (database, oldVersion, _newVersion, transaction) =>
      void upgrade(database, oldVersion, transaction),
    // Another tab runs a newer version of the app: let it upgrade, this tab reconnects later.
    blocking: (_current, _next, event) => (event.target as IDBDatabase).close(),
  });
}

/** The core's issues as stored issues: the same located problems a file import shows. */
function storedIssues(issues: readonly ValidationIssue[]): StoredIssue[] {
  return issues.map((issue) => ({
    path: issue.path,
    code: issue.code,
    message: formatIssueMessage(issue, "fr"),
    issue,
  }));
}

type ReadResult = { ok: true; record: WorkspaceRecord } | { ok: false; issues: StoredIssue[] };

/**
 * Reads a stored workspace the way a file is read: assembled from its records, then through
 * the core's migrations, shape and rules between records.
 */
function readStored(header: StoredHeader, rows: readonly StoredRow[]): ReadResult {
  const assembled = assembleWorkspace({ skeleton: header.skeleton, records: [...rows] });
  if (!assembled.ok) return { ok: false, issues: storedIssues(assembled.issues) };
  // "Now" for the dates' check is the later of the clock and the last write: records made on
  // this device since the file's `savedAt` are not refused, nor a device whose clock went back.
  const now = [new Date().toISOString(), header.updatedAt].sort().at(-1);
  const read = safeParseWorkspace(assembled.document, now === undefined ? {} : { now });
  if (!read.ok) return { ok: false, issues: storedIssues(read.issues) };
  const record = {
    id: header.id,
    version: 1 as const,
    workspace: read.workspace,
    updatedAt: header.updatedAt,
    revision: header.revision,
    ...(header.createdAt ? { createdAt: header.createdAt } : {}),
    ...(header.exportedAt ? { exportedAt: header.exportedAt } : {}),
  };
  if (record.id !== record.workspace.id) {
    return {
      ok: false,
      issues: storedIssues([
        { path: ["id"], code: "storage.idMismatch", params: { id: record.id } },
      ]),
    };
  }
  return { ok: true, record };
}

/** Reads any value of the `workspaces` store: a header (version 2) or what an older app left. */
function readValue(value: unknown, rows: readonly StoredRow[]): ReadResult {
  if (isHeader(value)) return readStored(value, rows);
  // Left as an older app stored it: read through the same path, or say why it cannot be.
  const checked = checkRecord(value);
  if (!checked.ok) return checked;
  const { header, rows: own } = storedForm(checked.record, checked.record.revision ?? 0);
  return readStored(header, own);
}

export function createIndexedDbRepository(name = DATABASE_NAME): WorkspaceRepository {
  let connection: Promise<IDBPDatabase<CoevalDatabase>> | undefined;
  const database = () => {
    connection ??= openCoevalDatabase(name).catch((error: unknown) => {
      connection = undefined;
      throw error;
    });
    return connection;
  };

  return {
    async list(): Promise<WorkspaceListing> {
      const transaction = (await database()).transaction([WORKSPACES, RECORDS]);
      const values = await transaction.objectStore(WORKSPACES).getAll();
      const rowsOf = (id: string) =>
        transaction.objectStore(RECORDS).index(BY_WORKSPACE).getAll(id);
      const rows = await Promise.all(values.map((value) => rowsOf(idOf(value))));
      const records: WorkspaceRecord[] = [];
      const unreadable: UnreadableRecord[] = [];
      values.forEach((value, index) => {
        const read = readValue(value, rows[index] ?? []);
        if (read.ok) records.push(read.record);
        else unreadable.push({ id: idOf(value), issues: read.issues });
      });
      records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { records, unreadable };
    },

    async load(id) {
      const transaction = (await database()).transaction([WORKSPACES, RECORDS]);
      const [value, rows] = await Promise.all([
        transaction.objectStore(WORKSPACES).get(id),
        transaction.objectStore(RECORDS).index(BY_WORKSPACE).getAll(id),
      ]);
      if (value === undefined) return undefined;
      const read = readValue(value, rows);
      if (!read.ok) throw new UnreadableRecordError(id, read.issues);
      return read.record;
    },

    async save(record, since) {
      let checked = record;
      if (since === undefined) {
        // A whole workspace (new, imported, recovered) is checked whole.
        const parsed = WorkspaceRecord.safeParse(record);
        if (!parsed.success) throw new InvalidRecordError(issuesOf(parsed.error));
        checked = parsed.data;
      }
      const transaction = (await database()).transaction([WORKSPACES, RECORDS], "readwrite");
      const headers = transaction.objectStore(WORKSPACES);
      const rows = transaction.objectStore(RECORDS);
      const stored = await headers.get(record.id);
      const storedRevision = isHeader(stored) ? stored.revision : undefined;
      const revision = (storedRevision ?? 0) + 1;
      if (since !== undefined) {
        if (storedRevision !== since.revision) {
          transaction.abort();
          await transaction.done.catch(() => undefined);
          throw new RevisionConflictError(record.id, since.revision, storedRevision);
        }
        void headers.put(headerAfter(stored as StoredHeader, checked, revision, since.changes));
        for (const path of since.changes.remove) void rows.delete([record.id, path]);
        for (const row of since.changes.put) void rows.put({ ...row, workspaceId: record.id });
      } else {
        const { header, rows: all } = storedForm(checked, revision);
        void rows.delete(IDBKeyRange.bound([record.id], [record.id, []]));
        void headers.put(header);
        for (const row of all) void rows.put(row);
      }
      // Resolves only when the transaction commits: the data is on the device.
      await transaction.done;
      return { ...checked, revision };
    },

    async delete(id) {
      const transaction = (await database()).transaction([WORKSPACES, RECORDS], "readwrite");
      void transaction.objectStore(RECORDS).delete(IDBKeyRange.bound([id], [id, []]));
      void transaction.objectStore(WORKSPACES).delete(id);
      await transaction.done;
    },
  };
}

/** The header once `changes` are written: dates from the record, skeleton when it changed. */
function headerAfter(
  stored: StoredHeader,
  record: WorkspaceRecord,
  revision: number,
  changes: WorkspaceChanges,
): StoredHeader {
  const { createdAt: _created, exportedAt: _exported, ...kept } = stored;
  return {
    ...kept,
    revision,
    updatedAt: record.updatedAt,
    ...(record.createdAt ? { createdAt: record.createdAt } : {}),
    ...(record.exportedAt ? { exportedAt: record.exportedAt } : {}),
    skeleton: changes.skeleton ?? stored.skeleton,
  };
}

function idOf(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : "?";
}
