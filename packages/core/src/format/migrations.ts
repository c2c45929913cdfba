import { FORMAT_VERSION } from "../model/workspace.ts";
import { issue, quoteReceived, type ValidationIssue } from "./issues.ts";

/** A JSON object as read from a file, before it is known to match any schema. */
export type JsonObject = { [key: string]: unknown };

/**
 * Turns a document of format `from` into a document of format `from + 1`. It works on
 * plain JSON, since old files do not match today's types, must not mutate its input,
 * and may throw when the document does not look like format `from`: that becomes an issue.
 */
export interface Migration {
  from: number;
  /** What changed, for the changelog of the format. */
  description: string;
  migrate(document: JsonObject): JsonObject;
}

/**
 * Every migration the engine knows, one per format version. Version 1 is the first
 * published format, so none exists yet; the next change of the format adds
 * `{ from: 1, … }` here and raises FORMAT_VERSION.
 */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  | { ok: true; document: JsonObject; migratedFrom?: number }
  | { ok: false; issues: ValidationIssue[] };

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object" || typeof value === "function")
    return Array.isArray(value) ? "[…]" : "{…}";
  return quoteReceived(String(value));
}

/** Reads `formatVersion` and brings the document to `targetVersion`, one step at a time. */
export function migrateDocument(
  document: JsonObject,
  migrations: readonly Migration[] = MIGRATIONS,
  targetVersion: number = FORMAT_VERSION,
): MigrationResult {
  if (!Object.hasOwn(document, "formatVersion")) {
    return { ok: false, issues: [issue(["formatVersion"], "format.versionMissing")] };
  }
  const version = document.formatVersion;
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 0) {
    return {
      ok: false,
      issues: [issue(["formatVersion"], "format.versionInvalid", { received: describe(version) })],
    };
  }
  if (version > targetVersion) {
    return {
      ok: false,
      issues: [
        issue(["formatVersion"], "format.versionTooNew", { version, supported: targetVersion }),
      ],
    };
  }
  if (version === targetVersion) return { ok: true, document };

  const byVersion = new Map(migrations.map((migration) => [migration.from, migration]));
  for (let from = version; from < targetVersion; from++) {
    if (!byVersion.has(from)) {
      return {
        ok: false,
        issues: [
          issue(["formatVersion"], "format.versionUnsupported", {
            version,
            supported: targetVersion,
          }),
        ],
      };
    }
  }
  // A copy the migrations may rebuild freely: the caller's object is never touched.
  let current = JSON.parse(JSON.stringify(document)) as JsonObject;
  for (let from = version; from < targetVersion; from++) {
    const migration = byVersion.get(from) as Migration;
    try {
      current = { ...migration.migrate(current), formatVersion: from + 1 };
    } catch {
      return {
        ok: false,
        issues: [issue(["formatVersion"], "format.migrationFailed", { from, to: from + 1 })],
      };
    }
  }
  return { ok: true, document: current, migratedFrom: version };
}
