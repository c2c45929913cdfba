import {
  type ActionStatus,
  type CycleStatus,
  formatterFor,
  LABELS,
  type Language,
  type SessionKind,
} from "@coeval/core";
import { usePreferences } from "../../store/preferences.ts";

const f = formatterFor("fr");
const e = formatterFor("en");

/** The cycle screens' own strings: list, set-up, sessions, recommendations and action plan. */
export const fr = {
  title: "Cycles d'évaluation",
  intro:
    "Un cycle, c'est une campagne d'évaluation sur une version adoptée de la grille : des séances, des positionnements, des positions collectives, puis un plan de progrès.",
  none: "Aucun cycle pour l'instant.",
  open: (name: string) => `Ouvrir le cycle « ${name} »`,
  newTitle: "Nouveau cycle",
  noAdoptedGrid:
    "Aucune grille adoptée dans cet espace. Un cycle s'appuie sur une version adoptée de la grille, qui ne changera plus : adoptez d'abord une grille.",
  gridsLink: "Aller aux grilles",
  noGroups:
    "Ajoutez d'abord les groupes de parties prenantes de la structure : les regards seront comparés groupe par groupe.",
  structureLink: "Aller à la structure",
  grid: "Grille (version adoptée)",
  gridOption: (name: string, version: number) => `${name} — version ${f.number(version)}`,
  organisation: "Structure",
  create: "Créer le cycle",
  defaultName: (year: number) => `Évaluation ${year}`,
  summary: (participants: number, sessions: number) =>
    `${f.plural(participants, { one: "# participant", other: "# participants" })}, ${f.plural(sessions, { one: "# séance", other: "# séances" })}`,
  notFound: "Ce cycle n'existe pas (ou sa grille, ou sa structure, manque).",
  backToList: "Tous les cycles",

  setupTitle: "Préparer le cycle",
  details: "Le cycle",
  name: "Nom",
  mode: "Démarche",
  status: "État",
  purpose: "Pourquoi évaluer ?",
  purposeHint: "Ce que la structure veut apprendre ou décider grâce à cette évaluation.",
  evaluativeQuestion: "Question évaluative",
  evaluativeQuestionHint: "Par exemple : en quoi sommes-nous utiles à notre quartier ?",
  startDate: "Début",
  endDate: "Fin",
  pinnedGrid: (name: string, version: number) =>
    `Grille : ${name}, version ${f.number(version)} (figée pour ce cycle)`,
  threshold: "Seuil d'anonymat",
  thresholdHint:
    "Les résultats d'un groupe ne s'affichent que si au moins ce nombre de ses membres se sont positionnés, pour que personne ne puisse deviner la réponse d'un autre.",
  thresholdInvalid: "Un nombre entier entre 1 et 100.",
  anonymityOff: "Anonymat désactivé : chaque réponse peut être lue",
  singleThresholdPending:
    "Un seuil de 1 désactive l'anonymat : quittez le champ ou appuyez sur Entrée pour confirmer ce choix.",
  singleThresholdTitle: "Désactiver l'anonymat ?",
  singleThresholdBody:
    "Avec un seuil de 1, les résultats d'un groupe s'affichent dès qu'une seule personne s'est positionnée : chaque réponse peut être lue, à l'écran, dans les exports et dans le rapport. Ne le choisissez que si chacun a accepté de se positionner à visage découvert.",
  singleThresholdConfirm: "Désactiver l'anonymat",
  previousCycle: "Cycle précédent",
  previousCycleHint: "Pour suivre les progrès et les actions décidées la dernière fois.",
  noPreviousCycle: "Aucun",
  modes: LABELS.fr.modes,
  statuses: {
    planned: "En préparation",
    inProgress: "En cours",
    closed: "Clos",
  } satisfies Record<CycleStatus, string>,

  participants: "Participants du cycle",
  participantsIntro:
    "Les personnes qui se positionnent, sous un pseudonyme, rangées par groupe de parties prenantes.",
  participantCount: (count: number) =>
    f.plural(count, { one: "# participant", other: "# participants" }),
  fromRoster: "Depuis la liste de la structure",
  addFromRoster: (count: number) =>
    f.plural(count, {
      one: "Ajouter la personne de la liste",
      other: "Ajouter les # personnes de la liste",
    }),
  rosterAllIn: "Toute la liste de la structure est déjà dans ce cycle.",
  newParticipant: "Nouveau participant",
  pseudonym: "Pseudonyme",
  group: "Groupe",
  addParticipant: "Ajouter",
  defaultPseudonym: (n: number) => `Participant ${f.number(n)}`,
  removeParticipant: (pseudonym: string) => `Retirer ${pseudonym}`,
  smallGroup: (label: string, count: number, threshold: number) =>
    `${label} : ${f.plural(count, { one: "# personne", other: "# personnes" })}, moins que le seuil de ${f.number(threshold)}. Ses résultats ne seront jamais affichés à part ; ils comptent dans le total.`,
  noParticipants: "Aucun participant pour l'instant.",
  groupMembers: (label: string, count: number) =>
    `${label} (${f.plural(count, { one: "# personne", other: "# personnes" })})`,

  sessions: "Séances",
  sessionsIntro:
    "Chaque séance parcourt des critères dans un ordre choisi, avec les personnes présentes.",
  noSessions: "Aucune séance pour l'instant.",
  newSession: "Nouvelle séance",
  addSession: "Ajouter la séance",
  sessionKind: "Type",
  sessionKinds: {
    workshop: "Atelier",
    visit: "Visite",
    committee: "Comité",
    other: "Autre",
  } satisfies Record<SessionKind, string>,
  sessionTitle: "Titre",
  date: "Date",
  place: "Lieu",
  facilitator: "Animation",
  present: "Présents",
  presentHint: "Personne cochée : tout le monde est attendu.",
  criteria: "Critères parcourus, dans l'ordre",
  criteriaHint: "Aucun coché : toute la grille, dans son ordre.",
  moveUp: (label: string) => `Monter « ${label} »`,
  moveDown: (label: string) => `Descendre « ${label} »`,
  sessionHeading: (kind: string, date: string) => `${kind} du ${date}`,
  sessionSummary: (present: number, criteria: number) =>
    `${f.plural(present, { one: "# présent", other: "# présents" })}, ${f.plural(criteria, { one: "# critère", other: "# critères" })}`,
  run: "Animer la séance",
  resume: "Reprendre la séance",
  removeSession: "Retirer la séance",
  edit: "Modifier",
  done: "Terminé",

  planTitle: "Recommandations et plan d'action",
  planLink: "Recommandations et plan d'action",
  planIntro:
    "Des actions de progrès, pour améliorer et jamais pour sanctionner : qui s'en charge, pour quand, et comment on saura que ça a marché.",
  recommendations: "Recommandations",
  noRecommendations: "Aucune recommandation pour l'instant.",
  newRecommendation: "Nouvelle recommandation",
  recommendationText: "Recommandation",
  addRecommendation: "Ajouter la recommandation",
  removeRecommendation: "Retirer la recommandation",
  linkedCriteria: "Critères concernés",
  actions: "Plan d'action",
  noActions: "Aucune action pour l'instant.",
  newAction: "Nouvelle action",
  actionTitle: "Action",
  addAction: "Ajouter l'action",
  removeAction: (title: string) => `Retirer l'action « ${title} »`,
  owner: "Qui s'en charge",
  dueDate: "Échéance",
  actionStatus: "Avancement",
  successSignal: "Comment saurons-nous que ça a marché ?",
  description: "Précisions",
  fromRecommendation: "Suite à la recommandation",
  noRecommendation: "Aucune",
  actionStatuses: {
    planned: "Prévue",
    inProgress: "En cours",
    done: "Faite",
    abandoned: "Abandonnée",
  } satisfies Record<ActionStatus, string>,
  followUps: "Suivi",
  noFollowUps: "Pas encore de suivi.",
  followUpNote: "Où en est-on ?",
  followUpStatus: "Nouvel avancement",
  unchanged: "Inchangé",
  addFollowUp: "Noter le suivi",
  followUpLine: (date: string, note: string) => `${date} : ${note}`,
  criteriaOf: (labels: string) => `Critères : ${labels}`,
  remove: "Retirer",
  refused: "Non enregistré :",
};

