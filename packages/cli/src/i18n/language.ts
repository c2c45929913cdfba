export type CliLanguage = "fr" | "en";

export const CLI_LANGUAGES: readonly CliLanguage[] = ["fr", "en"];

export function isCliLanguage(value: string | undefined): value is CliLanguage {
  return value === "fr" || value === "en";
}
