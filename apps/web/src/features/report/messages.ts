import { LABELS, type Language, type ReportAudience, type ReportSectionId } from "@coeval/core";
import { usePreferences } from "../../store/preferences.ts";

/** The report dialog's texts in French: the source. `en` must have the same shape. */
export const fr = {
  download: "Télécharger le rapport",
  title: "Télécharger le rapport (PDF)",
  audience: "Pour qui ?",
  audiences: LABELS.fr.audiences,
  audienceHints: {
    internal:
      "Tout, avec les commentaires et les noms des personnes qui l'ont accepté ; petits groupes masqués.",
    partners:
      "Pour les partenaires, le réseau, les financeurs : sans commentaires ni noms, petits groupes masqués, seuls les récits dont la diffusion publique est autorisée.",
  } satisfies Record<ReportAudience, string>,
  sections: "Sections",
  allSections: "Toutes",
  noSections: "Aucune",
  pickOne: "Choisissez au moins une section.",
  language: "Le rapport est rédigé en français, la langue de l'application.",
  confirm: "Télécharger",
  cancel: "Annuler",
  preparing: "Préparation du rapport…",
  done: (fileName: string) => `Rapport « ${fileName} » téléchargé.`,
  failed:
    "Le rapport n'a pas pu être produit. Réessayez ; si le problème continue, exportez l'espace de travail.",
  sectionLabels: {
    cover: "Couverture",
    context: "Contexte et portrait de la structure",
    purpose: "Objet de l'évaluation",
    method: "Méthode",
    profile: "Profil par dimension",
    criteria: "Critères et positions collectives",
    divergences: "Divergences à discuter",
    indicators: "Indicateurs chiffrés",
    stories: "Récits et témoignages",
    strengthsWeaknesses: "Points forts et points faibles",
    opinion: "Avis motivé",
    actions: "Recommandations et plan d'action",
    progress: "Progrès depuis le cycle précédent",
    annex: "Annexe : la grille",
  } satisfies Record<ReportSectionId, string>,
};

export type ReportDialogMessages = typeof fr;

export const en = {
  download: "Download the report",
  title: "Download the report (PDF)",
  audience: "Who is it for?",
  audiences: LABELS.en.audiences,
  audienceHints: {
    internal: "Everything, with comments and the names of people who agreed; small groups hidden.",
    partners:
      "For partners, the network, funders: no comments or names, small groups hidden, only stories cleared for public use.",
  },
  sections: "Sections",
  allSections: "All",
  noSections: "None",
  pickOne: "Choose at least one section.",
  language: "The report is written in English, the app's language.",
  confirm: "Download",
  cancel: "Cancel",
  preparing: "Preparing the report…",
  done: (fileName: string) => `Report “${fileName}” downloaded.`,
  failed: "The report could not be produced. Try again; if it keeps failing, export the workspace.",
  sectionLabels: {
    cover: "Cover",
    context: "Context and portrait of the organisation",
    purpose: "Purpose of the evaluation",
    method: "Method",
    profile: "Profile by dimension",
    criteria: "Criteria and collective positions",
    divergences: "Divergences worth discussing",
    indicators: "Quantitative indicators",
    stories: "Stories and testimonies",
    strengthsWeaknesses: "Strengths and weaknesses",
    opinion: "Reasoned opinion",
    actions: "Recommendations and action plan",
    progress: "Progress since the previous cycle",
    annex: "Annex: the grid",
  },
} satisfies ReportDialogMessages;

const catalogues: Record<Language, ReportDialogMessages> = { fr, en };

export function useReportMessages(): ReportDialogMessages {
  return catalogues[usePreferences((state) => state.language)];
}
