/**
 * Malformed documents by the ten thousand: mutations of valid workspaces, random JSON,
 * truncated text. Each must be rejected with issues that say where, that render in
 * both languages, and nothing may throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { Workspace } from "../model/workspace.ts";
import { workspaceArbitrary } from "./arbitraries.test-support.ts";
import { formatIssue, isKnownIssueCode } from "./format-issue.ts";
import type { ValidationIssue } from "./issues.ts";
import { safeParseWorkspace, serialiseWorkspace } from "./parse.ts";

type Path = (string | number)[];
type Json = unknown;

interface Site {
  path: Path;
  value: Json;
  schema: z.ZodType;
}

/** The schema a value was accepted by, once wrappers and union branches are resolved. */
function resolve(schema: z.ZodType, value: Json): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current.def as { type: string; innerType?: z.ZodType; options?: z.ZodType[] };
    if (def.innerType !== undefined && ["optional", "default", "nullable"].includes(def.type)) {
      if (value === null && def.type === "nullable") return current;
      current = def.innerType;
    } else if (def.type === "union" && def.options !== undefined) {
      const branch = def.options.find((option) => option.safeParse(value).success);
      if (branch === undefined) return current;
      current = branch;
    } else {
      return current;
    }
  }
}

/** Every value of a valid document with the schema that governs it, parents first. */
function sitesOf(document: Json): Site[] {
  const sites: Site[] = [];
  const pending: Site[] = [{ path: [], value: document, schema: Workspace }];
  for (let site = pending.pop(); site !== undefined; site = pending.pop()) {
    sites.push(site);
    const schema = resolve(site.schema, site.value);
    const def = schema.def as {
      type: string;
      shape?: Record<string, z.ZodType>;
      element?: z.ZodType;
    };
    if (def.type === "object" && def.shape !== undefined && site.value !== null) {
      for (const [key, child] of Object.entries(site.value as Record<string, Json>)) {
        const childSchema = def.shape[key];
        if (childSchema !== undefined) {
          pending.push({ path: [...site.path, key], value: child, schema: childSchema });
        }
      }
    } else if (def.type === "array" && def.element !== undefined) {
      (site.value as Json[]).forEach((child, index) => {
        pending.push({
          path: [...site.path, index],
          value: child,
          schema: def.element as z.ZodType,
        });
      });
    }
  }
  return sites;
}

function getAt(document: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], document);
}

function setAt(document: Json, path: Path, value: Json): void {
  const parent = getAt(document, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path.at(-1) as string | number] = value;
}

const REFERENCE_KEYS = new Set([
  "organisationId",
  "gridId",
  "previousCycleId",
  "groupId",
  "sessionId",
  "participantId",
  "criterionId",
  "indicatorId",
  "tellerId",
  "recommendationId",
  "previousActionId",
]);
const REFERENCE_LISTS = new Set(["participantIds", "criterionIds", "groupIds", "principleIds"]);

/** References the rules check: inside cycles, and a criterion's charter principles. */
function isReference(path: Path): boolean {
  if (path.includes("provenance")) return false;
  const last = path.at(-1);
  const beforeLast = path.at(-2);
  return (
    (typeof last === "string" && REFERENCE_KEYS.has(last)) ||
    (typeof last === "number" && typeof beforeLast === "string" && REFERENCE_LISTS.has(beforeLast))
  );
}

const WRONG_VALUES: Json[] = [42, 1.5, "¿?", true, null, [], {}, [1, "x"], { a: 1 }];

interface Mutation {
  input: Json;
  /** Where an issue must be reported: at this path, one of its parents, or inside it. */
  expectedNear?: Path;
  /** The code that issue must have, when the mutation calls for a precise one. */
  expectedCode?: (code: string) => boolean;
}

const MUTATION_KINDS = [
  "wrongType",
  "removeRequired",
  "offScale",
  "dangling",
  "duplicate",
  "version",
] as const;

/** The places of one valid workspace where each kind of mutation can strike. */
interface Targets {
  all: Site[];
  required: Path[];
  rated: Path[];
  references: Path[];
  lists: { path: Path; length: number }[];
  /** For each site, the wrong values its schema rejects. */
  wrongValues: Json[][];
}

function targetsOf(workspace: Workspace): Targets {
  const all = sitesOf(workspace).filter((site) => site.path.length > 0);
  const required = all.flatMap((site) => {
    const def = resolve(site.schema, site.value).def as {
      type: string;
      shape?: Record<string, z.ZodType>;
    };
    if (def.type !== "object" || def.shape === undefined) return [];
    const shape = def.shape;
    return Object.keys(site.value as object)
      .filter((key) => shape[key] !== undefined && !shape[key].safeParse(undefined).success)
      .map((key) => [...site.path, key]);
  });
  const rated = all
    .filter(
      (site) =>
        (site.path.at(-1) === "value" && site.path.at(-3) === "ratings") ||
        (site.path.at(-1) === "level" && site.path.at(-3) === "positions" && site.value !== null),
    )
    .map((site) => site.path);
  const references = all.filter((site) => isReference(site.path)).map((site) => site.path);
  const lists = all
    .filter(
      (site) =>
        Array.isArray(site.value) &&
        site.value.length > 0 &&
        site.value.every((item) => item !== null && typeof item === "object" && "id" in item),
    )
    .map((site) => ({ path: site.path, length: (site.value as Json[]).length }));
  const wrongValues = all.map((site) =>
    WRONG_VALUES.filter((value) => !site.schema.safeParse(value).success),
  );
  return { all, required, rated, references, lists, wrongValues };
}

