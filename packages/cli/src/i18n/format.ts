export type CliLanguage = "fr" | "en";

export const CLI_LANGUAGES: readonly CliLanguage[] = ["fr", "en"];

export function isCliLanguage(value: string | undefined): value is CliLanguage {
  return value === "fr" || value === "en";
}

/** The forms of a word by plural category; `other` is used for any category not given. */
export interface PluralForms {
  one: string;
  other: string;
  /** French uses it for round millions ("1 000 000 de positionnements"). */
  many?: string;
}

/** Number and plural formatting in one language, handed to every message of the catalogue. */
export interface Formatter {
  language: CliLanguage;
  number: (value: number, maximumFractionDigits?: number) => string;
  /** Always `digits` decimals ("0,80"), for figures read down a column. */
  fixed: (value: number, digits: number) => string;
  /** The form of the word that agrees with `count`, without the number. */
  plural: (count: number, forms: PluralForms) => string;
  /** "412 positionnements", "1 grille". */
  count: (count: number, forms: PluralForms) => string;
  /** "a, b et c" / "a, b and c". */
  list: (items: readonly string[]) => string;
}

export function createFormatter(language: CliLanguage): Formatter {
  const locale = language === "fr" ? "fr-FR" : "en-GB";
  const pluralRules = new Intl.PluralRules(locale);
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const listFormat = new Intl.ListFormat(locale, { type: "conjunction" });

  const numberFormat = (minimumFractionDigits: number, maximumFractionDigits: number) => {
    const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits });
      numberFormats.set(key, format);
    }
    return format;
  };
  const number = (value: number, maximumFractionDigits = 2): string =>
    numberFormat(0, maximumFractionDigits).format(value);
  const plural = (count: number, forms: PluralForms): string => {
    const category = pluralRules.select(count);
    if (category === "one") return forms.one;
    if (category === "many" && forms.many !== undefined) return forms.many;
    return forms.other;
  };
  return {
    language,
    number,
    fixed: (value, digits) => numberFormat(digits, digits).format(value),
    plural,
    count: (count, forms) => `${number(count)} ${plural(count, forms)}`,
    list: (items) => listFormat.format(items),
  };
}
