import { Language } from "@coeval/core";
import { useI18n } from "../i18n/index.tsx";
import { usePreferences } from "../store/preferences.ts";
import { routeHref } from "./routes.ts";

export function Header() {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <a className="brand" href={routeHref({ screen: "home" })}>
          <span className="brand-name">{t.app.name}</span>
          <span className="brand-tagline">{t.app.tagline}</span>
        </a>
        <LanguageSwitch />
      </div>
    </header>
  );
}

/** French or English for the whole app, remembered on the device. */
export function LanguageSwitch() {
  const { t, language } = useI18n();
  const setLanguage = usePreferences((state) => state.setLanguage);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t.app.language}</legend>
      {Language.options.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {t.languages[option]}
        </button>
      ))}
    </fieldset>
  );
}
