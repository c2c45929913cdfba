import type { Formatter } from "@coeval/core";
import { EXAMPLE_IDS, REPORT_SECTION_IDS } from "@coeval/core";
import { wrap } from "../text.ts";

const EXAMPLE_FILE = "docs/examples/epicerie-du-lien.coeval.json";
const EXAMPLE_GRID = "docs/examples/grille-epicerie-du-lien.csv";

/** A command's help: what it does, how to call it, its options, examples. */
export interface CommandHelp {
  usage: string;
  summary: string;
  details?: string;
  options: readonly OptionHelp[];
  examples: readonly string[];
}

export const COMMAND_NAMES = [
  "validate",
  "results",
  "report",
  "import-grid",
  "export-grid",
  "apply",
  "demo",
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export type OptionHelp = readonly [flag: string, description: string];
const LANG_OPTION: OptionHelp = [
  "--lang fr|en",
  "langue des messages (défaut : fr, ou COEVAL_LANG)",
];
const HELP_OPTION: OptionHelp = ["-h, --help", "afficher cette aide"];
const GLOBAL_OPTIONS: readonly OptionHelp[] = [LANG_OPTION, HELP_OPTION];

const commandHelp: Record<CommandName, CommandHelp> = {
  validate: {
    usage: "coeval validate <fichier.coeval.json>",
    summary: "vérifier un fichier d'espace de travail et résumer son contenu",
    details: wrap(
      "Code de sortie 0 si le fichier est valide, 1 sinon ; chaque problème est donné avec son chemin. Les avertissements (un fichier en Windows-1252, un positionnement hors des présents de sa séance…) n'empêchent pas l'ouverture : ils vont sur la sortie d'erreur.",
      100,
      "",
    ).join("\n"),
    options: [LANG_OPTION, HELP_OPTION],
    examples: [`coeval validate ${EXAMPLE_FILE}`],
  },
  results: {
    usage:
      "coeval results <fichier.coeval.json> [--cycle ID] [--audience internal|partners] [--json]",
    summary: "afficher les résultats d'un cycle : profils, écarts, indicateurs, positions",
    details:
      "Sans --cycle, le cycle le plus récent (date de début) est affiché. Les groupes trop petits, et les lignes qui permettraient de retrouver leurs réponses par différence, restent masqués.",
    options: [
      ["--cycle ID", "le cycle à afficher (défaut : le plus récent)"],
      [
        "--audience internal|partners",
        "les chiffres que voit la structure (internal, défaut) ou ses partenaires (partners)",
      ],
      ["--json", "écrire l'objet des résultats en JSON"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [`coeval results ${EXAMPLE_FILE}`, `coeval results ${EXAMPLE_FILE} --json`],
  },
  report: {
    usage:
      "coeval report <fichier.coeval.json> [--cycle ID] [-o rapport.pdf] [--audience internal|partners] [--sections a,b,c] [--force]",
    summary: "produire le rapport d'évaluation d'un cycle en PDF",
    details: [
      "Sans --cycle, le cycle le plus récent. La version partners (pour les partenaires) retire les noms,",
      "les pseudonymes, les commentaires et les récits qui ne sont pas publics ; les groupes trop petits",
      "restent masqués dans les deux versions.",
      ...wrap(`Sections : ${REPORT_SECTION_IDS.join(", ")}.`, 100, "  "),
    ].join("\n"),
    options: [
      ["--cycle ID", "le cycle du rapport (défaut : le plus récent)"],
      [
        "-o, --output FICHIER",
        "le PDF à écrire (défaut : rapport-<structure>-<cycle>-<version>.pdf, ici)",
      ],
      [
        "--audience internal|partners",
        "pour la structure (internal, défaut) ou pour ses partenaires (partners)",
      ],
      ["--sections a,b,c", "seulement ces sections, identifiants séparés par des virgules"],
      ["--force", "remplacer le fichier s'il existe déjà"],
      ["--lang fr|en", "langue des messages et du rapport (défaut : fr, ou COEVAL_LANG)"],
      HELP_OPTION,
    ],
    examples: [
      `coeval report ${EXAMPLE_FILE}`,
      `coeval report ${EXAMPLE_FILE} --audience partners -o rapport-partenaires.pdf`,
      `coeval report ${EXAMPLE_FILE} --sections cover,profile,criteria,actions`,
    ],
  },
  "import-grid": {
    usage: "coeval import-grid <grille.csv> -o <fichier.coeval.json> [--name NOM]",
    summary: "importer une grille CSV dans un espace de travail (nouveau ou existant)",
    details:
      "Si le fichier de sortie existe, la grille y est ajoutée ; il n'est réécrit que si le résultat est valide.",
    options: [
      ["-o, --output FICHIER", "l'espace de travail à créer ou à compléter (obligatoire)"],
      ["--name NOM", "le nom de la grille (défaut : le nom du fichier CSV)"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      `coeval import-grid ${EXAMPLE_GRID} -o ma-grille.coeval.json`,
      `coeval import-grid ${EXAMPLE_GRID} -o ma-grille.coeval.json --name "Notre grille"`,
    ],
  },
  "export-grid": {
    usage: "coeval export-grid <fichier.coeval.json> --grid ID [--version N] -o <grille.csv>",
    summary: "exporter une grille d'un espace de travail en CSV",
    options: [
      ["--grid ID", "l'identifiant de la grille (obligatoire)"],
      ["--version N", "la version à exporter (défaut : la dernière)"],
      ["-o, --output FICHIER", "le fichier CSV à écrire (obligatoire)"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [`coeval export-grid ${EXAMPLE_FILE} --grid ${EXAMPLE_IDS.grid} -o grille.csv`],
  },
  apply: {
    usage: "coeval apply <fichier.coeval.json> <modifications.json> [-o SORTIE]",
    summary: "appliquer une liste de modifications (édits du moteur) à un espace de travail",
    details: wrap(
      "Les modifications sont un tableau JSON d'édits (docs/edits.md), appliqués dans l'ordre avec les mêmes règles que l'application. Au premier refus, rien n'est écrit et la raison est donnée. Sans -o, le fichier d'espace de travail est réécrit.",
      100,
      "",
    ).join("\n"),
    options: [
      ["-o, --output FICHIER", "écrire le résultat ailleurs (défaut : réécrire le fichier)"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [`coeval apply ${EXAMPLE_FILE} modifications.json -o apres.coeval.json`],
  },
  demo: {
    usage: "coeval demo [-o fichier.coeval.json] [--force]",
    summary: "écrire l'espace de travail d'exemple (L'Épicerie du Lien) pour essayer",
    options: [
      ["-o, --output FICHIER", "le fichier à écrire (défaut : coeval-demo.coeval.json)"],
      ["--force", "remplacer le fichier s'il existe déjà"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: ["coeval demo", "coeval demo -o atelier.coeval.json"],
  },
};

/** The source catalogue: every message the command prints, in French. */
export const fr = {
  help: {
    title: "coeval : évaluation participative de l'utilité sociale",
    usage: "Utilisation : coeval <commande> [options]",
    commandsHeading: "Commandes :",
    optionsHeading: "Options :",
    examplesHeading: "Exemples :",
    globalOptions: GLOBAL_OPTIONS,
    more: "Aide d'une commande : coeval <commande> --help",
    commands: commandHelp,
  },
  arguments: {
    workspaceFile: "<fichier.coeval.json>",
    gridCsv: "<grille.csv>",
    editsFile: "<modifications.json>",
  },
  usage: {
    unknownCommand: (name: string, commands: readonly string[], f: Formatter) =>
      `Commande inconnue : « ${name} ». Commandes disponibles : ${f.list(commands)}. Aide : coeval --help`,
    missingCommand: "Indiquez une commande. Aide : coeval --help",
    unknownOption: (option: string, command: string) =>
      `Option inconnue pour ${command} : ${option}. Aide : ${command} --help`,
    missingValue: (option: string) => `L'option ${option} attend une valeur.`,
    unexpectedValue: (option: string) => `L'option ${option} ne prend pas de valeur.`,
    missingArgument: (argument: string, command: string) =>
      `Argument manquant : ${argument}. Aide : ${command} --help`,
    missingOption: (option: string, command: string) =>
      `Option obligatoire manquante : ${option}. Aide : ${command} --help`,
    tooManyArguments: (extra: readonly string[], command: string, f: Formatter) =>
      `${f.plural(extra.length, { one: "Argument en trop", other: "Arguments en trop" })} : ${extra.join(" ")}. Aide : ${command} --help`,
    invalidLanguage: (value: string) =>
      `Langue inconnue : « ${value} ». Langues disponibles : fr, en.`,
    invalidVersion: (value: string) =>
      `Version invalide : « ${value} ». Une version est un entier à partir de 1.`,
    invalidAudience: (value: string, allowed: readonly string[], f: Formatter) =>
      `Public inconnu : « ${value} ». Valeurs possibles : ${f.list(allowed)}. Aide : coeval report --help`,
    unknownSections: (unknown: readonly string[], valid: readonly string[]) =>
      `${unknown.length === 1 ? "Section inconnue" : "Sections inconnues"} : ${unknown.join(", ")}. Sections possibles : ${valid.join(", ")}.`,
    noSections: (valid: readonly string[]) =>
      `--sections attend au moins un identifiant de section. Sections possibles : ${valid.join(", ")}.`,
  },
  files: {
    notFound: (path: string) => `Fichier introuvable : ${path}`,
    isDirectory: (path: string) => `${path} est un dossier, pas un fichier.`,
    notAllowed: (path: string) => `Accès refusé : ${path}`,
    unreadable: (path: string, reason: string) => `Impossible de lire ${path} : ${reason}`,
    unwritable: (path: string, reason: string) => `Impossible d'écrire ${path} : ${reason}`,
    folderMissing: "le dossier n'existe pas",
    accessDenied: "accès refusé",
    isFolder: "c'est un dossier",
    nothingWritten: "Aucun fichier n'a été modifié.",
    cannotRead: (path: string) => `${path} ne peut pas être lu :`,
    warningsHeading: (path: string, count: number, f: Formatter) =>
      `${path} a été lu, avec ${f.count(count, { one: "avertissement", other: "avertissements" })} :`,
  },
  workspace: {
    invalidHeading: (path: string, issueCount: number, f: Formatter) =>
      `${path} n'est pas valide (${f.count(issueCount, { one: "problème", other: "problèmes" })}) :`,
    migrated: (fromVersion: number) =>
      `(fichier au format ${fromVersion}, lu et converti au format actuel)`,
  },
  validate: {
    valid: (
      counts: { organisations: number; grids: number; cycles: number; ratings: number },
      f: Formatter,
    ) =>
      `valide : ${f.count(counts.organisations, { one: "organisation", other: "organisations" })}, ${f.count(counts.grids, { one: "grille", other: "grilles" })}, ${f.count(counts.cycles, { one: "cycle", other: "cycles" })}, ${f.count(counts.ratings, { one: "positionnement", other: "positionnements", many: "de positionnements" })}`,
    warnings: (count: number, f: Formatter) =>
      `mais ${f.count(count, { one: "avertissement est donné", other: "avertissements sont donnés" })} sur la sortie d'erreur : le fichier s'ouvre, vérifiez ces points.`,
  },
  grids: {
    notFound: (gridId: string, available: readonly string[], f: Formatter) =>
      available.length === 0
        ? `Aucune grille « ${gridId} » : ce fichier ne contient aucune grille.`
        : `Aucune grille « ${gridId} ». Grilles disponibles : ${f.list(available)}.`,
    versionNotFound: (
      gridId: string,
      version: number,
      available: readonly number[],
      f: Formatter,
    ) =>
      `La grille « ${gridId} » n'a pas de version ${version}. Versions disponibles : ${f.list(available.map((v) => f.number(v)))}.`,
    exported: (
      path: string,
      grid: { name: string; version: number; criteria: number },
      f: Formatter,
    ) =>
      `Grille « ${grid.name} » (version ${grid.version}, ${f.count(grid.criteria, { one: "critère", other: "critères" })}) exportée dans ${path}`,
    csvInvalidHeading: (path: string, issueCount: number, f: Formatter) =>
      `${path} ne peut pas être importé (${f.count(issueCount, { one: "erreur", other: "erreurs" })}) :`,
    csvLocation: (line: number, column: number | undefined) =>
      column === undefined ? `ligne ${line}` : `ligne ${line}, colonne ${column}`,
    imported: (
      path: string,
      grid: { name: string; version: number; dimensions: number; criteria: number },
      created: boolean,
      f: Formatter,
    ) =>
      `Grille « ${grid.name} » (version ${grid.version} : ${f.count(grid.dimensions, { one: "dimension", other: "dimensions" })}, ${f.count(grid.criteria, { one: "critère", other: "critères" })}) ${created ? "enregistrée dans le nouvel espace de travail" : "ajoutée à l'espace de travail"} ${path}`,
    alreadyInWorkspace: (gridId: string, version: number) =>
      `L'espace de travail contient déjà la grille « ${gridId} » en version ${version}. Donnez-lui un autre nom avec --name.`,
    resultInvalid:
      "La grille ne peut pas être ajoutée : l'espace de travail obtenu serait invalide :",
  },
  results: {
    noCycle: (path: string) => `${path} ne contient aucun cycle d'évaluation : rien à afficher.`,
    cycleNotFound: (cycleId: string) => `Aucun cycle « ${cycleId} ».`,
    availableCycles: "Cycles disponibles :",
    cycleLine: (cycle: { id: string; name: string; startDate: string | null }) =>
      cycle.startDate
        ? `${cycle.id} : ${cycle.name} (${cycle.startDate})`
        : `${cycle.id} : ${cycle.name}`,
    latestChosen: (cycle: { id: string; name: string }, others: number, f: Formatter) =>
      others === 0
        ? `Cycle affiché : « ${cycle.name} » (${cycle.id}), le seul du fichier.`
        : `Cycle affiché : « ${cycle.name} » (${cycle.id}), le plus récent ; ${f.count(others, { one: "autre cycle", other: "autres cycles" })} (--cycle ID pour choisir).`,
    referenceMissing: {
      gridNotFound: (p: { gridId: string; version: number }) =>
        `la grille « ${p.gridId} » en version ${p.version}, utilisée par ce cycle, manque dans le fichier.`,
      organisationNotFound: (p: { organisationId: string }) =>
        `la structure « ${p.organisationId} » de ce cycle manque dans le fichier.`,
    },
    cannotCompute: (cycleId: string, reason: string) =>
      `Impossible de calculer les résultats du cycle ${cycleId} : ${reason}`,
    title: (cycle: string, organisation: string) => `Résultats : ${cycle} (${organisation})`,
    subtitle: (
      p: {
        grid: string;
        version: number;
        participants: number;
        minGroupSize: number;
        round: 1 | 2 | "final";
      },
      f: Formatter,
    ) =>
      `Grille « ${p.grid} » version ${p.version} · ${f.count(p.participants, { one: "participant·e", other: "participant·es" })} · ${p.round === "final" ? "dernier tour de chacun" : `tour ${p.round}`} · groupes affichés à partir de ${f.count(p.minGroupSize, { one: "personne", other: "personnes" })}`,
    groupsLegend: "Groupes :",
    groupLegendEntry: (code: string, label: string, side: string) =>
      `${code} ${label} (${side.toLocaleLowerCase("fr")})`,
    dimensionsHeading: "Profil par dimension",
    criteriaHeading: "Par critère",
    columns: {
      dimension: "Dimension",
      criterion: "Critère",
      n: "n",
      median: "Médiane",
      quartiles: "Q1–Q3",
      consensus: "Consensus",
      notApplicable: "N/A",
      dontKnow: "NSP",
      internal: "Int.",
      external: "Ext.",
      indicator: "Indicateur",
      latest: "Valeur",
      baseline: "Référence",
      target: "Cible",
      status: "Statut",
      level: "Niveau",
      dissents: "Avis div.",
    },
    normalisedNote:
      "* échelles différentes dans la dimension : médiane et quartiles en position de 0 à 1 (0 = niveau le plus bas, 1 = le plus haut).",
    columnsNote: (consensus: { none: string; full: string }) =>
      `n = personnes ayant donné un niveau ; N/A = non applicable ; NSP = ne sait pas (jamais comptés comme des niveaux) ; consensus de ${consensus.none} (opposition totale) à ${consensus.full} (accord complet).`,
    noOrdinal: "pas d'échelle",
    withheld: "non détaillé (voir la note en fin de tableau)",
    globalScoreWithheld:
      "Note globale non donnée : les résultats de tout le monde sont masqués sur au moins un critère.",
    divergencesHeading: "Écarts à discuter",
    noDivergence: "Aucun écart marqué selon les seuils retenus.",
    divergenceGap: (p: {
      criterion: string;
      a: string;
      aMedian: string;
      aN: number;
      b: string;
      bMedian: string;
      bN: number;
      gap: string;
    }) =>
      `${p.criterion} : ${p.a} ${p.aMedian} (n = ${p.aN}) contre ${p.b} ${p.bMedian} (n = ${p.bN}), écart ${p.gap}`,
    divergenceSpread: (p: { criterion: string; consensus: string; n: number }) =>
      `${p.criterion} : avis très partagés (consensus ${p.consensus}, n = ${p.n})`,
    quantitativeHeading: "Indicateurs chiffrés",
    quantitativeStatus: {
      targetReached: "cible atteinte",
      improving: "en progrès",
      worsening: "en recul",
      unchanged: "stable",
      noTarget: "sans cible",
      noValue: "pas de valeur",
    },
    positionsHeading: "Positions collectives",
    noPositions: "Aucune position collective enregistrée.",
    positionStatus: {
      consensus: "consensus",
      consent: "consentement",
      majorityWithDissent: "majorité, avec désaccord",
      noAgreement: "pas d'accord",
      notDiscussed: "pas discuté",
    },
    globalScore: (p: { convention: string | null; position: string; n: number }) =>
      `Score global (une convention, pas une mesure${p.convention ? ` : ${p.convention}` : ""}) : ${p.position} sur une échelle de 0 à 1, n = ${p.n}`,
    hiddenFootnote: (p: { minGroupSize: number; items: number }, f: Formatter) =>
      `Protection des personnes : un groupe n'apparaît que si au moins ${f.count(p.minGroupSize, { one: "de ses membres a", other: "de ses membres ont" })} répondu, et une ligne qui permettrait de retrouver par différence les réponses de moins de personnes n'apparaît pas non plus ; des lignes sont masquées sur ${f.count(p.items, { one: "ligne", other: "lignes" })} (leurs membres restent comptés dans les totaux).`,
    noneHidden: "Aucune ligne masquée.",
  },
  report: {
    written: (path: string, p: { pages: number; audienceLabel: string }, f: Formatter) =>
      `Rapport écrit dans ${path} : ${f.count(p.pages, { one: "page", other: "pages" })}. ${p.audienceLabel}, en français.`,
    exists: (path: string) =>
      `${path} existe déjà. Choisissez un autre fichier avec -o, ou remplacez-le avec --force.`,
    onlyCover:
      "Aucune des sections demandées n'a de contenu dans ce cycle : le rapport n'a que sa page de titre.",
  },
  apply: {
    invalidHeading: (path: string, issueCount: number, f: Formatter) =>
      `${path} ne contient pas une liste de modifications valide (${f.count(issueCount, { one: "problème", other: "problèmes" })}) :`,
    refused: (position: number, type: string, message: string) =>
      `La modification n° ${position} (${type}) est refusée : ${message}`,
    resultInvalid: "Les modifications donneraient un espace de travail invalide :",
    applied: (count: number, path: string, f: Formatter) =>
      `${f.count(count, { one: "modification appliquée", other: "modifications appliquées" })} ; espace de travail écrit dans ${path}`,
  },
  demo: {
    written: (path: string) => `Espace de travail d'exemple écrit dans ${path}`,
    exists: (path: string) =>
      `${path} existe déjà et diffère de l'exemple. Choisissez un autre fichier avec -o, ou remplacez-le avec --force.`,
    unchanged: (path: string) => `${path} contient déjà l'espace de travail d'exemple.`,
    nextSteps: "Pour continuer :",
    tryValidate: "vérifier le fichier",
    tryResults: "voir les résultats du dernier cycle",
    tryExport: "exporter sa grille en CSV",
  },
  internalError: (message: string) =>
    `Erreur inattendue : ${message}. Merci de la signaler avec la commande lancée.`,
};

export type Messages = typeof fr;
