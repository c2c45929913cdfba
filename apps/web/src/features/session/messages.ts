import {
  type ConsentLevel,
  formatterFor,
  LABELS,
  type Language,
  type PositionStatus,
  type StoryKind,
  type Valence,
} from "@coeval/core";
import { usePreferences } from "../../store/preferences.ts";
import type { SessionStep } from "../cycle/cyclePaths.ts";

const f = formatterFor("fr");
const e = formatterFor("en");

/** The workshop screen's own strings: rating, reveal, collective position, evidence. */
export const fr = {
  notFound: "Cette séance n'existe pas dans ce cycle.",
  backToCycle: "Retour au cycle",
  fullScreen: "Plein écran",
  leaveFullScreen: "Quitter le plein écran",
  noCriteria: "Cette séance ne parcourt aucun critère de la grille.",
  noParticipants: "Aucun participant n'est attendu à cette séance : ajoutez-en dans le cycle.",
  criteriaNav: "Critères de la séance",
  pagerNav: "Critère précédent ou suivant",
  criterionOf: (index: number, count: number) =>
    `Critère ${f.number(index)} sur ${f.number(count)}`,
  positioned: "position collective notée",
  answeredOf: (answered: number, present: number) =>
    `${f.number(answered)}/${f.number(present)} positionnements`,
  notStarted: "pas encore abordé",
  stepsNav: "Étapes du critère",
  steps: {
    "rate-1": "1er tour",
    "reveal-1": "Dévoilement",
    "rate-2": "2e tour",
    "reveal-2": "Dévoilement du 2e tour",
    position: "Position collective",
    evidence: "Preuves",
  } satisfies Record<SessionStep, string>,
  previous: "Critère précédent",
  next: "Critère suivant",
  endOfSession: "Fin de séance : recommandations et plan d'action",
  whyItMatters: "Pourquoi c'est important",
  guidingQuestions: "Questions clés",
  scale: "L'échelle",
  indicator: "Indicateur positionné",
  noScale:
    "Ce critère n'a pas d'échelle de positionnement : passez à la position collective et aux preuves.",

  entryMode: "Mode de saisie",
  passDevice: "Chacun son tour",
  quickTable: "Saisie rapide (tableau)",
  counts: "Main levée (comptage)",
  roundIntro: {
    1: "Positionnement individuel et silencieux : personne ne voit les réponses des autres avant le dévoilement.",
    2: "Deuxième tour, après la discussion : chacun peut garder ou changer sa réponse.",
  },
  answered: (answered: number, present: number) =>
    f.plural(answered, {
      one: `# personne sur ${f.number(present)} s'est positionnée`,
      other: `# personnes sur ${f.number(present)} se sont positionnées`,
    }),
  whoIsNext: "À qui le tour ?",
  alreadyAnswered: "déjà positionné·e",
  yourTurn: (pseudonym: string) => `${pseudonym}, à vous`,
  yourTurnHint:
    "Choisissez le niveau qui vous paraît le plus juste. Votre réponse sera masquée avant de passer l'appareil.",
  replaces: "Vous vous êtes déjà positionné·e : votre nouveau choix remplacera l'ancien.",
  notApplicable: "Non applicable",
  dontKnow: "Je ne sais pas",
  yesPartlyNo: { 1: "Non", 2: "En partie", 3: "Oui" },
  comment: "Un commentaire ? (facultatif)",
  validate: "Valider",
  chooseFirst: "Choisissez d'abord un niveau.",
  hidden: "C'est noté. Votre choix est masqué.",
  handOver: "Passez l'appareil à la personne suivante.",
  nextPerson: "Au suivant",
  everyoneAnswered: "Tout le monde s'est positionné.",
  goReveal: "Dévoiler les résultats",
  cancel: "Revenir à la liste",

  lock: {
    start: "Passer l'appareil aux participants",
    startHint:
      "L'appareil ne montrera plus que le positionnement, une personne après l'autre, jusqu'à ce que vous le déverrouilliez avec un code.",
    formIntro:
      "Tant qu'il est verrouillé, l'appareil ne montre que le positionnement de la personne qui le tient : ni onglets, ni autre mode de saisie, ni dévoilement, ni autre écran, même après un rechargement. Pour reprendre la main, il faudra le code choisi ici.",
    scope: "Ce que chacun positionne pendant son tour",
    scopeCurrent: "Ce critère seulement",
    scopeFollowing: (count: number) =>
      f.plural(count, {
        one: "Ce critère et le suivant de la séance",
        other: "Ce critère et les # suivants de la séance",
      }),
    code: "Code de déverrouillage (4 à 8 chiffres)",
    codeHint:
      "Un code pour cette séance seulement, pas celui de votre téléphone ou de votre carte. Tapez-le à l'abri des regards.",
    codeAgain: "Le même code, une seconde fois",
    codeInvalid: "Le code doit compter de 4 à 8 chiffres.",
    codeMismatch: "Les deux codes ne sont pas les mêmes.",
    lockNow: "Verrouiller et passer l'appareil",
    cannotLock: "Ce navigateur refuse d'enregistrer le verrou : l'appareil n'est pas verrouillé.",
    locked: "Appareil verrouillé · positionnement individuel",
    loading: "Ouverture de la séance…",
    sessionGone:
      "La séance verrouillée n'est plus sur cet appareil. La personne qui anime peut le déverrouiller.",
    toRate: (label: string) => `À positionner : ${label}`,
    toRateMany: (count: number) => `${f.number(count)} critères à positionner, l'un après l'autre`,
    alreadyAnswered: "a répondu",
    everyoneDone: "Tout le monde s'est positionné. Rendez l'appareil à la personne qui anime.",
    previous: "Critère précédent",
    next: "Critère suivant",
    cancelTurn: "Annuler mon tour",
    cancelTurnHint: "Vos choix de ce tour seront effacés et la liste reviendra.",
    unlockOpen: "Réservé à l'animation : déverrouiller",
    unlockTitle: "Déverrouiller l'appareil",
    unlockIntro: "Réservé à la personne qui anime : tapez le code choisi en passant l'appareil.",
    unlockCode: "Code de déverrouillage",
    unlock: "Déverrouiller",
    backToParticipants: "Revenir aux participants",
    wrongCode: (attemptsBeforeWait: number) =>
      attemptsBeforeWait > 0
        ? f.plural(attemptsBeforeWait, {
            one: "Code incorrect. Encore # essai avant une attente.",
            other: "Code incorrect. Encore # essais avant une attente.",
          })
        : "Code incorrect.",
    waitBeforeRetry: (seconds: number) =>
      f.plural(seconds, {
        one: "Trop d'essais : nouvel essai possible dans # seconde.",
        other: "Trop d'essais : nouvel essai possible dans # secondes.",
      }),
    forgotten: "Code oublié ?",
    forcedTitle: "Déverrouiller sans le code",
    forcedIntro:
      "Sans le code, l'appareil se déverrouille après une minute d'attente, à la vue de tous. Les réponses données sont gardées et l'appareil revient au positionnement, jamais au dévoilement. La séance affichera ensuite qu'il a été déverrouillé sans code : des réponses ont pu être vues, le groupe décide s'il refait le tour.",
    forcedWait: (seconds: number) =>
      f.plural(seconds, {
        one: "Déverrouillage sans code possible dans # seconde.",
        other: "Déverrouillage sans code possible dans # secondes.",
      }),
    forcedReady: "Le déverrouillage sans code est possible.",
    forcedUnlock: "Déverrouiller sans code",
    unlockedWithoutCode: (when: string) => `Appareil déverrouillé sans code (${when}).`,
    unlockedWithoutCodeHint:
      "Des réponses ont pu être vues avant le dévoilement : si besoin, refaites le tour de positionnement.",
    dismiss: "J'ai compris",
  },

  tableCaption: (round: number) =>
    `Positionnements du tour ${f.number(round)}, une ligne par personne`,
  tableHint:
    "Chaque clic enregistre. Au clavier : Tab passe à la personne suivante, les flèches ou un chiffre choisissent le niveau, N pour non applicable, ? pour je ne sais pas, Suppr pour effacer.",
  participant: "Participant",
  group: "Groupe",
  cellLabel: (pseudonym: string, answer: string) => `${pseudonym} : ${answer}`,
  clear: "Effacer",
  clearFor: (pseudonym: string) => `Effacer la réponse de ${pseudonym}`,
  liveDistribution: "Afficher la répartition en direct",
  liveDistributionHint: "Pour une main levée, où tout le monde voit déjà les réponses.",
  countsIntro:
    "Comptez les mains levées pour chaque réponse, groupe par groupe. Les réponses sont attribuées aux membres présents du groupe, dans l'ordre de la liste.",
  countFor: (group: string, answer: string) => `${group} : ${answer}`,
  countTotal: (total: number, members: number) =>
    `${f.number(total)} sur ${f.plural(members, { one: "# personne", other: "# personnes" })}`,

  revealTitle: (round: number) => `Résultats du tour ${f.number(round)}`,
  comparison: "Le 1er tour, pour comparer",
  noAnswers: "Personne ne s'est encore positionné sur ce tour.",
  worthDiscussing: "À discuter",
  worthDiscussingIntro: "Ce critère mérite une discussion :",
  gap: (a: string, medianA: string, b: string, medianB: string) =>
    `écart entre ${a} (médiane ${medianA}) et ${b} (médiane ${medianB})`,
  spread: (consensus: string) => `avis très partagés (consensus ${consensus})`,
  everyone: LABELS.fr.overall,
  sides: LABELS.fr.sideTotals,
  perspectives: LABELS.fr.perspectives,
  who: "Qui",
  distribution: "Répartition",
  median: "Médiane",
  quartiles: "Q1–Q3",
  consensus: "Consensus",
  naShort: "N/A",
  dontKnowShort: "Ne sait pas",
  n: "n",
  distributionLabel: (parts: string) => `Répartition : ${parts}`,
  levelCount: (label: string, count: number) => `${label} ${f.number(count)}`,
  startRound2: "Lancer un 2e tour",
  toPosition: "Passer à la position collective",

  positionIntro:
    "Ce que le groupe retient après la discussion. « Pas d'accord » est une issue légitime : le désaccord est une information.",
  agreedLevel: "Niveau convenu",
  noLevel: "Pas d'accord",
  statusLabel: "Comment la position a été prise",
  statuses: {
    consensus: "Consensus",
    consent: "Consentement (pas d'objection)",
    majorityWithDissent: "Majorité, avec un désaccord",
    noAgreement: "Pas d'accord",
    notDiscussed: "Pas discuté",
  } satisfies Record<PositionStatus, string>,
  rationale: "Pourquoi ce niveau ?",
  dissents: "Désaccords qui demeurent",
  dissentText: (index: number) => `Désaccord ${f.number(index)}`,
  dissentGroups: "Groupes qui le portent",
  addDissent: "Ajouter un désaccord",
  strengths: "Points forts",
  weaknesses: "Points faibles",
  strength: (index: number) => `Point fort ${f.number(index)}`,
  weakness: (index: number) => `Point faible ${f.number(index)}`,
  addStrength: "Ajouter un point fort",
  addWeakness: "Ajouter un point faible",
  removeItem: (label: string) => `Retirer : ${label}`,
  remove: "Retirer",
  saved: "Position enregistrée.",

  measures: "Ce qu'on compte",
  noQuantitative: "Ce critère n'a pas d'indicateur chiffré.",
  baseline: (value: string) => `Situation de départ : ${value}`,
  target: (value: string) => `Cible : ${value}`,
  band: (min: string, max: string) => `Fourchette visée : ${min} à ${max}`,
  latest: (value: string) => `Dernière valeur : ${value}`,
  value: "Valeur",
  period: "Période",
  source: "Source",
  recordValue: "Enregistrer la valeur",
  valueInvalid: "Un nombre, par exemple 12 ou 12,5.",
  measureLine: (value: string, period: string) => (period ? `${value} (${period})` : value),
  stories: "Ce qu'on raconte",
  storiesIntro: "Récits, témoignages, cas : ce que les chiffres ne disent pas.",
  noStories: "Aucun récit pour ce critère.",
  storyText: "Le récit",
  storyTitle: "Titre (facultatif)",
  storyKind: "Forme",
  valence: "Tonalité",
  consentLabel: "Qui peut le lire ?",
  teller: "Raconté par",
  nobody: "Personne en particulier",
  addStory: "Ajouter le récit",
  removeStory: "Retirer le récit",
  storyKinds: {
    story: "Récit",
    testimony: "Témoignage",
    case: "Cas",
    portrait: "Portrait",
    journal: "Journal",
  } satisfies Record<StoryKind, string>,
  valences: {
    positive: "Positive",
    negative: "Négative",
    mixed: "Mitigée",
  } satisfies Record<Valence, string>,
  consent: {
    none: "Seulement dans l'atelier",
    internal: "Dans la structure",
    public: "Partout, y compris les partenaires",
  } satisfies Record<ConsentLevel, string>,
};

