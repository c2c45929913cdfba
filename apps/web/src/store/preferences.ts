import type { Language } from "@coeval/core";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

/** UI preferences only: domain data lives in the workspace repository, never here. */
export interface Preferences {
  language: Language;
  setLanguage(language: Language): void;
}

export const PREFERENCES_KEY = "coeval.preferences";

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      language: "fr",
      setLanguage: (language) => set({ language }),
    }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ language: state.language }),
      // A hand-edited or stale value falls back to French rather than breaking the app.
      merge: (persisted, current) => {
        const language = (persisted as { language?: unknown } | undefined)?.language;
        return { ...current, language: language === "en" ? "en" : "fr" };
      },
    },
  ),
);
