import { type Formatter, formatterFor, type Language } from "@coeval/core";
import { useEffect } from "react";
import { usePreferences } from "../store/preferences.ts";
import { en } from "./en.ts";
import { fr, type Messages } from "./fr.ts";

export type { Formatter } from "@coeval/core";
export type { Messages } from "./fr.ts";

export const catalogues: Record<Language, Messages> = { fr, en };

export interface I18n {
  language: Language;
  t: Messages;
  /** Every domain value is written by core's formatter: the same as in the PDF and the CLI. */
  format: Formatter;
}

export function i18nFor(language: Language): I18n {
  return { language, t: catalogues[language], format: formatterFor(language) };
}

/** The current language's messages and formatters; re-renders when the language changes. */
export function useI18n(): I18n {
  const language = usePreferences((state) => state.language);
  return i18nFor(language);
}

/** Keeps `<html lang>` and the document title in step with the chosen language. */
export function useDocumentLanguage(): void {
  const { language, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t.app.name} · ${t.app.tagline}`;
  }, [language, t]);
}
