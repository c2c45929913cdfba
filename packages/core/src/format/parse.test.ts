import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { workspaceArbitrary } from "./arbitraries.test-support.ts";
import { CoevalError } from "./coeval-error.ts";
import { defined, sampleWorkspace } from "./fixtures.test-support.ts";
import { formatIssue } from "./format-issue.ts";
import type { Migration } from "./migrations.ts";
import {
  MAX_ISSUES,
  parseWorkspace,
  safeParseWorkspace,
  safeParseWorkspaceWith,
  serialiseWorkspace,
} from "./parse.ts";

function issuesOf(input: unknown) {
  const result = safeParseWorkspace(input);
  if (result.ok) throw new Error("expected the input to be rejected");
  return result.issues;
}

describe("serialiseWorkspace and parseWorkspace", () => {
  it("give back every valid workspace unchanged", () => {
    fc.assert(
      fc.property(workspaceArbitrary(), (workspace) => {
        expect(parseWorkspace(serialiseWorkspace(workspace))).toEqual(workspace);
      }),
      { numRuns: 300 },
    );
  });

  it("write canonical text: schema key order, two-space indent, final newline, stable", () => {
    const text = serialiseWorkspace(sampleWorkspace());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.startsWith('{\n  "formatVersion": 1,\n  "id": "epicerie",\n  "grids": [')).toBe(
      true,
    );
    const shuffled = Object.fromEntries(Object.entries(sampleWorkspace()).reverse());
    expect(serialiseWorkspace(shuffled as ReturnType<typeof sampleWorkspace>)).toBe(text);
    expect(serialiseWorkspace(parseWorkspace(text))).toBe(text);
  });

  it("refuses to write a value that could not be read back", () => {
    const broken = { ...sampleWorkspace(), id: "" };
    expect(() => serialiseWorkspace(broken)).toThrow(CoevalError);
  });

  it("accepts an already parsed object as well as text", () => {
    expect(parseWorkspace(sampleWorkspace())).toEqual(sampleWorkspace());
  });

  it("fills the defaults of fields a hand-written file leaves out", () => {
    const workspace = parseWorkspace('{ "formatVersion": 1, "id": "vide" }');
    expect(workspace).toEqual({
      formatVersion: 1,
      id: "vide",
      grids: [],
      organisations: [],
      cycles: [],
      gridWorkshops: [],
    });
  });
});

