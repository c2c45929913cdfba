import { type ConsentLevel, formatterFor, LABELS } from "@coeval/core";

const f = formatterFor("fr");

/** The French catalogue: the source of every message. `en.ts` must have the same keys. */
export const fr = {
  app: {
    name: "Coéval",
    tagline: "Évaluer ensemble l'utilité sociale",
    skipLink: "Aller au contenu",
    language: "Langue",
    home: "Accueil",
    loading: "Chargement…",
    notFound: "Cette page n'existe pas.",
    backHome: "Retour à l'accueil",
  },
  languages: { fr: "Français", en: "English" },
  save: {
    saving: "Enregistrement…",
    saved: "Enregistré",
    retry: "Réessayer",
    notSaved: "Non enregistré",
    failedNamed: (name: string) =>
      `Les modifications de « ${name} » n'ont pas pu être enregistrées sur cet appareil. Elles restent en mémoire tant que cette page est ouverte : réessayez, ou exportez-les dans un fichier avant de fermer la page.`,
    failedLocked:
      "Impossible d'enregistrer sur cet appareil. Les réponses restent en mémoire tant que cette page est ouverte : réessayez, et ne fermez pas la page.",
    exportCopy: "Exporter dans un fichier",
    exported: (fileName: string) => `Sauvegarde téléchargée : ${fileName}`,
    conflicts: (count: number) =>
      f.plural(count, {
        one: "Une valeur changée ici l'a aussi été dans un autre onglet ou une autre fenêtre, qui l'a enregistrée d'abord : sa valeur est gardée. Vérifiez-la, et changez-la à nouveau si besoin.",
        other:
          "# valeurs changées ici l'ont aussi été dans un autre onglet ou une autre fenêtre, qui les a enregistrées d'abord : ses valeurs sont gardées. Vérifiez-les, et changez-les à nouveau si besoin.",
      }),
    conflictKept: (mine: string, theirs: string) => `Gardé : ${theirs} (au lieu de ${mine})`,
    conflictRemoved: "supprimé",
    conflictChanged: "modifié",
    conflictsSeen: "J'ai vérifié",
  },
  home: {
    title: "Vos évaluations",
    intro:
      "Coéval aide une structure de l'économie sociale et solidaire à évaluer son utilité sociale avec ses parties prenantes : une grille choisie ensemble, des ateliers, des positionnements et un plan de progrès, sans classement ni note imposée.",
    localOnly: "Tout reste sur cet appareil : pas de compte, pas de serveur.",
    actions: "Commencer",
    newEvaluation: "Nouvelle évaluation",
    openFile: "Ouvrir un fichier",
    openFileHint: "Un fichier .coeval.json exporté depuis Coéval",
    tryDemo: "Essayer la démonstration",
    onDevice: "Sur cet appareil",
    none: "Aucune évaluation sur cet appareil pour l'instant.",
    open: "Ouvrir",
    delete: "Supprimer",
    openNamed: (name: string) => `Ouvrir « ${name} »`,
    deleteNamed: (name: string) => `Supprimer « ${name} »`,
    deleteTitle: (name: string) => `Supprimer « ${name} » ?`,
    deleteBody:
      "L'espace de travail et tout son contenu seront effacés de cet appareil. Un fichier exporté auparavant n'est pas touché.",
    deleted: (name: string) => `« ${name} » a été supprimé de cet appareil.`,
    lastChange: (when: string) => `Dernière modification : ${when}`,
    exportedOn: (when: string) => `Exporté le ${when}`,
    neverExported: "Jamais exporté",
    organisations: "Structures",
    cycles: "Cycles",
    noCycle: "Pas encore de cycle d'évaluation",
    cycleCount: (count: number) =>
      f.plural(count, { one: "# cycle d'évaluation", other: "# cycles d'évaluation" }),
    untitled: "Espace sans nom",
    newOrganisationName: "Nouvelle structure",
    importInvalid: (fileName: string) =>
      `Le fichier « ${fileName} » n'a pas été ouvert : rien n'a été modifié. Problèmes trouvés :`,
    importUnreadable: (fileName: string) =>
      `Le navigateur n'a pas pu lire le fichier « ${fileName} » (déplacé, supprimé ou protégé) : choisissez-le de nouveau.`,
    importWarnings: (fileName: string, count: number) =>
      `Le fichier « ${fileName} » peut être ouvert, ${f.plural(count, { one: "mais lisez d'abord cet avertissement", other: "mais lisez d'abord ces # avertissements" })} ; rien n'est encore enregistré sur cet appareil.`,
    openAnyway: "Ouvrir l'évaluation",
    importReplaceTitle: (name: string) => `Remplacer « ${name} » ?`,
    importReplaceBody:
      "Cet appareil contient déjà cet espace de travail. Le fichier le remplacera ; les modifications faites ici depuis son export seront perdues.",
    replace: "Remplacer",
    imported: (name: string) => `« ${name} » a été ouvert.`,
    unreadableStored: (count: number) =>
      f.plural(count, {
        one: "# espace de travail enregistré sur cet appareil ne peut pas être lu.",
        other: "# espaces de travail enregistrés sur cet appareil ne peuvent pas être lus.",
      }),
    storageUnavailable:
      "Le stockage de cet appareil n'est pas disponible (navigation privée ?) : rien ne pourra être enregistré.",
    demoUnavailable: "La démonstration n'est pas disponible.",
  },
  common: {
    cancel: "Annuler",
    confirm: "Confirmer",
    close: "Fermer",
    problems: (count: number) => f.plural(count, { one: "# problème", other: "# problèmes" }),
    required: "Ce champ est obligatoire.",
    tooLong: (max: number) => `${f.number(max)} caractères au maximum.`,
    optional: "facultatif",
  },
  workspace: {
    nav: "Sections de l'évaluation",
    structure: "Structure",
    grids: "Grilles",
    coconstruction: "Co-construction",
    cycles: "Cycles et ateliers",
    results: "Résultats",
    export: "Exporter",
    exportHint: "Télécharger une sauvegarde (.coeval.json)",
    exported: (fileName: string) => `Sauvegarde téléchargée : ${fileName}`,
    reminder:
      "Des modifications n'ont pas encore été exportées. Une sauvegarde dans un fichier vous protège si cet appareil est effacé.",
    reminderAction: "Exporter une sauvegarde",
    reminderDismiss: "Plus tard",
    notFound: "Cet espace de travail n'existe pas sur cet appareil.",
    unreadable: "Cet espace de travail ne peut pas être lu :",
  },
  structure: {
    title: "La structure",
    noOrganisation: "Cet espace de travail ne contient aucune structure.",
    addOrganisation: "Ajouter une structure",
    chooseOrganisation: "Structure",
    identity: "Identité",
    name: "Nom",
    kind: "Type de structure",
    territory: "Territoire",
    territoryHint: "Quartier, commune, pays, département…",
    network: "Réseau",
    networkHint: "Le réseau qui vous accompagne, s'il y en a un",
    portrait: "Portrait",
    portraitHint: "Le contexte et l'histoire de la structure, avec vos mots : il ouvre le rapport.",
    groups: "Parties prenantes",
    groupsIntro:
      "Les groupes dont les regards seront croisés. Les vues internes et externes sont comparées, jamais fusionnées.",
    noGroups: "Aucun groupe pour l'instant.",
    suggestions: "Suggestions",
    suggestionsHint: "Un clic ajoute le groupe.",
    addSuggestion: (label: string) => `Ajouter ${label}`,
    groupLabel: "Nom du groupe",
    side: "Regard",
    newGroup: "Nouveau groupe",
    addGroup: "Ajouter le groupe",
    remove: "Retirer",
    removeGroup: (label: string) => `Retirer le groupe ${label}`,
    groupInUse: (label: string, count: number) =>
      f.plural(count, {
        one: `Le groupe « ${label} » compte # participant : retirez-le ou changez son groupe d'abord.`,
        other: `Le groupe « ${label} » compte # participants : retirez-les ou changez leur groupe d'abord.`,
      }),
    participants: "Participants",
    participantsIntro:
      "Les personnes qui prennent part à l'évaluation, sous un pseudonyme. Le nom réel est facultatif et n'apparaît que si la personne l'accepte.",
    participantsNeedGroup: "Ajoutez d'abord un groupe de parties prenantes.",
    noParticipants: "Aucun participant pour l'instant.",
    participantCount: (count: number) =>
      f.plural(count, { one: "# participant", other: "# participants" }),
    pseudonym: "Pseudonyme",
    group: "Groupe",
    realName: "Nom réel",
    roles: "Rôles",
    rolesHint: "Séparés par des virgules",
    showName: "Accepte que son nom soit affiché",
    quotes: "Citations",
    addParticipant: "Ajouter le participant",
    newParticipant: "Nouveau participant",
    removeParticipant: (pseudonym: string) => `Retirer ${pseudonym}`,
    participantInUse: (pseudonym: string) =>
      `${pseudonym} a déjà des positionnements enregistrés : on ne peut pas le retirer.`,
    defaultPseudonym: (n: number) => `Participant ${f.number(n)}`,
    cycleParticipants: (cycle: string, count: number) =>
      f.plural(count, {
        one: `Le cycle « ${cycle} » compte # participant.`,
        other: `Le cycle « ${cycle} » compte # participants.`,
      }),
  },
  kinds: LABELS.fr.organisationKinds,
  sides: LABELS.fr.sides,
  consent: {
    none: "Jamais citées hors de l'atelier",
    internal: "Citées dans la structure",
    public: "Citées partout",
  } satisfies Record<ConsentLevel, string>,
  suggestedGroups: {
    staff: "Salariés",
    volunteers: "Bénévoles",
    board: "Administrateurs",
    users: "Usagers",
    partners: "Partenaires",
    funders: "Financeurs",
    authorities: "Collectivités",
    peers: "Pairs",
  },
};

/** The shape every catalogue must have: same keys, same message signatures. */
export type Messages = Widen<typeof fr>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
