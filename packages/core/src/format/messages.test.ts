import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Id } from "../model/common.ts";
import { Rating } from "../model/cycle.ts";
import { Indicator, ScaleLevel } from "../model/grid.ts";
import { defined } from "./fixtures.test-support.ts";
import { formatIssue, isKnownIssueCode } from "./format-issue.ts";
import { formatPath, type IssueCode } from "./issues.ts";
import { en } from "./messages.en.ts";
import { fr } from "./messages.fr.ts";
import { fromZodIssues } from "./zod-issues.ts";

/** A value for every parameter any message reads, so each message can be rendered. */
const EVERY_PARAM = {
  found: "}",
  received: "x",
  version: 3,
  supported: 1,
  from: 0,
  to: 1,
  count: 2,
  expected: "string",
  values: "a, b",
  types: "number",
  minimum: 1,
  maximum: 9,
  length: 12,
  gridId: "g",
  id: "i",
  criterionId: "c",
  path: "cycle/c/ratings/r",
  voterId: "v",
  points: 6,
  pointsPerVoter: 5,
  value: 7,
  previous: 8,
  min: 3,
  max: 2,
  scale: "1–4",
  status: "consensus",
  fragment: "deux=Oui",
  kind: "récit",
  firstLine: 4,
  size: 587_202_560,
  limit: 104_857_600,
  byteOrder: "LE",
  start: "=",
  sessionId: "s",
  firstPath: "cycles[0].positions[0]",
  date: "9999-01-01T00:00:00Z",
  reference: "savedAt",
  savedAt: "2026-03-14T18:00:00Z",
  participantId: "p",
  perspective: "external",
  side: "internal",
  groupId: "g",
};

describe("the message catalogues", () => {
  it("render every code in both languages, differently, with nothing left unfilled", () => {
    for (const code of Object.keys(fr) as IssueCode[]) {
      const issue = { path: ["cycles", 0], code, params: EVERY_PARAM };
      const french = formatIssue(issue, "fr");
      const english = formatIssue(issue, "en");
      expect(french).toMatch(/^cycles\[0\] : \S/);
      expect(english).toMatch(/^cycles\[0\]: \S/);
      expect(french).not.toBe(english.replace(": ", " : "));
      expect(`${french} ${english}`).not.toMatch(/undefined|NaN|\[object /);
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it("say what to do, not only what is wrong", () => {
    for (const code of Object.keys(fr) as IssueCode[]) {
      const french = formatIssue({ path: [], code, params: EVERY_PARAM }, "fr");
      const english = formatIssue({ path: [], code, params: EVERY_PARAM }, "en");
      expect(french, code).toContain(" ; ");
      expect(english, code).toContain("; ");
    }
  });

  it("still render an issue whose code they do not know", () => {
    expect(isKnownIssueCode("nope")).toBe(false);
    expect(formatIssue({ path: ["a"], code: "nope" }, "fr")).toBe("a : problème « nope »");
    expect(formatIssue({ path: [], code: "nope" }, "en")).toBe('problem "nope"');
  });
});

describe("formatPath", () => {
  it("writes paths as a developer would read them", () => {
    expect(formatPath(["cycles", 0, "ratings", 12, "value"])).toBe("cycles[0].ratings[12].value");
    expect(formatPath([])).toBe("");
    expect(formatPath([3, "a b", "ok"])).toBe('[3]["a b"].ok');
  });
});

describe("zod's issues in Coéval's words", () => {
  const mapped = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value, { reportInput: true });
    return result.success ? [] : fromZodIssues(result.error.issues);
  };

  it("names missing fields, wrong types and enum values", () => {
    expect(mapped(z.object({ a: z.string(), b: z.number() }), { b: "2" })).toEqual([
      { path: ["a"], code: "value.required" },
      {
        path: ["b"],
        code: "value.invalidType",
        params: { expected: "number", received: "string" },
      },
    ]);
    const [perspective] = mapped(Rating.shape.perspective, "moi");
    expect(formatIssue({ ...defined(perspective), path: ["perspective"] }, "fr")).toBe(
      "perspective : « moi » n'est pas une valeur reconnue ; valeurs possibles : self, peer, external",
    );
  });

  it("lists what a union accepts", () => {
    expect(mapped(Rating.shape.value, "peut-être")).toEqual([
      { path: [], code: "value.noMatch", params: { types: "number", values: "na, dontKnow" } },
    ]);
    expect(formatIssue(defined(mapped(Rating.shape.value, true)[0]), "en")).toBe(
      "unrecognised value; expected a number or one of the values na, dontKnow",
    );
    expect(mapped(Rating.shape.round, 3)).toEqual([
      { path: [], code: "value.invalidEnum", params: { values: "1, 2", received: "3" } },
    ]);
    expect(mapped(Indicator, { id: "a", label: "b" })).toEqual([
      { path: ["kind"], code: "value.required" },
    ]);
    expect(mapped(Indicator, { id: "a", label: "b", kind: "jauge" })).toEqual([
      {
        path: ["kind"],
        code: "value.invalidEnum",
        params: { values: "scale, yesPartlyNo, quantitative, narrative", received: "jauge" },
      },
    ]);
  });

  it("recognises ids, dates, UUIDs, colours, lengths and integers", () => {
    const codes = (schema: z.ZodType, value: unknown) =>
      mapped(schema, value).map((issue) => issue.code);
    expect(codes(Id, "é t é")).toEqual(["format.id"]);
    expect(codes(Id, "")).toEqual(["string.empty"]);
    expect(codes(z.iso.date(), "2026-02-30")).toEqual(["format.date"]);
    expect(codes(z.iso.datetime({ offset: true }), "demain")).toEqual(["format.dateTime"]);
    expect(codes(z.uuid(), "1234")).toEqual(["format.uuid"]);
    expect(codes(ScaleLevel.shape.colour, "rouge")).toEqual(["format.colour"]);
    expect(codes(ScaleLevel.shape.value, 1.5)).toEqual(["number.notInteger"]);
    expect(codes(ScaleLevel.shape.value, 101)).toEqual(["number.tooBig"]);
    expect(codes(ScaleLevel.shape.value, -101)).toEqual(["number.tooSmall"]);
    expect(codes(z.string().max(3), "abcd")).toEqual(["string.tooLong"]);
    expect(codes(z.string().min(3), "ab")).toEqual(["string.tooShort"]);
    expect(codes(z.array(z.number()).min(2), [1])).toEqual(["array.tooShort"]);
    expect(codes(z.array(z.number()).max(1), [1, 2])).toEqual(["array.tooLong"]);
    expect(codes(z.string().regex(/^a+$/), "b")).toEqual(["format.pattern"]);
  });

  it("says a number is out of range rather than that a number is not a number", () => {
    const codes = (schema: z.ZodType, value: unknown) =>
      mapped(schema, value).map((issue) => issue.code);
    expect(codes(z.number(), Number.POSITIVE_INFINITY)).toEqual(["number.outOfRange"]);
    expect(codes(ScaleLevel.shape.value, Number.NEGATIVE_INFINITY)).toEqual(["number.outOfRange"]);
    expect(codes(Rating.shape.value, Number.POSITIVE_INFINITY)).toEqual(["number.outOfRange"]);
    expect(codes(Rating.shape.round, Number.POSITIVE_INFINITY)).toEqual(["number.outOfRange"]);
    expect(codes(z.number(), Number.NaN)).toEqual(["number.notANumber"]);
    expect(formatIssue({ path: ["value"], code: "number.outOfRange" }, "en")).not.toMatch(
      /expected a number/,
    );
  });
});