function mutate(
  workspace: Workspace,
  targets: Targets,
  kind: (typeof MUTATION_KINDS)[number],
  choice: number,
): Mutation {
  const document = JSON.parse(JSON.stringify(workspace)) as Json;
  const pick = <T>(candidates: readonly T[]): T | undefined =>
    candidates[choice % Math.max(1, candidates.length)];

  const required = pick(targets.required);
  if (kind === "removeRequired" && required !== undefined) {
    const parent = getAt(document, required.slice(0, -1)) as Record<string, Json>;
    delete parent[required.at(-1) as string];
    return { input: document, expectedNear: required };
  }
  const rated = pick(targets.rated);
  if (kind === "offScale" && rated !== undefined) {
    setAt(document, rated, 101 + (choice % 50));
    return {
      input: document,
      expectedNear: rated,
      expectedCode: (code) => code === "rating.notALevel" || code === "position.notALevel",
    };
  }
  const reference = pick(targets.references);
  if (kind === "dangling" && reference !== undefined) {
    setAt(document, reference, `absent-${choice}`);
    return {
      input: document,
      expectedNear: reference,
      expectedCode: (code) => code.startsWith("ref."),
    };
  }
  const list = pick(targets.lists);
  if (kind === "duplicate" && list !== undefined) {
    const items = getAt(document, list.path) as Json[];
    items.push(JSON.parse(JSON.stringify(items[choice % list.length])));
    return { input: document, expectedNear: [...list.path, list.length] };
  }
  if (kind === "version") {
    const versions: Json[] = [2, 0, "1", -3, 1.5, null, 99_999];
    setAt(document, ["formatVersion"], versions[choice % versions.length]);
    return { input: document, expectedNear: ["formatVersion"] };
  }
  const index = choice % targets.all.length;
  const site = targets.all[index] as Site;
  const wrongValues = targets.wrongValues[index] as Json[];
  setAt(document, site.path, wrongValues[(choice >> 8) % wrongValues.length]);
  return { input: document, expectedNear: site.path };
}

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

const UNRENDERED = /undefined|NaN|\[object /;

function expectReadableRejection(input: Json): ValidationIssue[] {
  const result = safeParseWorkspace(input);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.code).not.toBe("internal.unexpected");
    expect(isKnownIssueCode(issue.code)).toBe(true);
    const french = formatIssue(issue, "fr");
    const english = formatIssue(issue, "en");
    expect(french).not.toMatch(UNRENDERED);
    expect(english).not.toMatch(UNRENDERED);
    expect(french).not.toBe(english);
  }
  return result.issues;
}

/** A few hundred small valid workspaces, drawn once: the mutations are what varies. */
const validWorkspaces = fc.sample(workspaceArbitrary({ maxGrids: 1, maxCycles: 2 }), {
  numRuns: 300,
  seed: 20_261_122,
});
const targets = validWorkspaces.map(targetsOf);

describe("malformed documents", () => {
  it("mutations of valid workspaces are rejected, near the place that was broken", () => {
    fc.assert(
      fc.property(
        fc.nat(validWorkspaces.length - 1),
        fc.constantFrom(...MUTATION_KINDS),
        fc.nat(),
        (index, kind, choice) => {
          const mutation = mutate(
            validWorkspaces[index] as Workspace,
            targets[index] as Targets,
            kind,
            choice,
          );
          const issues = expectReadableRejection(mutation.input);
          const { expectedNear, expectedCode } = mutation;
          if (expectedNear === undefined) return;
          const near = issues.filter(
            (issue) =>
              issue.path.length > 0 &&
              (isPrefix(issue.path, expectedNear) || isPrefix(expectedNear, issue.path)),
          );
          expect(near.length, JSON.stringify({ expectedNear, issues })).toBeGreaterThan(0);
          if (expectedCode !== undefined) {
            expect(
              near.some((issue) => expectedCode(issue.code)),
              JSON.stringify(issues),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 5_000 },
    );
  }, 30_000);

  it("random JSON values and texts are rejected without throwing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string(),
          fc.anything(),
          fc.dictionary(
            fc.constantFrom("formatVersion", "id", "grids", "cycles", "__proto__"),
            fc.jsonValue(),
          ),
        ),
        (input) => {
          expectReadableRejection(input);
        },
      ),
      { numRuns: 3_000 },
    );
  }, 30_000);

  it("truncated files are rejected as incomplete JSON, with a line and a column", () => {
    const texts = validWorkspaces.slice(0, 50).map((workspace) => serialiseWorkspace(workspace));
    fc.assert(
      fc.property(
        fc.nat(texts.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (index, cut) => {
          const text = texts[index] as string;
          const truncated = text.slice(0, Math.floor(cut * (text.length - 2)));
          const [issue] = expectReadableRejection(truncated);
          if (truncated.trim() !== "") {
            expect(issue?.code).toBe("json.unexpectedEnd");
            expect(issue?.params?.line).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  }, 30_000);
});
