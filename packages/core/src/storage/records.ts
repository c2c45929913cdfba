import type { z } from "zod";
import { issue, type ValidationIssue } from "../format/issues.ts";
import {
  Action,
  CollectivePosition,
  Measure,
  Participant,
  Rating,
  Recommendation,
  Story,
} from "../model/cycle.ts";
import { Grid } from "../model/grid.ts";
import { Workspace } from "../model/workspace.ts";

/**
 * A workspace kept as records: one small skeleton (organisations, cycles and sessions without
 * their long lists) and one record per rating, position, measure, story, recommendation,
 * action, participant and grid version. A change then writes, and validates, only the records
 * it touched, whatever the workspace holds; the whole workspace is assembled again on read and
 * goes through the same migrations and checks as a file.
 *
 * Splitting works on plain JSON, so that a workspace stored by an older version, or a broken
 * one, is assembled exactly as it was stored: nothing is dropped, nothing is interpreted.
 */

/** The value of a JSON object, as stored or as read from a file. */
type JsonObject = { [key: string]: unknown };

/** Where a collection of records sits in a workspace. */
type Container = "workspace" | "organisation" | "cycle";

interface Collection {
  container: Container;
  /** The array's field in its container. */
  field: string;
  /** What identifies an element in its collection; `undefined` when it has no usable key. */
  key(element: JsonObject): string | undefined;
  /** The shape one record must have before it is written. */
  schema: z.ZodType;
}

const byId = (element: JsonObject) => plainKey(element.id);

/** Every list kept as records, container by container. */
const COLLECTIONS: readonly Collection[] = [
  {
    container: "workspace",
    field: "grids",
    key: (grid) => {
      const id = plainKey(grid.id);
      const version = grid.version;
      return id !== undefined && typeof version === "number" && Number.isSafeInteger(version)
        ? `${id}~${version}`
        : undefined;
    },
    schema: Grid,
  },
  { container: "organisation", field: "participants", key: byId, schema: Participant },
  { container: "cycle", field: "participants", key: byId, schema: Participant },
  { container: "cycle", field: "ratings", key: byId, schema: Rating },
  {
    container: "cycle",
    field: "positions",
    key: (position) => {
      const criterion = plainKey(position.criterionId);
      const session = position.sessionId === undefined ? "" : plainKey(position.sessionId);
      return criterion !== undefined && session !== undefined
        ? `${criterion}~${session}`
        : undefined;
    },
    schema: CollectivePosition,
  },
  { container: "cycle", field: "measures", key: byId, schema: Measure },
  { container: "cycle", field: "stories", key: byId, schema: Story },
  { container: "cycle", field: "recommendations", key: byId, schema: Recommendation },
  { container: "cycle", field: "actions", key: byId, schema: Action },
];

/** Keys and ids end up in a record's path: only plain ids qualify. */
function plainKey(value: unknown): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(value)
    ? value
    : undefined;
}

/** One element of a list kept as records. */
export interface StoredRecord {
  /** Unique in its workspace: container, collection and key, e.g. `cycle/c1/ratings/r9`. */
  path: string;
  /** Its place in its list, so the workspace is assembled in the order it was kept. */
  index: number;
  value: unknown;
}

/** A workspace as records: what storage keeps, and assembles again. */
export interface StoredWorkspace {
  /** The workspace with the lists kept as records left empty. */
  skeleton: JsonObject;
  records: StoredRecord[];
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A container's own path, or `undefined` when its id cannot be part of a path. */
function containerPath(container: Container, value: JsonObject): string | undefined {
  if (container === "workspace") return "workspace";
  const id = plainKey(value.id);
  return id === undefined ? undefined : `${container}/${id}`;
}

/** The keys of a list's elements, or `undefined` when one has none or two share one. */
function keysOf(collection: Collection, list: readonly unknown[]): string[] | undefined {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const element of list) {
    const key = isObject(element) ? collection.key(element) : undefined;
    if (key === undefined || seen.has(key)) return undefined;
    seen.add(key);
    keys.push(key);
  }
  return keys;
}

/** The containers of a workspace document: itself, its organisations and its cycles. */
function containersOf(document: JsonObject): Array<{ container: Container; value: JsonObject }> {
  const found: Array<{ container: Container; value: JsonObject }> = [
    { container: "workspace", value: document },
  ];
  for (const [container, field] of [
    ["organisation", "organisations"],
    ["cycle", "cycles"],
  ] as const) {
    const list = document[field];
    if (!Array.isArray(list)) continue;
    for (const value of list) if (isObject(value)) found.push({ container, value });
  }
  return found;
}