describe("safeParseWorkspace on bad input", () => {
  it("locates a JSON syntax error by line and column", () => {
    const [issue] = issuesOf('{\n  "formatVersion": 1,\n  "id": "x",,\n}');
    expect(issue).toMatchObject({
      code: "json.syntax",
      params: { line: 3, column: 13, found: "," },
    });
    expect(formatIssue(defined(issue), "fr")).toMatch(
      /^ligne 3, colonne 13 : ce n'est pas du JSON valide/,
    );
    expect(formatIssue(defined(issue), "en")).toMatch(/^line 3, column 13: this is not valid JSON/);
  });

  it("says a truncated file ends too early, and where", () => {
    const text = serialiseWorkspace(sampleWorkspace());
    const [issue] = issuesOf(text.slice(0, 40));
    expect(issue?.code).toBe("json.unexpectedEnd");
    expect(issue?.params).toMatchObject({ line: 3, column: 17 });
  });

  it("reads a file that starts with a byte order mark", () => {
    expect(safeParseWorkspace(`\uFEFF${serialiseWorkspace(sampleWorkspace())}`).ok).toBe(true);
  });

  it.each([
    ["null", null, "null"],
    ["an array", [], "array"],
    ["a number", 42, "number"],
    ["a boolean", true, "boolean"],
    ["JSON text of a string", '"x"', "string"],
  ])("rejects %s as a document", (_name, input, received) => {
    expect(issuesOf(input)).toEqual([
      { path: [], code: "document.notObject", params: { received } },
    ]);
  });

  it("rejects empty text", () => {
    expect(issuesOf("  \n")).toEqual([{ path: [], code: "json.empty" }]);
  });

  it("asks for formatVersion when it is missing", () => {
    expect(issuesOf({ id: "x" })).toEqual([
      { path: ["formatVersion"], code: "format.versionMissing" },
    ]);
  });

  it("tells to update Coéval when the file is newer", () => {
    const issues = issuesOf({ ...sampleWorkspace(), formatVersion: 7 });
    expect(issues).toEqual([
      {
        path: ["formatVersion"],
        code: "format.versionTooNew",
        params: { version: 7, supported: 1 },
      },
    ]);
    expect(formatIssue(defined(issues[0]), "fr")).toContain("mettez Coéval à jour");
    expect(formatIssue(defined(issues[0]), "en")).toContain("update Coéval");
  });

  it.each([["1"], [1.5], [-1], [null], [{}]])("rejects formatVersion %j", (formatVersion) => {
    expect(issuesOf({ ...sampleWorkspace(), formatVersion })[0]?.code).toBe(
      "format.versionInvalid",
    );
  });

  it("rejects an older version no migration can bring forward", () => {
    expect(issuesOf({ ...sampleWorkspace(), formatVersion: 0 })[0]?.code).toBe(
      "format.versionUnsupported",
    );
  });

  it("never lets __proto__ keys reach a prototype", () => {
    const text = serialiseWorkspace(sampleWorkspace()).replace(
      '"id": "epicerie",',
      '"id": "epicerie", "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } },',
    );
    const workspace = parseWorkspace(text);
    expect(Object.hasOwn(workspace, "__proto__")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(workspace)).toBe(Object.prototype);
  });

  it("survives inputs that throw when touched", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        has() {
          throw new Error("boom");
        },
        getOwnPropertyDescriptor() {
          throw new Error("boom");
        },
      },
    );
    expect(issuesOf(hostile)).toEqual([{ path: [], code: "internal.unexpected" }]);
    expect(() => parseWorkspace(hostile)).toThrow(CoevalError);
  });

  it("reads huge and deeply nested inputs without throwing", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(issuesOf(deep)[0]?.code).toBe("document.notObject");
    const hugeName = { ...sampleWorkspace(), name: "é".repeat(2_000_000) };
    const [issue] = issuesOf(JSON.stringify(hugeName));
    expect(issue).toMatchObject({ path: ["name"], code: "string.tooLong" });
    expect(formatIssue(defined(issue), "fr").length).toBeLessThan(200);
    const unclosed = `{"id": "${"x".repeat(1_000_000)}`;
    expect(issuesOf(unclosed)[0]?.code).toBe("json.unexpectedEnd");
  });

  it("caps the number of issues and says how many more there are", () => {
    const workspace = sampleWorkspace();
    const cycle = defined(workspace.cycles[0]);
    const rating = defined(cycle.ratings[0]);
    cycle.ratings = Array.from({ length: MAX_ISSUES + 20 }, (_, index) => ({
      ...rating,
      id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      value: 9,
    }));
    const issues = issuesOf(workspace);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({ path: [], code: "issues.truncated", params: { count: 20 } });
  });

  it("reports a rating off the scale in both languages", () => {
    const workspace = sampleWorkspace();
    defined(defined(workspace.cycles[0]).ratings[0]).value = 7;
    const [issue] = issuesOf(serialiseWorkspace(workspace));
    expect(formatIssue(defined(issue), "fr")).toMatch(
      /^cycles\[0\]\.ratings\[0\]\.value : 7 n'est pas un niveau de l'échelle 1–4 ; /,
    );
    expect(formatIssue(defined(issue), "en")).toMatch(
      /^cycles\[0\]\.ratings\[0\]\.value: 7 is not a level of the scale 1–4; /,
    );
  });
});