export type SessionMessages = Widen<typeof fr>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export const en = {
  notFound: "This session does not exist in this cycle.",
  backToCycle: "Back to the cycle",
  fullScreen: "Full screen",
  leaveFullScreen: "Leave full screen",
  noCriteria: "This session covers no criterion of the grid.",
  noParticipants: "Nobody is expected at this session: add people in the cycle.",
  criteriaNav: "Criteria of the session",
  pagerNav: "Previous or next criterion",
  criterionOf: (index: number, count: number) =>
    `Criterion ${e.number(index)} of ${e.number(count)}`,
  positioned: "collective position recorded",
  answeredOf: (answered: number, present: number) =>
    `${e.number(answered)}/${e.number(present)} ratings`,
  notStarted: "not yet discussed",
  stepsNav: "Steps of the criterion",
  steps: {
    "rate-1": "Round 1",
    "reveal-1": "Reveal",
    "rate-2": "Round 2",
    "reveal-2": "Reveal of round 2",
    position: "Collective position",
    evidence: "Evidence",
  },
  previous: "Previous criterion",
  next: "Next criterion",
  endOfSession: "End of session: recommendations and action plan",
  whyItMatters: "Why it matters",
  guidingQuestions: "Key questions",
  scale: "The scale",
  indicator: "Indicator rated",
  noScale: "This criterion has no rating scale: go on to the collective position and the evidence.",

  entryMode: "Entry mode",
  passDevice: "One at a time",
  quickTable: "Quick entry (table)",
  counts: "Show of hands (counts)",
  roundIntro: {
    1: "Silent individual rating: nobody sees the others' answers before the reveal.",
    2: "Second round, after the discussion: everyone may keep or change their answer.",
  },
  answered: (answered: number, present: number) =>
    e.plural(answered, {
      one: `# person of ${e.number(present)} has rated`,
      other: `# people of ${e.number(present)} have rated`,
    }),
  whoIsNext: "Whose turn is it?",
  alreadyAnswered: "already rated",
  yourTurn: (pseudonym: string) => `${pseudonym}, your turn`,
  yourTurnHint:
    "Choose the level that seems fairest to you. Your answer will be hidden before the device is passed on.",
  replaces: "You have already rated: your new choice will replace the previous one.",
  notApplicable: "Not applicable",
  dontKnow: "I don't know",
  yesPartlyNo: { 1: "No", 2: "Partly", 3: "Yes" },
  comment: "A comment? (optional)",
  validate: "Confirm",
  chooseFirst: "Choose a level first.",
  hidden: "Noted. Your choice is hidden.",
  handOver: "Pass the device to the next person.",
  nextPerson: "Next person",
  everyoneAnswered: "Everyone has rated.",
  goReveal: "Reveal the results",
  cancel: "Back to the list",

  lock: {
    start: "Hand the device to participants",
    startHint:
      "The device will show nothing but rating, one person after another, until you unlock it with a code.",
    formIntro:
      "While it is locked, the device shows only the rating of the person holding it: no tabs, no other entry mode, no reveal, no other screen, even after a reload. To take it back you will need the code chosen here.",
    scope: "What each person rates on their turn",
    scopeCurrent: "This criterion only",
    scopeFollowing: (count: number) =>
      e.plural(count, {
        one: "This criterion and the next one of the session",
        other: "This criterion and the # next ones of the session",
      }),
    code: "Unlock code (4 to 8 digits)",
    codeHint:
      "A code for this session only, not the one of your phone or your card. Type it out of sight.",
    codeAgain: "The same code, a second time",
    codeInvalid: "The code must have 4 to 8 digits.",
    codeMismatch: "The two codes are not the same.",
    lockNow: "Lock and hand the device over",
    cannotLock: "This browser refuses to store the lock: the device is not locked.",
    locked: "Device locked · individual rating",
    loading: "Opening the session…",
    sessionGone: "The locked session is no longer on this device. The facilitator can unlock it.",
    toRate: (label: string) => `To rate: ${label}`,
    toRateMany: (count: number) => `${e.number(count)} criteria to rate, one after the other`,
    alreadyAnswered: "has answered",
    everyoneDone: "Everyone has rated. Give the device back to the facilitator.",
    previous: "Previous criterion",
    next: "Next criterion",
    cancelTurn: "Cancel my turn",
    cancelTurnHint: "Your choices of this turn will be erased and the list will come back.",
    unlockOpen: "Facilitator only: unlock",
    unlockTitle: "Unlock the device",
    unlockIntro: "For the facilitator only: type the code chosen when handing the device over.",
    unlockCode: "Unlock code",
    unlock: "Unlock",
    backToParticipants: "Back to the participants",
    wrongCode: (attemptsBeforeWait: number) =>
      attemptsBeforeWait > 0
        ? e.plural(attemptsBeforeWait, {
            one: "Wrong code. # more try before a wait.",
            other: "Wrong code. # more tries before a wait.",
          })
        : "Wrong code.",
    waitBeforeRetry: (seconds: number) =>
      e.plural(seconds, {
        one: "Too many tries: next try possible in # second.",
        other: "Too many tries: next try possible in # seconds.",
      }),
    forgotten: "Forgot the code?",
    forcedTitle: "Unlock without the code",
    forcedIntro:
      "Without the code, the device unlocks after a one-minute wait, in full view. The answers given are kept and the device goes back to rating, never to the reveal. The session will then say that it was unlocked without the code: answers may have been seen, and the group decides whether to rate again.",
    forcedWait: (seconds: number) =>
      e.plural(seconds, {
        one: "Unlocking without the code possible in # second.",
        other: "Unlocking without the code possible in # seconds.",
      }),
    forcedReady: "Unlocking without the code is now possible.",
    forcedUnlock: "Unlock without the code",
    unlockedWithoutCode: (when: string) => `Device unlocked without the code (${when}).`,
    unlockedWithoutCodeHint:
      "Answers may have been seen before the reveal: if need be, run the rating round again.",
    dismiss: "Understood",
  },

  tableCaption: (round: number) => `Ratings of round ${e.number(round)}, one row per person`,
  tableHint:
    "Every click saves. With the keyboard: Tab goes to the next person, arrows or a digit choose the level, N for not applicable, ? for don't know, Delete to clear.",
  participant: "Participant",
  group: "Group",
  cellLabel: (pseudonym: string, answer: string) => `${pseudonym}: ${answer}`,
  clear: "Clear",
  clearFor: (pseudonym: string) => `Clear ${pseudonym}'s answer`,
  liveDistribution: "Show the distribution live",
  liveDistributionHint: "For a show of hands, where everyone already sees the answers.",
  countsIntro:
    "Count the raised hands for each answer, group by group. Answers are given to the group's members present, in list order.",
  countFor: (group: string, answer: string) => `${group}: ${answer}`,
  countTotal: (total: number, members: number) =>
    `${e.number(total)} of ${e.plural(members, { one: "# person", other: "# people" })}`,

  revealTitle: (round: number) => `Results of round ${e.number(round)}`,
  comparison: "Round 1, for comparison",
  noAnswers: "Nobody has rated in this round yet.",
  worthDiscussing: "Worth discussing",
  worthDiscussingIntro: "This criterion deserves a discussion:",
  gap: (a: string, medianA: string, b: string, medianB: string) =>
    `gap between ${a} (median ${medianA}) and ${b} (median ${medianB})`,
  spread: (consensus: string) => `views are widely split (consensus ${consensus})`,
  everyone: LABELS.en.overall,
  sides: LABELS.en.sideTotals,
  perspectives: LABELS.en.perspectives,
  who: "Who",
  distribution: "Distribution",
  median: "Median",
  quartiles: "Q1–Q3",
  consensus: "Consensus",
  naShort: "N/A",
  dontKnowShort: "Don't know",
  n: "n",
  distributionLabel: (parts: string) => `Distribution: ${parts}`,
  levelCount: (label: string, count: number) => `${label} ${e.number(count)}`,
  startRound2: "Start a second round",
  toPosition: "Go on to the collective position",

  positionIntro:
    "What the group retains after the discussion. “No agreement” is a legitimate outcome: disagreement is information.",
  agreedLevel: "Agreed level",
  noLevel: "No agreement",
  statusLabel: "How the position was reached",
  statuses: {
    consensus: "Consensus",
    consent: "Consent (no objection)",
    majorityWithDissent: "Majority, with dissent",
    noAgreement: "No agreement",
    notDiscussed: "Not discussed",
  },
  rationale: "Why this level?",
  dissents: "Dissent that remains",
  dissentText: (index: number) => `Dissent ${e.number(index)}`,
  dissentGroups: "Groups who hold it",
  addDissent: "Add a dissent",
  strengths: "Strengths",
  weaknesses: "Weaknesses",
  strength: (index: number) => `Strength ${e.number(index)}`,
  weakness: (index: number) => `Weakness ${e.number(index)}`,
  addStrength: "Add a strength",
  addWeakness: "Add a weakness",
  removeItem: (label: string) => `Remove: ${label}`,
  remove: "Remove",
  saved: "Position saved.",

  measures: "What we count",
  noQuantitative: "This criterion has no counted indicator.",
  baseline: (value: string) => `Baseline: ${value}`,
  target: (value: string) => `Target: ${value}`,
  band: (min: string, max: string) => `Target band: ${min} to ${max}`,
  latest: (value: string) => `Latest value: ${value}`,
  value: "Value",
  period: "Period",
  source: "Source",
  recordValue: "Record the value",
  valueInvalid: "A number, for example 12 or 12.5.",
  measureLine: (value: string, period: string) => (period ? `${value} (${period})` : value),
  stories: "What we tell",
  storiesIntro: "Stories, testimonies, cases: what the numbers do not say.",
  noStories: "No story for this criterion.",
  storyText: "The story",
  storyTitle: "Title (optional)",
  storyKind: "Form",
  valence: "Tone",
  consentLabel: "Who may read it?",
  teller: "Told by",
  nobody: "Nobody in particular",
  addStory: "Add the story",
  removeStory: "Remove the story",
  storyKinds: {
    story: "Story",
    testimony: "Testimony",
    case: "Case",
    portrait: "Portrait",
    journal: "Journal",
  },
  valences: {
    positive: "Positive",
    negative: "Negative",
    mixed: "Mixed",
  },
  consent: {
    none: "Only within the workshop",
    internal: "Within the organisation",
    public: "Anywhere, partners included",
  },
} satisfies SessionMessages;

export const sessionMessages: Record<Language, SessionMessages> = { fr, en };

export function useSessionMessages(): SessionMessages {
  return sessionMessages[usePreferences((state) => state.language)];
}