/** The lists of one container that can be kept as records, with their elements' keys. */
function splittableLists(
  container: Container,
  value: JsonObject,
  containersSeen: Set<string>,
): Array<{ collection: Collection; path: string; list: unknown[]; keys: string[] }> {
  const path = containerPath(container, value);
  // Two containers with one id (a broken document): keep both whole in the skeleton.
  if (path === undefined || containersSeen.has(path)) return [];
  containersSeen.add(path);
  const lists = [];
  for (const collection of COLLECTIONS) {
    if (collection.container !== container) continue;
    const list = value[collection.field];
    if (!Array.isArray(list)) continue;
    const keys = keysOf(collection, list);
    if (keys !== undefined) lists.push({ collection, path, list, keys });
  }
  return lists;
}

/**
 * Splits a workspace (a plain JSON document, valid or not) into its skeleton and its records.
 * A list whose elements lack a key, or share one, stays whole in the skeleton.
 */
export function splitWorkspace(document: JsonObject): StoredWorkspace {
  const records: StoredRecord[] = [];
  const emptied = new Map<JsonObject, Set<string>>();
  const containersSeen = new Set<string>();
  for (const { container, value } of containersOf(document)) {
    for (const { collection, path, list, keys } of splittableLists(
      container,
      value,
      containersSeen,
    )) {
      list.forEach((element, index) => {
        records.push({ path: `${path}/${collection.field}/${keys[index]}`, index, value: element });
      });
      const fields = emptied.get(value) ?? new Set<string>();
      fields.add(collection.field);
      emptied.set(value, fields);
    }
  }
  return { skeleton: skeletonOf(document, emptied), records };
}

/** The document with the given lists emptied, copying only the objects on the way. */
function skeletonOf(document: JsonObject, emptied: Map<JsonObject, Set<string>>): JsonObject {
  const without = (value: JsonObject): JsonObject => {
    const fields = emptied.get(value);
    if (fields === undefined) return value;
    const copy = { ...value };
    for (const field of fields) copy[field] = [];
    return copy;
  };
  const skeleton = without(document);
  for (const field of ["organisations", "cycles"]) {
    const list = document[field];
    if (Array.isArray(list)) {
      skeleton[field] = list.map((value) => (isObject(value) ? without(value) : value));
    }
  }
  return skeleton;
}

export type AssembleResult =
  | { ok: true; document: JsonObject }
  /** Records whose container is missing from the skeleton: kept, and reported, never dropped. */
  | { ok: false; issues: ValidationIssue[] };

/** Puts a workspace back together from its skeleton and records, lists in their stored order. */
export function assembleWorkspace(stored: StoredWorkspace): AssembleResult {
  const byList = new Map<string, StoredRecord[]>();
  for (const record of stored.records) {
    const list = record.path.slice(0, record.path.lastIndexOf("/"));
    const held = byList.get(list);
    if (held) held.push(record);
    else byList.set(list, [record]);
  }
  const copyOf = (value: JsonObject, path: string | undefined, container: Container) => {
    if (path === undefined) return value;
    let copy: JsonObject | undefined;
    for (const collection of COLLECTIONS) {
      if (collection.container !== container) continue;
      const listPath = `${path}/${collection.field}`;
      const records = byList.get(listPath);
      if (records === undefined) continue;
      byList.delete(listPath);
      records.sort((a, b) => a.index - b.index);
      copy ??= { ...value };
      copy[collection.field] = records.map((record) => record.value);
    }
    return copy ?? value;
  };
  const document = copyOf(stored.skeleton, "workspace", "workspace");
  const result = document === stored.skeleton ? { ...document } : document;
  for (const [container, field] of [
    ["organisation", "organisations"],
    ["cycle", "cycles"],
  ] as const) {
    const list = stored.skeleton[field];
    if (!Array.isArray(list)) continue;
    result[field] = list.map((value) =>
      isObject(value) ? copyOf(value, containerPath(container, value), container) : value,
    );
  }
  if (byList.size > 0) {
    return {
      ok: false,
      issues: [...byList.values()]
        .flat()
        .map((record) => issue([], "storage.orphanRecord", { path: record.path })),
    };
  }
  return { ok: true, document: result };
}

/** What a change writes: the skeleton when it changed, the records put and the paths removed. */
export interface WorkspaceChanges {
  skeleton?: JsonObject;
  put: StoredRecord[];
  remove: string[];
}

export interface ChangeIssue {
  /** Where in the workspace, as in a file's validation issues. */
  path: (string | number)[];
  message: string;
}

export type DiffResult =
  | { ok: true; changes: WorkspaceChanges }
  | { ok: false; issues: ChangeIssue[] };

/** Is the changed part of the workspace, outside its records, different? Compares references. */
function skeletonChanged(previous: JsonObject, next: JsonObject, emptied: Set<string>): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  for (const key of keys) {
    if (emptied.has(key)) continue;
    if (previous[key] !== next[key]) return true;
  }
  return false;
}

const WORKSPACE_LISTS = new Set(["grids", "organisations", "cycles"]);

/**
 * What turns the stored `previous` workspace into `next`, each new or changed record checked
 * against its schema (the skeleton against the workspace's): the cost follows the change, not
 * the size of the workspace, because unchanged lists and records are the same objects.
 * Refused, with located issues, when a changed record is invalid.
 */