export type CycleMessages = Widen<typeof fr>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export const en = {
  title: "Evaluation cycles",
  intro:
    "A cycle is one evaluation campaign on an adopted version of the grid: sessions, ratings, collective positions, then a progress plan.",
  none: "No cycle yet.",
  open: (name: string) => `Open the cycle “${name}”`,
  newTitle: "New cycle",
  noAdoptedGrid:
    "No adopted grid in this workspace. A cycle rests on an adopted version of the grid, which will not change any more: adopt a grid first.",
  gridsLink: "Go to the grids",
  noGroups:
    "First add the organisation's stakeholder groups: views will be compared group by group.",
  structureLink: "Go to the organisation",
  grid: "Grid (adopted version)",
  gridOption: (name: string, version: number) => `${name} — version ${e.number(version)}`,
  organisation: "Organisation",
  create: "Create the cycle",
  defaultName: (year: number) => `Evaluation ${year}`,
  summary: (participants: number, sessions: number) =>
    `${e.plural(participants, { one: "# participant", other: "# participants" })}, ${e.plural(sessions, { one: "# session", other: "# sessions" })}`,
  notFound: "This cycle does not exist (or its grid, or its organisation, is missing).",
  backToList: "All cycles",

  setupTitle: "Prepare the cycle",
  details: "The cycle",
  name: "Name",
  mode: "Approach",
  status: "Status",
  purpose: "Why evaluate?",
  purposeHint: "What the organisation wants to learn or decide through this evaluation.",
  evaluativeQuestion: "Evaluative question",
  evaluativeQuestionHint: "For example: in what ways are we useful to our neighbourhood?",
  startDate: "Start",
  endDate: "End",
  pinnedGrid: (name: string, version: number) =>
    `Grid: ${name}, version ${e.number(version)} (fixed for this cycle)`,
  threshold: "Anonymity threshold",
  thresholdHint:
    "A group's results are shown only when at least this many of its members have rated, so nobody can guess anyone else's answer.",
  thresholdInvalid: "A whole number between 1 and 100.",
  anonymityOff: "Anonymity off: every answer can be read",
  singleThresholdPending:
    "A threshold of 1 turns anonymity off: leave the field or press Enter to confirm this choice.",
  singleThresholdTitle: "Turn anonymity off?",
  singleThresholdBody:
    "With a threshold of 1, a group's results are shown as soon as one person has rated: every answer can be read, on screen, in the exports and in the report. Choose it only if everyone agreed to rate openly.",
  singleThresholdConfirm: "Turn anonymity off",
  previousCycle: "Previous cycle",
  previousCycleHint: "To follow progress and the actions decided last time.",
  noPreviousCycle: "None",
  modes: LABELS.en.modes,
  statuses: {
    planned: "Being prepared",
    inProgress: "Under way",
    closed: "Closed",
  },

  participants: "Participants of the cycle",
  participantsIntro: "The people who rate, under a pseudonym, sorted by stakeholder group.",
  participantCount: (count: number) =>
    e.plural(count, { one: "# participant", other: "# participants" }),
  fromRoster: "From the organisation's list",
  addFromRoster: (count: number) =>
    e.plural(count, {
      one: "Add the person on the list",
      other: "Add the # people on the list",
    }),
  rosterAllIn: "Everyone on the organisation's list is already in this cycle.",
  newParticipant: "New participant",
  pseudonym: "Pseudonym",
  group: "Group",
  addParticipant: "Add",
  defaultPseudonym: (n: number) => `Participant ${e.number(n)}`,
  removeParticipant: (pseudonym: string) => `Remove ${pseudonym}`,
  smallGroup: (label: string, count: number, threshold: number) =>
    `${label}: ${e.plural(count, { one: "# person", other: "# people" })}, fewer than the threshold of ${e.number(threshold)}. Its results will never be shown on their own; they count in the total.`,
  noParticipants: "No participant yet.",
  groupMembers: (label: string, count: number) =>
    `${label} (${e.plural(count, { one: "# person", other: "# people" })})`,

  sessions: "Sessions",
  sessionsIntro: "Each session goes through criteria in a chosen order, with the people present.",
  noSessions: "No session yet.",
  newSession: "New session",
  addSession: "Add the session",
  sessionKind: "Kind",
  sessionKinds: {
    workshop: "Workshop",
    visit: "Visit",
    committee: "Committee",
    other: "Other",
  },
  sessionTitle: "Title",
  date: "Date",
  place: "Place",
  facilitator: "Facilitator",
  present: "Present",
  presentHint: "Nobody ticked: everyone is expected.",
  criteria: "Criteria covered, in order",
  criteriaHint: "None ticked: the whole grid, in its order.",
  moveUp: (label: string) => `Move “${label}” up`,
  moveDown: (label: string) => `Move “${label}” down`,
  sessionHeading: (kind: string, date: string) => `${kind} on ${date}`,
  sessionSummary: (present: number, criteria: number) =>
    `${e.plural(present, { one: "# present", other: "# present" })}, ${e.plural(criteria, { one: "# criterion", other: "# criteria" })}`,
  run: "Run the session",
  resume: "Resume the session",
  removeSession: "Remove the session",
  edit: "Edit",
  done: "Done",

  planTitle: "Recommendations and action plan",
  planLink: "Recommendations and action plan",
  planIntro:
    "Progress actions, to improve and never to punish: who takes it on, by when, and how we will know it worked.",
  recommendations: "Recommendations",
  noRecommendations: "No recommendation yet.",
  newRecommendation: "New recommendation",
  recommendationText: "Recommendation",
  addRecommendation: "Add the recommendation",
  removeRecommendation: "Remove the recommendation",
  linkedCriteria: "Criteria concerned",
  actions: "Action plan",
  noActions: "No action yet.",
  newAction: "New action",
  actionTitle: "Action",
  addAction: "Add the action",
  removeAction: (title: string) => `Remove the action “${title}”`,
  owner: "Who takes it on",
  dueDate: "Due date",
  actionStatus: "Progress",
  successSignal: "How will we know it worked?",
  description: "Details",
  fromRecommendation: "Following the recommendation",
  noRecommendation: "None",
  actionStatuses: {
    planned: "Planned",
    inProgress: "Under way",
    done: "Done",
    abandoned: "Abandoned",
  },
  followUps: "Follow-up",
  noFollowUps: "No follow-up yet.",
  followUpNote: "Where are we?",
  followUpStatus: "New progress",
  unchanged: "Unchanged",
  addFollowUp: "Note the follow-up",
  followUpLine: (date: string, note: string) => `${date}: ${note}`,
  criteriaOf: (labels: string) => `Criteria: ${labels}`,
  remove: "Remove",
  refused: "Not saved:",
} satisfies CycleMessages;

export const cycleMessages: Record<Language, CycleMessages> = { fr, en };

export function useCycleMessages(): CycleMessages {
  return cycleMessages[usePreferences((state) => state.language)];
}
