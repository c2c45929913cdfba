import type { Language } from "@coeval/core";

export const LOCALES: Record<Language, string> = { fr: "fr-FR", en: "en-GB" };

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Number, plural and date helpers bound to one language; built once per language. */
export interface Formatters {
  language: Language;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** Picks the form for `count` by the language's plural rules ("#" stands for the formatted count). */
  plural(count: number, forms: PluralForms): string;
  /** A calendar date, e.g. "22 novembre 2026". */
  date(value: string | Date): string;
  /** A date and time, e.g. "22 novembre 2026 à 20:25". */
  dateTime(value: string | Date): string;
  /** A list, e.g. "salariés, bénévoles et usagers". */
  list(items: readonly string[]): string;
}

const cache = new Map<Language, Formatters>();

export function formatters(language: Language): Formatters {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = LOCALES[language];
  const pluralRules = new Intl.PluralRules(locale);
  const integer = new Intl.NumberFormat(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  const listFormat = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const toDate = (value: string | Date) => (typeof value === "string" ? new Date(value) : value);
  const created: Formatters = {
    language,
    number: (value, options) =>
      options ? new Intl.NumberFormat(locale, options).format(value) : integer.format(value),
    plural(count, forms) {
      const form = forms[pluralRules.select(count)] ?? forms.other;
      return form.replaceAll("#", integer.format(count));
    },
    date: (value) => dateFormat.format(toDate(value)),
    dateTime: (value) => dateTimeFormat.format(toDate(value)),
    list: (items) => listFormat.format(items),
  };
  cache.set(language, created);
  return created;
}