export function diffWorkspace(previous: Workspace, next: Workspace): DiffResult {
  const put: StoredRecord[] = [];
  const remove: string[] = [];
  const issues: ChangeIssue[] = [];
  let skeletonDirty = skeletonChanged(
    previous as unknown as JsonObject,
    next as unknown as JsonObject,
    WORKSPACE_LISTS,
  );

  const check = (schema: z.ZodType, value: unknown, where: (string | number)[]) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const problem of parsed.error.issues) {
      issues.push({
        path: [...where, ...problem.path.filter((key) => typeof key !== "symbol")] as (
          | string
          | number
        )[],
        message: problem.message,
      });
    }
    return value;
  };

  const diffContainers = (
    container: Container,
    field: "organisations" | "cycles",
    previousList: readonly JsonObject[],
    nextList: readonly JsonObject[],
  ) => {
    if (previousList === nextList) return;
    if (previousList.length !== nextList.length) skeletonDirty = true;
    const previousById = new Map<string, JsonObject>();
    for (const value of previousList) {
      const path = containerPath(container, value);
      if (path !== undefined) previousById.set(path, value);
    }
    const lists = new Set(COLLECTIONS.filter((c) => c.container === container).map((c) => c.field));
    nextList.forEach((value, index) => {
      const path = containerPath(container, value);
      const before = path === undefined ? undefined : previousById.get(path);
      if (path !== undefined) previousById.delete(path);
      if (before === value) return;
      if (before === undefined || previousList[index] !== before) skeletonDirty = true;
      else if (skeletonChanged(before, value, lists)) skeletonDirty = true;
      diffLists(container, before ?? {}, value, [field, index]);
    });
    // A container gone takes its records with it.
    for (const gone of previousById.values()) diffLists(container, gone, {}, []);
  };

  const diffLists = (
    container: Container,
    before: JsonObject,
    after: JsonObject,
    where: (string | number)[],
  ) => {
    const path = containerPath(container, Object.keys(after).length > 0 ? after : before);
    if (path === undefined) return;
    for (const collection of COLLECTIONS) {
      if (collection.container !== container) continue;
      const oldList = (before[collection.field] ?? []) as JsonObject[];
      const newList = (after[collection.field] ?? []) as JsonObject[];
      if (oldList === newList) continue;
      const listPath = `${path}/${collection.field}`;
      const oldByKey = new Map<string, { value: JsonObject; index: number }>();
      const newKeys = new Set<string>();
      newList.forEach((value, index) => {
        if (oldList[index] === value) {
          newKeys.add(collection.key(value) ?? "");
          return;
        }
        if (oldByKey.size === 0) {
          oldList.forEach((old, oldIndex) => {
            const key = collection.key(old);
            if (key !== undefined) oldByKey.set(key, { value: old, index: oldIndex });
          });
        }
        const key = collection.key(value);
        if (key === undefined || newKeys.has(key)) {
          issues.push({
            path: [...where, collection.field, index],
            message: "two records share one id",
          });
          return;
        }
        newKeys.add(key);
        const old = oldByKey.get(key);
        if (old !== undefined && old.value === value && old.index === index) return;
        put.push({
          path: `${listPath}/${key}`,
          index,
          value:
            old?.value === value
              ? value
              : check(collection.schema, value, [...where, collection.field, index]),
        });
      });
      for (const old of oldList) {
        const key = collection.key(old);
        if (key !== undefined && !newKeys.has(key)) remove.push(`${listPath}/${key}`);
      }
    }
  };

  diffLists("workspace", previous as unknown as JsonObject, next as unknown as JsonObject, []);
  diffContainers(
    "organisation",
    "organisations",
    previous.organisations as unknown as JsonObject[],
    next.organisations as unknown as JsonObject[],
  );
  diffContainers(
    "cycle",
    "cycles",
    previous.cycles as unknown as JsonObject[],
    next.cycles as unknown as JsonObject[],
  );

  let skeleton: JsonObject | undefined;
  if (skeletonDirty) {
    skeleton = splitWorkspace(next as unknown as JsonObject).skeleton;
    const shaped = Workspace.safeParse(skeleton);
    if (shaped.success) skeleton = shaped.data as unknown as JsonObject;
    else {
      for (const problem of shaped.error.issues) {
        issues.push({
          path: problem.path.filter((key) => typeof key !== "symbol") as (string | number)[],
          message: problem.message,
        });
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, changes: { ...(skeleton ? { skeleton } : {}), put, remove } };
}

/** Applies changes to a stored workspace: what a repository does in one transaction. */
export function applyChanges(stored: StoredWorkspace, changes: WorkspaceChanges): StoredWorkspace {
  const records = new Map(stored.records.map((record) => [record.path, record]));
  for (const path of changes.remove) records.delete(path);
  for (const record of changes.put) records.set(record.path, record);
  return { skeleton: changes.skeleton ?? stored.skeleton, records: [...records.values()] };
}
