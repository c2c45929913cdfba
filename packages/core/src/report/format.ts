/** Numbers, dates and plurals in the report's language, with the platform's Intl. */
import type { ReportLanguage } from "./types.ts";

export const LOCALES: Record<ReportLanguage, string> = { fr: "fr-FR", en: "en-GB" };

export interface PluralForms {
  one: string;
  other: string;
}

/** Formatters bound to one language. French numbers: "12 345,6" with U+202F between thousands. */
export class ReportFormatter {
  readonly locale: string;
  private readonly integers: Intl.NumberFormat;
  private readonly decimals: Intl.NumberFormat;
  private readonly plain: Intl.NumberFormat;
  private readonly percents: Intl.NumberFormat;
  private readonly longDates: Intl.DateTimeFormat;
  private readonly dateTimes: Intl.DateTimeFormat;
  private readonly plurals: Intl.PluralRules;

  constructor(lang: ReportLanguage) {
    this.locale = LOCALES[lang];
    this.integers = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 0 });
    this.decimals = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 });
    this.plain = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 6 });
    this.percents = new Intl.NumberFormat(this.locale, {
      style: "percent",
      maximumFractionDigits: 0,
    });
    // Dates of the file are calendar days: read and print them in UTC so no day shifts.
    this.longDates = new Intl.DateTimeFormat(this.locale, { dateStyle: "long", timeZone: "UTC" });
    this.dateTimes = new Intl.DateTimeFormat(this.locale, {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "UTC",
    });
    this.plurals = new Intl.PluralRules(this.locale);
  }

  integer(value: number): string {
    return this.integers.format(value);
  }

  /** Up to two decimals: medians (2,5), quartiles, consensus (0,82). */
  decimal(value: number): string {
    return this.decimals.format(value);
  }

  /** A measured value as recorded, without rounding it away. */
  measure(value: number): string {
    return this.plain.format(value);
  }

  percent(share: number): string {
    return this.percents.format(share);
  }

  /** "12 mars 2026" from "2026-03-12" (or a date-time). */
  date(iso: string): string {
    return this.longDates.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
  }

  dateTime(iso: string): string {
    return this.dateTimes.format(new Date(iso));
  }

  /** "12 mars – 30 juin 2026", or one date when only one is known. */
  dateRange(start: string | undefined, end: string | undefined): string | null {
    if (start !== undefined && end !== undefined) {
      const a = new Date(`${start}T00:00:00Z`);
      const b = new Date(`${end}T00:00:00Z`);
      return a <= b ? this.longDates.formatRange(a, b) : `${this.date(start)} – ${this.date(end)}`;
    }
    if (start !== undefined) return this.date(start);
    if (end !== undefined) return this.date(end);
    return null;
  }

  /** "1 personne", "3 personnes": the count with the plural form its language asks for. */
  count(value: number, forms: PluralForms): string {
    const form = this.plurals.select(value) === "one" ? forms.one : forms.other;
    return `${this.integer(value)} ${form}`;
  }
}
