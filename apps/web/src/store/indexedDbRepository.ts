import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import {
  checkRecord,
  InvalidRecordError,
  issuesOf,
  type UnreadableRecord,
  UnreadableRecordError,
  type WorkspaceListing,
  WorkspaceRecord,
  type WorkspaceRepository,
} from "./repository.ts";

export const DATABASE_NAME = "coeval";
export const DATABASE_VERSION = 1;
export const WORKSPACES = "workspaces";

interface CoevalDatabase extends DBSchema {
  // Values are typed `unknown`: what comes back from the device is validated before use.
  workspaces: { key: string; value: unknown };
}

/** Creates and upgrades the object stores; each step runs once, in order, on older databases. */
function upgrade(database: IDBPDatabase<CoevalDatabase>, oldVersion: number): void {
  if (oldVersion < 1) {
    database.createObjectStore(WORKSPACES, { keyPath: "id" });
  }
}

export function openCoevalDatabase(name = DATABASE_NAME): Promise<IDBPDatabase<CoevalDatabase>> {
  return openDB<CoevalDatabase>(name, DATABASE_VERSION, {
    upgrade: (database, oldVersion) => upgrade(database, oldVersion),
    // Another tab runs a newer version of the app: let it upgrade, this tab reconnects later.
    blocking: (_current, _next, event) => (event.target as IDBDatabase).close(),
  });
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
      const values = await (await database()).getAll(WORKSPACES);
      const records: WorkspaceRecord[] = [];
      const unreadable: UnreadableRecord[] = [];
      for (const value of values) {
        const checked = checkRecord(value);
        if (checked.ok) records.push(checked.record);
        else unreadable.push({ id: idOf(value), issues: checked.issues });
      }
      records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { records, unreadable };
    },

    async load(id) {
      const value = await (await database()).get(WORKSPACES, id);
      if (value === undefined) return undefined;
      const checked = checkRecord(value);
      if (!checked.ok) throw new UnreadableRecordError(id, checked.issues);
      return checked.record;
    },

    async save(record) {
      const parsed = WorkspaceRecord.safeParse(record);
      if (!parsed.success) throw new InvalidRecordError(issuesOf(parsed.error));
      const transaction = (await database()).transaction(WORKSPACES, "readwrite");
      await transaction.store.put(parsed.data);
      // Resolves only when the transaction commits: the data is on the device.
      await transaction.done;
      return parsed.data;
    },

    async delete(id) {
      const transaction = (await database()).transaction(WORKSPACES, "readwrite");
      await transaction.store.delete(id);
      await transaction.done;
    },
  };
}

function idOf(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : "?";
}
