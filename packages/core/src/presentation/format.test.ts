import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatterFor } from "./format.ts";

const fr = formatterFor("fr");
const en = formatterFor("en");

/** The whole number a formatted percentage shows, whatever space French puts before "%". */
function percentDigits(text: string): number {
  const match = /^(\d+)[\u00a0\u202f]?%$/.exec(text);
  if (match === null) throw new Error(`not a whole percentage: ${JSON.stringify(text)}`);
  return Number(match[1]);
}

describe("formatterFor", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("gives the same formatter to every caller of a language", () => {
    expect(formatterFor("fr")).toBe(fr);
    expect(formatterFor("en")).toBe(en);
    expect(fr.locale).toBe("fr-FR");
    expect(en.locale).toBe("en-GB");
  });

  it("builds no Intl object per value formatted", () => {
    const numberFormat = vi.spyOn(Intl, "NumberFormat");
    const dateTimeFormat = vi.spyOn(Intl, "DateTimeFormat");
    const pluralRules = vi.spyOn(Intl, "PluralRules");
    for (const f of [formatterFor("fr"), formatterFor("en")]) {
      for (let i = 0; i < 20; i++) {
        f.number(i / 3);
        f.integer(i * 1000);
        f.percent(i / 20);
        f.measure(i / 7);
        f.date("2026-03-01");
        f.dateTime("2026-03-01T10:00:00Z");
        f.count(i, { one: "personne", other: "personnes" });
        f.medianInWords(i / 2);
      }
    }
    expect(numberFormat).not.toHaveBeenCalled();
    expect(dateTimeFormat).not.toHaveBeenCalled();
    expect(pluralRules).not.toHaveBeenCalled();
  });
});

describe("numbers", () => {
  it("writes decimals the way each language does, with at most two", () => {
    expect(fr.number(2.5)).toBe("2,5");
    expect(en.number(2.5)).toBe("2.5");
    expect(fr.number(2.756)).toBe("2,76");
    expect(en.number(3)).toBe("3");
    expect(fr.number(1234.5)).toBe("1\u202f234,5");
    expect(en.number(1234.5)).toBe("1,234.5");
  });

  it("rounds integers and groups their thousands", () => {
    expect(fr.integer(12345)).toBe("12\u202f345");
    expect(en.integer(12345)).toBe("12,345");
    expect(fr.integer(2.6)).toBe("3");
  });

  it("keeps a measured value as recorded", () => {
    expect(fr.measure(0.123456)).toBe("0,123456");
    expect(en.measure(1555.5)).toBe("1,555.5");
  });

  it("gives zero no sign", () => {
    expect(fr.number(-0)).toBe("0");
    expect(en.percent(-0)).toBe("0%");
  });
});

describe("percent", () => {
  it("writes a consensus of 0.8 as a whole percentage in both languages", () => {
    expect(fr.percent(0.8)).toMatch(/^80[\u00a0\u202f]%$/);
    expect(en.percent(0.8)).toBe("80%");
    expect(percentDigits(fr.percent(0.825))).toBe(83);
    expect(en.percent(1)).toBe("100%");
  });

  it("shows every share from 0 to 1 as the whole percentage nearest to it", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        for (const f of [fr, en]) {
          const digits = percentDigits(f.percent(share));
          expect(Math.abs(digits - share * 100)).toBeLessThanOrEqual(0.5 + 1e-9);
          expect(digits).toBeGreaterThanOrEqual(0);
          expect(digits).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("never shows a larger share as a smaller percentage", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(percentDigits(fr.percent(low))).toBeLessThanOrEqual(
            percentDigits(fr.percent(high)),
          );
        },
      ),
    );
  });
});

describe("dates", () => {
  it("shows a calendar date as that day, never the day before", () => {
    // Printed in the platform's zone, midnight UTC would be 28 February west of Greenwich.
    expect(fr.date("2026-03-01")).toBe("1 mars 2026");
    expect(en.date("2026-03-01")).toBe("1 March 2026");
    expect(fr.date("2026-12-31")).toBe("31 décembre 2026");
    expect(en.date("2027-01-01")).toBe("1 January 2027");
  });

  it("gives a cycle's period as one range", () => {
    expect(fr.dateRange("2026-03-12", "2026-06-30")).toBe("12 mars\u2009–\u200930 juin 2026");
    expect(en.dateRange("2026-03-12", "2026-06-30")).toBe("12 March\u2009–\u200930 June 2026");
    expect(fr.dateRange("2026-06-30", "2026-03-12")).toBe("30 juin 2026 – 12 mars 2026");
    expect(fr.dateRange("2026-03-01", undefined)).toBe("1 mars 2026");
    expect(en.dateRange(undefined, "2026-03-01")).toBe("1 March 2026");
    expect(fr.dateRange(undefined, undefined)).toBeNull();
  });

  it("writes a moment with its day and time", () => {
    // On the reader's clock: the day and hour depend on the machine's zone (UTC−12 to UTC+14).
    expect(fr.dateTime("2026-11-22T12:25:00Z")).toMatch(/^2[23] novembre 2026 à \d{2}:\d{2}$/);
    expect(en.dateTime("2026-11-22T12:25:00Z")).toMatch(/^2[23] November 2026 at \d{2}:\d{2}$/);
    expect(fr.date("2026-11-22T12:25:00Z")).toMatch(/^2[23] novembre 2026$/);
  });
});

describe("plurals and counts", () => {
  it("agrees the word with the count by each language's rules", () => {
    const personnes = { one: "personne", other: "personnes" };
    const people = { one: "person", other: "people" };
    expect(fr.count(1, personnes)).toBe("1 personne");
    expect(fr.count(2, personnes)).toBe("2 personnes");
    // French singular covers 0; English does not.
    expect(fr.count(0, personnes)).toBe("0 personne");
    expect(en.count(0, people)).toBe("0 people");
    expect(en.count(1, people)).toBe("1 person");
    expect(en.count(2, people)).toBe("2 people");
    expect(fr.count(12345, personnes)).toBe("12\u202f345 personnes");
  });

  it("puts the count where the message says, and uses French 'many' for round millions", () => {
    expect(fr.plural(3, { one: "# cycle", other: "# cycles" })).toBe("3 cycles");
    expect(en.plural(1, { one: "# cycle", other: "# cycles" })).toBe("1 cycle");
    const ratings = { one: "positionnement", other: "positionnements", many: "de positionnements" };
    expect(fr.count(1_000_000, ratings)).toBe("1\u202f000\u202f000 de positionnements");
    expect(en.plural(2, { other: "# ratings" })).toBe("2 ratings");
  });

  it("lists in the language", () => {
    expect(fr.list(["a", "b", "c"])).toBe("a, b et c");
    expect(en.list(["a", "b", "c"])).toBe("a, b and c");
  });
});

describe("medianInWords", () => {
  it("names the two levels a median falls between", () => {
    expect(fr.medianInWords(2.5)).toBe("entre 2 et 3");
    expect(en.medianInWords(2.5)).toBe("between 2 and 3");
    expect(fr.medianInWords(3)).toBe("3");
    expect(en.medianInWords(-0.5)).toBe("between -1 and 0");
  });

  it("takes the neighbours from the scale's levels when it has gaps", () => {
    expect(fr.medianInWords(2.5, [1, 4, 7])).toBe("entre 1 et 4");
    expect(en.medianInWords(4, [1, 4, 7])).toBe("4");
    expect(en.medianInWords(5.5, [0, 5, 10])).toBe("between 5 and 10");
  });
});
