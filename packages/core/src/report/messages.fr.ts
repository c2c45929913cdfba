/** The report's texts in French: the source catalogue. `messages.en.ts` must match it. */
import type {
  ActionStatus,
  EvaluationMode,
  OpinionVerdict,
  PositionStatus,
  SessionKind,
} from "../model/cycle.ts";
import type { Direction, StoryKind } from "../model/grid.ts";
import { LABELS } from "../presentation/labels.ts";
import type { QuantitativeStatus } from "../results/types.ts";

/** The figures the "how to read" notes quote, already formatted. */
export interface HowToRead {
  /** The anonymity threshold. */
  k: string;
  /** A median between two levels, and the same in words: "2,5", "entre 2 et 3". */
  median: string;
  medianInWords: string;
  /** The two ends of the consensus: "0 %", "100 %". */
  noConsensus: string;
  fullConsensus: string;
}

export const fr = {
  author: "Coéval",
  title: "Rapport d'évaluation",
  subtitle: (cycle: string) => `Évaluation participative de l'utilité sociale · ${cycle}`,
  audience: LABELS.fr.audiences,
  coverNote: {
    internal:
      "Version interne : elle contient les commentaires et les noms des personnes qui l'ont accepté. À ne pas diffuser hors de la structure.",
    partners:
      "Version pour les partenaires : sans commentaires ni noms, les petits groupes masqués, seuls les récits dont la diffusion est autorisée.",
  },
  contents: "Sommaire",
  pageFooter: "page {page} / {pages}",
  generatedAt: (date: string) => `Produit le ${date}`,
  gridVersion: (version: number) => `version ${version}`,
  none: "—",
  labelled: (label: string, text: string) => `${label}\u00a0: ${text}`,
  maskedName: "[nom masqué]",
  sections: {
    cover: "Couverture",
    context: "Contexte et portrait de la structure",
    purpose: "Objet de l'évaluation",
    method: "Méthode",
    profile: "Profil par dimension",
    criteria: (dimension: string) => `Critères : ${dimension}`,
    divergences: "Divergences à discuter",
    indicators: "Indicateurs chiffrés",
    stories: "Récits et témoignages",
    strengthsWeaknesses: "Points forts et points faibles",
    opinion: "Avis motivé",
    actions: "Recommandations et plan d'action",
    progress: "Progrès depuis le cycle précédent",
    annex: "Annexe : la grille",
  },
  cover: {
    organisation: "Structure",
    cycle: "Cycle",
    dates: "Dates",
    grid: "Grille",
    audience: "Version",
    mode: "Démarche",
  },
  modes: LABELS.fr.modes,
  modeDescriptions: {
    selfEvaluation:
      "La structure et ses parties prenantes se sont positionnées ensemble sur la grille, puis ont décidé d'actions de progrès.",
    accompaniedSelfEvaluation:
      "La structure et ses parties prenantes se sont positionnées sur la grille lors de séances animées par une personne du réseau.",
    jointEvaluation:
      "La structure s'est d'abord positionnée seule, puis une séance commune avec des pairs et des parties prenantes externes a croisé les regards.",
    peerVisit:
      "Une équipe de visite mixte a observé et questionné sans noter ; un comité a ensuite rendu un avis motivé avec la structure présente.",
  } satisfies Record<EvaluationMode, string>,
  organisationKinds: LABELS.fr.organisationKinds,
  sides: LABELS.fr.sides,
  sideTotals: LABELS.fr.sideTotals,
  perspectives: LABELS.fr.perspectives,
  overall: LABELS.fr.overall,
  context: {
    kind: "Forme",
    territory: "Territoire",
    network: "Réseau",
    groups: "Parties prenantes associées",
    groupLine: (label: string, side: string) => `${label} (${side.toLowerCase()})`,
  },
  purpose: {
    purpose: "Pourquoi cette évaluation",
    question: "Question évaluative",
  },
  method: {
    mode: "Démarche",
    grid: "Grille",
    period: "Période",
    threshold: "Seuil d'anonymat",
    thresholdValue: (k: string) => `${k} personnes par groupe au minimum`,
    sessions: "Séances",
    sessionColumns: { date: "Date", kind: "Séance", place: "Lieu", people: "Personnes" },
    sessionTitle: (kind: string, title: string) => `${kind} : ${title}`,
    facilitator: (name: string) => `animation : ${name}`,
    sessionNotes: (title: string) => `Notes de séance (interne) : ${title}`,
    participants: "Participants par groupe",
    participantColumns: { group: "Groupe", side: "Côté", count: "Personnes" },
    otherGroups: (k: string) => `Autres groupes (moins de ${k} personnes chacun)`,
    notDetailed: (count: string) => `${count}, résultats non détaillés`,
    total: "Total",
    participantsNote:
      "Seuls les effectifs sont donnés. Les groupes de moins de personnes que le seuil ne sont jamais nommés avec leur effectif.",
    participantsNoteInternal: (k: string) =>
      `Seuls les effectifs sont donnés. Les résultats des groupes de moins de ${k} personnes ne sont jamais détaillés ; dans la version pour les partenaires, ces groupes ne sont pas nommés.`,
    named: "Personnes qui ont accepté d'être nommées",
    people: { one: "personne", other: "personnes" },
    howToRead: "Comment lire les résultats",
    howToReadItems: (p: HowToRead) => [
      `La médiane : la moitié des personnes a répondu ce niveau ou moins. Quand leur nombre est pair, elle peut tomber entre deux niveaux (${p.median} : « ${p.medianInWords} »).`,
      "Les quartiles Q1 et Q3 encadrent la moitié centrale des positionnements : plus l'écart est grand, plus les avis sont dispersés.",
      `Le consensus va de ${p.noConsensus} (groupe partagé entre les deux extrêmes) à ${p.fullConsensus} (tout le monde au même niveau).`,
      "n est le nombre de personnes qui ont donné un niveau. « Sans objet » et « je ne sais pas » sont comptés à part et ne valent jamais zéro.",
      `Un groupe n'est montré que si au moins ${p.k} de ses membres ont répondu ; ses membres comptent toujours dans l'ensemble. Une ligne qui permettrait de retrouver par différence les réponses de moins de ${p.k} personnes n'est pas montrée non plus.`,
      "Sur la toile d'araignée, chaque niveau est ramené à une position de 0 (le plus bas niveau de l'échelle) à 1 (le plus haut).",
    ],
  },
  sessionKinds: {
    workshop: "Atelier",
    visit: "Visite",
    committee: "Comité",
    other: "Autre",
  } satisfies Record<SessionKind, string>,
  stats: {
    group: "Groupe",
    n: "n",
    median: "Médiane",
    quartiles: "Q1 – Q3",
    consensus: "Consensus",
    na: "Sans objet",
    dontKnow: "Ne sait pas",
    position: "Position (0–1)",
    withN: (label: string, n: string) => `${label} (n = ${n})`,
  },
  profile: {
    radarTitle: "Toile d’araignée des dimensions",
    radarCaption:
      "Médiane par dimension, ramenée à une position de 0 (le plus bas niveau) à 1 (le plus haut). Une ligne par groupe montré.",
    scaleLow: "0",
    scaleMiddle: "0,5",
    scaleHigh: "1",
    tableCaption: (dimension: string) => `Dimension : ${dimension}`,
    positionNote:
      "Les échelles de cette dimension diffèrent d'un critère à l'autre : les médianes sont données en position de 0 à 1.",
    noRatings: "Aucun positionnement n'a été donné sur cette dimension.",
    fewDimensions:
      "La toile d'araignée demande au moins trois dimensions : seul le tableau est donné.",
  },
  globalScore: {
    title: "Note globale : une convention",
    text: (position: string, n: string) =>
      `Position globale : ${position} sur une échelle de 0 à 1, à partir de ${n} positionnements. Ce chiffre est une convention choisie par le groupe, pas une mesure : il ne sert pas à classer.`,
    convention: (text: string) => `Convention retenue : ${text}`,
    noValue: "Aucun positionnement ne permet de calculer la note globale convenue.",
    withheld:
      "La note globale n'est pas donnée : les résultats de tout le monde sont masqués sur au moins un critère, et elle permettrait de les retrouver.",
  },
  criterion: {
    distributionTitle: "Répartition des positionnements",
    distributionCaption: "Nombre de personnes par niveau, puis « sans objet » et « ne sait pas ».",
    noIndicator: "Ce critère n'a pas d'échelle : il s'appuie sur des chiffres et des récits.",
    noRatings: "Aucun positionnement n'a été donné sur ce critère.",
    position: "Position collective",
    status: "Statut",
    level: "Niveau retenu",
    levelValue: (value: string, label: string) => `${value} · ${label}`,
    noLevel: "Pas de niveau commun",
    rationale: "Raisons",
    dissent: "Avis divergent",
    dissentHeldBy: (groups: string) => `Porté par : ${groups}`,
    noPosition: "Pas encore de position collective.",
    strengths: "Points forts",
    weaknesses: "Points faibles",
    comments: "Commentaires des positionnements (interne)",
    whyItMatters: "Pourquoi ce critère compte",
  },
  positionStatuses: {
    consensus: "Consensus",
    consent: "Consentement (pas d'objection)",
    majorityWithDissent: "Majorité avec avis divergent",
    noAgreement: "Pas d'accord",
    notDiscussed: "Non discuté",
  } satisfies Record<PositionStatus, string>,
  noAgreementCallout:
    "Le groupe n'est pas parvenu à un accord sur ce critère. C'est un résultat à part entière : le désaccord est une information.",
  divergences: {
    intro:
      "Ces écarts ne sont pas des fautes : ils signalent où les regards diffèrent et méritent d'être discutés.",
    columns: { criterion: "Critère", between: "Entre", medians: "Médianes", gap: "Écart" },
    spread: "Avis très dispersés",
    spreadMedians: (consensus: string) => `consensus ${consensus}`,
    versus: (a: string, b: string) => `${a} / ${b}`,
    more: (shown: string, total: string) =>
      `Les ${shown} plus grands écarts sur ${total} : les autres se lisent dans les tableaux de chaque critère.`,
    none: "Aucun écart important entre les groupes ni dispersion forte n'a été relevé.",
  },
  indicators: {
    columns: {
      indicator: "Indicateur",
      baseline: "Référence",
      latest: "Dernière valeur",
      target: "Cible",
      status: "Statut",
    },
    band: (min: string, max: string) => `entre ${min} et ${max}`,
    withPeriod: (value: string, period: string) => `${value} (${period})`,
    source: (indicator: string, source: string) => `${indicator} : source ${source}`,
    note: (indicator: string, note: string) => `${indicator} : ${note}`,
  },
  quantitativeStatuses: {
    targetReached: "Cible atteinte",
    improving: "En progrès",
    worsening: "En recul",
    unchanged: "Stable",
    noTarget: "Sans cible",
    noValue: "Pas de valeur",
  } satisfies Record<QuantitativeStatus, string>,
  directions: {
    higherBetter: "plus c'est haut, mieux c'est",
    lowerBetter: "plus c'est bas, mieux c'est",
    targetBand: "dans la fourchette cible",
    none: "sans sens donné",
  } satisfies Record<Direction, string>,
  stories: {
    intro: "Compter et conter : ces récits disent ce que les chiffres ne disent pas.",
    partnersNote:
      "Seuls les récits dont la personne a autorisé la diffusion publique figurent ici.",
    internalNote: "Les récits gardés dans l'atelier ne figurent pas dans ce rapport.",
  },
  storyKinds: {
    story: "Récit",
    testimony: "Témoignage",
    case: "Cas",
    portrait: "Portrait",
    journal: "Journal",
  } satisfies Record<StoryKind, string>,
  valences: { positive: "positif", negative: "négatif", mixed: "mitigé" },
  strengthsWeaknesses: {
    strengths: "Points forts",
    weaknesses: "Points faibles",
    item: (text: string, criterion: string) => `${text} (${criterion})`,
  },
  opinion: {
    verdict: "Avis",
    rationale: "Motifs",
    conditions: "Conditions",
    date: "Date",
  },
  verdicts: {
    favourable: "Favorable",
    favourableWithConditions: "Favorable sous conditions",
    reserved: "Réservé",
    unfavourable: "Défavorable",
    noOpinion: "Pas d'avis",
  } satisfies Record<OpinionVerdict, string>,
  actions: {
    recommendations: "Recommandations",
    plan: "Plan d'action",
    intro: "Des actions de progrès : elles visent à améliorer, jamais à sanctionner.",
    columns: {
      action: "Action",
      owner: "Qui",
      due: "Échéance",
      status: "Statut",
      signal: "Comment saurons-nous que cela a marché",
    },
    criteria: (labels: string) => `Critères : ${labels}`,
    ownersRemoved: "Les personnes responsables ne sont pas nommées dans cette version.",
  },
  actionStatuses: {
    planned: "Prévue",
    inProgress: "En cours",
    done: "Faite",
    abandoned: "Abandonnée",
  } satisfies Record<ActionStatus, string>,
  progress: {
    intro: (previous: string) => `Comparaison avec le cycle précédent : ${previous}.`,
    criteria: "Par critère",
    dimensions: "Par dimension",
    columns: {
      criterion: "Critère",
      dimension: "Dimension",
      before: "Avant",
      now: "Maintenant",
      change: "Évolution",
    },
    added: "nouveau critère",
    removed: "critère retiré",
    actions: "Les actions décidées au cycle précédent",
    actionColumns: { action: "Action", status: "Statut", continued: "Prolongée par" },
    changeUp: (delta: string) => `+${delta}`,
    changeDown: (delta: string) => `−${delta}`,
    changeNone: "=",
    medianNote:
      "Médianes de l'ensemble des personnes, en niveaux de l'échelle (en position de 0 à 1 quand l'échelle a changé).",
    dimensionNote:
      "Médianes de l'ensemble des personnes, ramenées à une position de 0 (le plus bas niveau) à 1 (le plus haut).",
    scaleChanged: "échelle modifiée : positions de 0 à 1",
  },
  annex: {
    provenance: "Provenance et version",
    name: "Nom",
    version: "Version",
    status: "Statut",
    adoptedAt: "Adoptée le",
    derivedFrom: "Dérivée de",
    derivedFromValue: (grid: string, version: string) => `${grid}, version ${version}`,
    source: "Source",
    licence: "Licence",
    authors: "Auteurs",
    changeNote: "Changements",
    glossary: "Glossaire",
    principles: "Principes de la charte",
    guidingQuestions: "Questions clés",
    indicators: "Indicateurs",
    levels: (levels: string) => `Niveaux : ${levels}`,
    quantitative: (unit: string, direction: string) =>
      unit === "" ? `Chiffré, ${direction}` : `Chiffré (${unit}), ${direction}`,
    narrative: "Récits",
    yesPartlyNo: "Oui / en partie / non",
    allowsNa: "« sans objet » possible",
    allowsDontKnow: "« je ne sais pas » possible",
  },
  gridStatuses: { draft: "Brouillon", adopted: "Adoptée", archived: "Archivée" },
  yesPartlyNoLevels: ["Non", "En partie", "Oui"],
};

export type ReportMessages = typeof fr;
