/**
 * How every front writes a domain value (numbers, shares, dates, counts) in French or
 * English: the app, the PDF report and the command line all call `formatterFor`, so a
 * consensus of 0.8 reads "80 %" everywhere. The Intl objects are built once per language
 * and shared: building one costs far more than using it.
 */
import type { Language } from "../model/common.ts";

export const LOCALES: Readonly<Record<Language, string>> = { fr: "fr-FR", en: "en-GB" };

/**
 * The words of a message by plural category; `other` stands for every category not given
 * (French "many" is for round millions: "1 000 000 de positionnements"). In `plural`, "#"
 * stands for the formatted count.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Formatters bound to one language. */
export interface Formatter {
  readonly language: Language;
  /** BCP 47 tag for documents and `lang` attributes: "fr-FR", "en-GB". */
  readonly locale: string;
  /** A median, quartile, level or gap: at most two decimals, "2,5" / "2.5"; "12 345,6" in French. */
  number(value: number): string;
  /** Rounded to a whole number: counts, n, thresholds. */
  integer(value: number): string;
  /** A measured value as recorded (up to six decimals), so nothing typed is rounded away. */
  measure(value: number): string;
  /** A share or a consensus (0 to 1) as a whole percentage: "80 %" / "80%". */
  percent(share: number): string;
  /**
   * A day: "1 mars 2026" / "1 March 2026". A calendar date ("2026-03-01") is that day
   * wherever the reader is; a date-time is the day on the reader's clock.
   */
  date(iso: string): string;
  /** A moment on the reader's clock: "22 novembre 2026 à 20:25". */
  dateTime(iso: string): string;
  /** "12 mars – 30 juin 2026", one date when only one is known, null when none is. */
  dateRange(start: string | undefined, end: string | undefined): string | null;
  /** The form agreeing with `count`, "#" replaced by it: "# personne" → "1 personne". */
  plural(count: number, forms: PluralForms): string;
  /** The count then the agreeing word: "1 personne", "2 personnes" / "1 person", "2 people". */
  count(count: number, forms: PluralForms): string;
  /** "a, b et c" / "a, b and c". */
  list(items: readonly string[]): string;
  /**
   * A median as words: the level itself ("3"), or the two levels it falls between ("entre
   * 2 et 3"). With the scale's level values, the neighbours are levels of that scale.
   */
  medianInWords(median: number, levelValues?: readonly number[]): string;
}

const BETWEEN: Readonly<Record<Language, (low: string, high: string) => string>> = {
  fr: (low, high) => `entre ${low} et ${high}`,
  en: (low, high) => `between ${low} and ${high}`,
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight UTC of a calendar date: formatted in UTC it is that day, in every time zone. */
function calendarDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** -0 prints "-0": a zero gap or share has no sign. */
function unsigned(value: number): number {
  return value === 0 ? 0 : value;
}

function createFormatter(language: Language): Formatter {
  const locale = LOCALES[language];
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const integers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const measures = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const percents = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  // A calendar date has no time zone: printed in UTC, its midnight UTC never moves a day.
  const calendarDates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  // A moment is shown as the reader's clock shows it (the platform's time zone).
  const momentDates = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const moments = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  const plurals = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const between = BETWEEN[language];

  const number = (value: number) => numbers.format(unsigned(value));
  const integer = (value: number) => integers.format(unsigned(value));
  const date = (iso: string) =>
    CALENDAR_DATE.test(iso)
      ? calendarDates.format(calendarDay(iso))
      : momentDates.format(new Date(iso));
  const plural = (count: number, forms: PluralForms) =>
    (forms[plurals.select(count)] ?? forms.other).replaceAll("#", integer(count));

  return {
    language,
    locale,
    number,
    integer,
    measure: (value) => measures.format(unsigned(value)),
    percent: (share) => percents.format(unsigned(share)),
    date,
    dateTime: (iso) => moments.format(new Date(iso)),
    dateRange(start, end) {
      if (start !== undefined && end !== undefined) {
        const first = calendarDay(start);
        const last = calendarDay(end);
        return first <= last
          ? calendarDates.formatRange(first, last)
          : `${date(start)} – ${date(end)}`;
      }
      if (start !== undefined) return date(start);
      if (end !== undefined) return date(end);
      return null;
    },
    plural,
    count: (count, forms) => `${integer(count)} ${plural(count, forms)}`,
    list: (items) => lists.format(items),
    medianInWords(median, levelValues) {
      const onLevel =
        levelValues === undefined ? Number.isInteger(median) : levelValues.includes(median);
      if (onLevel) return number(median);
      const below = (levelValues ?? []).filter((value) => value < median);
      const above = (levelValues ?? []).filter((value) => value > median);
      const low = below.length > 0 ? Math.max(...below) : Math.floor(median);
      const high = above.length > 0 ? Math.min(...above) : Math.ceil(median);
      return between(number(low), number(high));
    },
  };
}

const formatters = new Map<Language, Formatter>();

/** The formatter of a language, built on first use and then shared by every caller. */
export function formatterFor(language: Language): Formatter {
  let formatter = formatters.get(language);
  if (formatter === undefined) {
    formatter = createFormatter(language);
    formatters.set(language, formatter);
  }
  return formatter;
}
