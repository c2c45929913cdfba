/**
 * Three-way merge of two workspaces changed from one common state: what two tabs (or two
 * devices) do when both changed a workspace before seeing each other's change. Changes to
 * different fields, or different records of a list, are both kept; when both changed the same
 * value differently, the other side's value is kept and the conflict reported, so that nothing
 * that was shown as saved elsewhere is overwritten without a word.
 */

type Json = unknown;
type JsonObject = { [key: string]: Json };

export interface MergeConflict {
  /** Where both sides changed the same value, e.g. `["organisations", "o1", "territory"]`. */
  path: string[];
  /** The value this side had set, not kept. */
  mine: Json;
  /** The value kept: the other side's. */
  theirs: Json;
}

export interface MergeResult<T> {
  merged: T;
  conflicts: MergeConflict[];
}

function isObject(value: Json): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Structural equality of JSON values (the other side was read from storage: no shared objects). */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return (
      Array.isArray(b) && a.length === b.length && a.every((value, i) => sameJson(value, b[i]))
    );
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === otherKeys.length && keys.every((key) => sameJson(a[key], b[key]));
  }
  return false;
}

/** The key of an element of a list of records, or `undefined` for a list of plain values. */
function keyOf(element: Json): string | undefined {
  if (!isObject(element)) return undefined;
  if (typeof element.id === "string") {
    return typeof element.version === "number" ? `${element.id}~${element.version}` : element.id;
  }
  if (typeof element.criterionId === "string") {
    return `${element.criterionId}~${typeof element.sessionId === "string" ? element.sessionId : ""}`;
  }
  return undefined;
}

/** Keys of a list when every element has one and none is shared; else `undefined`. */
function keysOf(list: readonly Json[]): string[] | undefined {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const element of list) {
    const key = keyOf(element);
    if (key === undefined || seen.has(key)) return undefined;
    seen.add(key);
    keys.push(key);
  }
  return keys;
}

function mergeValue(
  base: Json,
  mine: Json,
  theirs: Json,
  path: string[],
  conflicts: MergeConflict[],
): Json {
  if (mine === base || sameJson(mine, base)) return theirs;
  if (theirs === base || sameJson(theirs, base)) return mine;
  if (sameJson(mine, theirs)) return theirs;
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    return mergeObjects(base, mine, theirs, path, conflicts);
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) {
    const merged = mergeLists(base, mine, theirs, path, conflicts);
    if (merged !== undefined) return merged;
  }
  conflicts.push({ path, mine, theirs });
  return theirs;
}

function mergeObjects(
  base: JsonObject,
  mine: JsonObject,
  theirs: JsonObject,
  path: string[],
  conflicts: MergeConflict[],
): JsonObject {
  const merged: JsonObject = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)]);
  for (const key of keys) {
    const value = mergeValue(base[key], mine[key], theirs[key], [...path, key], conflicts);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Lists of records merge record by record, in the other side's order with this side's new
 * records after; a record removed on one side and changed on the other is kept, changed.
 * Lists of plain values (or records without keys) return `undefined`: they merge as one value.
 */
function mergeLists(
  base: readonly Json[],
  mine: readonly Json[],
  theirs: readonly Json[],
  path: string[],
  conflicts: MergeConflict[],
): Json[] | undefined {
  const baseKeys = keysOf(base);
  const mineKeys = keysOf(mine);
  const theirKeys = keysOf(theirs);
  if (baseKeys === undefined || mineKeys === undefined || theirKeys === undefined) return undefined;
  if (mine.length + theirs.length === 0) return [];
  const baseBy = new Map(baseKeys.map((key, i) => [key, base[i]]));
  const mineBy = new Map(mineKeys.map((key, i) => [key, mine[i]]));
  const merged: Json[] = [];
  theirKeys.forEach((key, i) => {
    const their = theirs[i];
    const before = baseBy.get(key);
    const my = mineBy.get(key);
    if (before === undefined) {
      // Both added a record with one key: merge them as if from an empty one.
      merged.push(my === undefined ? their : mergeValue({}, my, their, [...path, key], conflicts));
    } else if (my === undefined) {
      // Removed here; kept when the other side changed it since.
      if (!sameJson(their, before)) {
        conflicts.push({ path: [...path, key], mine: undefined, theirs: their });
        merged.push(their);
      }
    } else {
      merged.push(mergeValue(before, my, their, [...path, key], conflicts));
    }
  });
  const theirSet = new Set(theirKeys);
  mineKeys.forEach((key, i) => {
    if (theirSet.has(key)) return;
    const before = baseBy.get(key);
    const my = mine[i];
    if (before === undefined) merged.push(my);
    // Removed there: kept when changed here, since the change was shown as saved.
    else if (!sameJson(my, before)) {
      conflicts.push({ path: [...path, key], mine: my, theirs: undefined });
      merged.push(my);
    }
  });
  return merged;
}

/**
 * Merges `mine` and `theirs`, two changed copies of `base`. Everything either side changed
 * alone is kept; a value both changed differently keeps theirs (already on the device and
 * maybe seen elsewhere) and is listed in `conflicts` so the user is told. The result must still
 * be checked like any workspace that enters: merging two valid workspaces can break a rule.
 */
export function mergeWorkspaces<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base, mine, theirs, [], conflicts) as T;
  return { merged, conflicts };
}