describe("safeParseWorkspace on numbers and dates that would mislead", () => {
  it("says a number like 1e309 is out of range, where, and what to do", () => {
    const text = serialiseWorkspace(sampleWorkspace()).replace('"value": 9,', '"value": 1e309,');
    const issues = issuesOf(text);
    const baseline = ["grids", 0, "dimensions", 0, "criteria", 0, "indicators", 1, "baseline"];
    expect(issues).toEqual([{ path: [...baseline, "value"], code: "number.outOfRange" }]);
    expect(formatIssue(defined(issues[0]), "fr")).toMatch(
      /^grids\[0\]\.dimensions\[0\]\.criteria\[0\]\.indicators\[1\]\.baseline\.value : nombre hors limites .* ; écrivez un nombre plus petit/,
    );
    expect(formatIssue(defined(issues[0]), "en")).not.toContain("expected a number");
    const levelText = serialiseWorkspace(sampleWorkspace()).replace(
      '"value": 3,',
      '"value": -1e999,',
    );
    const level = ["grids", 0, "dimensions", 0, "criteria", 0, "indicators", 0, "scale", "levels"];
    expect(issuesOf(levelText)).toEqual([
      { path: [...level, 2, "value"], code: "number.outOfRange" },
    ]);
  });

  it("refuses a rating dated after the caller's now, and only then", () => {
    const farFuture = sampleWorkspace();
    defined(defined(farFuture.cycles[0]).ratings[0]).createdAt = "9999-01-01T00:00:00Z";
    const text = serialiseWorkspace(farFuture);
    expect(safeParseWorkspace(text).ok).toBe(true);
    const result = safeParseWorkspace(text, { now: "2026-12-02T10:00:00Z" });
    expect(result.ok ? [] : result.issues.map((found) => found.code)).toEqual(["rating.future"]);
    expect(() => parseWorkspace(text, { now: "2026-12-02T10:00:00Z" })).toThrow(CoevalError);
  });

  it("returns warnings beside the workspace, and none for a sound file", () => {
    expect(safeParseWorkspace(sampleWorkspace())).toMatchObject({ ok: true, warnings: [] });
    const late = sampleWorkspace();
    defined(defined(late.cycles[0]).sessions[0]).participantIds = ["p1"];
    const result = safeParseWorkspace(serialiseWorkspace(late));
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        { path: ["cycles", 0, "ratings", 1, "participantId"], code: "rating.raterNotInSession" },
      ],
    });
  });
});

describe("parseWorkspace", () => {
  it("throws a CoevalError carrying the issues and a message in either language", () => {
    const error = (() => {
      try {
        parseWorkspace({ formatVersion: 1 });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CoevalError);
    const coevalError = error as CoevalError;
    expect(coevalError.issues).toEqual([{ path: ["id"], code: "value.required" }]);
    expect(coevalError.message).toBe("id : ce champ obligatoire manque ; ajoutez-le");
    expect(coevalError.localisedMessage("en")).toBe("id: this required field is missing; add it");
  });
});

describe("migrations", () => {
  /** A format 0 that never shipped: ratings said `score` where format 1 says `value`. */
  const renameScore: Migration = {
    from: 0,
    description: "ratings: score → value",
    migrate(document) {
      const cycles = document.cycles as { ratings: { score: unknown }[] }[];
      return {
        ...document,
        cycles: cycles.map((cycle) => ({
          ...cycle,
          ratings: cycle.ratings.map(({ score, ...rating }) => ({ ...rating, value: score })),
        })),
      };
    },
  };

  function formatZero() {
    const workspace = sampleWorkspace();
    return {
      ...workspace,
      formatVersion: 0,
      cycles: workspace.cycles.map((cycle) => ({
        ...cycle,
        ratings: cycle.ratings.map(({ value, ...rating }) => ({ ...rating, score: value })),
      })),
    };
  }

  it("brings an older file forward and says from which version", () => {
    const old = formatZero();
    const snapshot = JSON.stringify(old);
    const result = safeParseWorkspaceWith(JSON.stringify(old), [renameScore]);
    expect(result).toEqual({
      ok: true,
      workspace: sampleWorkspace(),
      warnings: [],
      migratedFrom: 0,
    });
    expect(safeParseWorkspaceWith(old, [renameScore]).ok).toBe(true);
    expect(JSON.stringify(old)).toBe(snapshot);
  });

  it("reports a file that does not look like the version it claims", () => {
    const result = safeParseWorkspaceWith({ formatVersion: 0, id: "x" }, [renameScore]);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: ["formatVersion"], code: "format.migrationFailed", params: { from: 0, to: 1 } },
      ],
    });
  });

  it("validates the migrated document like any other", () => {
    const old = formatZero();
    defined(defined(old.cycles[0]).ratings[0]).score = 12;
    const result = safeParseWorkspaceWith(old, [renameScore]);
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(["rating.notALevel"]);
  });
});
