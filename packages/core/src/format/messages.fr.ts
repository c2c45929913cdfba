/**
 * The French messages: the source catalogue. Every message says what is wrong,
 * then what to do. The English catalogue must have the same keys.
 */

type N = number;
type S = string;

/** Names of value types, as in "attendu : un nombre". */
export const typeNamesFr = {
  string: "du texte",
  number: "un nombre",
  int: "un nombre entier",
  boolean: "true ou false",
  array: "une liste [ … ]",
  object: "un objet { … }",
  null: "null",
  missing: "rien",
  other: "une autre valeur",
};

function typeName(code: S): S {
  return (typeNamesFr as Record<S, S>)[code] ?? code;
}

function typeList(codes: S): S {
  return codes
    .split(",")
    .filter((c) => c !== "")
    .map(typeName)
    .join(" ou ");
}

const megabytesFormat = new Intl.NumberFormat("fr-FR", {
  style: "unit",
  unit: "megabyte",
  maximumFractionDigits: 1,
});

/** A size in bytes as Windows' Explorer shows it: 1 Mo = 1 048 576 octets. */
function megabytes(bytes: N): S {
  return megabytesFormat.format(bytes / 1_048_576);
}

/** How a message names the character a cell starts with. */
function startName(start: S): S {
  if (start === "\t") return "une tabulation";
  if (start === "\r") return "un retour chariot";
  return `« ${start} »`;
}

const PERSPECTIVES: Record<S, S> = {
  self: "auto-évaluation (self)",
  peer: "regard de pair (peer)",
  external: "regard extérieur (external)",
};

export const fr = {
  // The file itself: its size and its encoding
  "file.tooLarge": (p: { size: N; limit: N }) =>
    `le fichier fait ${megabytes(p.size)} : c'est trop pour cet appareil (limite ${megabytes(p.limit)}) ; vérifiez que c'est le bon fichier, ou répartissez l'espace de travail en plusieurs fichiers (par structure ou par année)`,
  "encoding.windows1252": () =>
    "le fichier était enregistré en Windows-1252 (« ANSI », l'encodage par défaut du Bloc-notes et d'Excel sous Windows) : il a été lu comme tel, accents compris ; enregistrez-le en UTF-8 (dans Excel : « CSV UTF-8 ») pour éviter toute ambiguïté",
  "encoding.utf16": (p: { byteOrder: S }) =>
    `le fichier est enregistré en UTF-16 ${p.byteOrder} (ce qu'Excel appelle « Texte Unicode »), que Coéval ne lit pas ; enregistrez-le en UTF-8 : dans Excel, « Enregistrer sous » puis « CSV UTF-8 » ; dans le Bloc-notes, l'encodage « UTF-8 »`,
  "encoding.damagedUtf8": () =>
    "le fichier est en UTF-8, mais un octet de cette ligne n'en est pas : le fichier a été abîmé, ou du texte d'un autre encodage y a été collé ; corrigez cette ligne (ou reprenez une sauvegarde) et enregistrez le fichier en UTF-8",
  "encoding.notText": () =>
    "ce fichier ne contient pas du texte lisible (ni UTF-8, ni Windows-1252) : ce n'est sans doute pas le bon fichier ; choisissez un fichier Coéval (*.coeval.json) ou un CSV enregistré en UTF-8",

  // The document as a whole
  "json.empty": () => "le fichier est vide ; choisissez un fichier Coéval (*.coeval.json)",
  "json.syntax": (p: { found: S }) =>
    `ce n'est pas du JSON valide : « ${p.found} » inattendu ; le fichier a sans doute été abîmé ou modifié à la main, reprenez une sauvegarde ou corrigez-le à cet endroit`,
  "json.unexpectedEnd": () =>
    "le fichier s'arrête trop tôt (JSON incomplet) ; il a sans doute été tronqué, reprenez une sauvegarde complète",
  "document.notObject": (p: { received: S }) =>
    `un fichier Coéval contient un objet { … }, pas ${typeName(p.received)} ; vérifiez que c'est bien un fichier *.coeval.json`,
  "format.versionMissing": () =>
    "le champ formatVersion manque : ce n'est pas un fichier Coéval, ou il a été modifié ; ajoutez « formatVersion »: 1 s'il vient d'une version 1",
  "format.versionInvalid": (p: { received: S }) =>
    `formatVersion vaut « ${p.received} » au lieu d'un nombre entier positif ; remettez la version écrite par Coéval`,
  "format.versionTooNew": (p: { version: N; supported: N }) =>
    `ce fichier a été fait par une version plus récente de Coéval (format ${p.version}, cette version lit jusqu'au format ${p.supported}) ; mettez Coéval à jour pour l'ouvrir`,
  "format.versionUnsupported": (p: { version: N; supported: N }) =>
    `le format ${p.version} est trop ancien et ne peut pas être converti au format ${p.supported} ; ouvrez-le avec une version intermédiaire de Coéval`,
  "format.migrationFailed": (p: { from: N; to: N }) =>
    `la conversion du format ${p.from} au format ${p.to} a échoué : le fichier ne ressemble pas à un fichier Coéval du format ${p.from} ; vérifiez qu'il n'a pas été modifié à la main`,
  "issues.truncated": (p: { count: N }) =>
    `et ${p.count} autre(s) problème(s) non affiché(s) ; corrigez d'abord ceux-ci puis recommencez`,
  "storage.orphanRecord": (p: { path: S }) =>
    `l'enregistrement ${p.path} n'appartient à aucun élément de l'espace de travail gardé sur cet appareil ; rien n'a été effacé, signalez-nous le problème`,
  "storage.idMismatch": (p: { id: S }) =>
    `l'espace de travail gardé sous le nom ${p.id} porte un autre identifiant ; rien n'a été effacé, signalez-nous le problème`,
  "internal.unexpected": () =>
    "erreur inattendue pendant la lecture ; le fichier n'a pas été ouvert, signalez-nous le problème avec le fichier si possible",

  // Values that do not have the expected shape
  "value.required": () => "ce champ obligatoire manque ; ajoutez-le",
  "value.invalidType": (p: { expected: S; received: S }) =>
    `attendu : ${typeName(p.expected)}, trouvé : ${typeName(p.received)} ; corrigez la valeur`,
  "value.invalidEnum": (p: { values: S; received?: S }) =>
    `${p.received === undefined ? "valeur non reconnue" : `« ${p.received} » n'est pas une valeur reconnue`} ; valeurs possibles : ${p.values}`,
  "value.noMatch": (p: { types: S; values: S }) =>
    `valeur non reconnue ; attendu : ${[typeList(p.types), p.values].filter((part) => part !== "").join(" ou l'une des valeurs ")}`,
  "value.invalid": () => "valeur non valide ; corrigez-la",
  "string.empty": () => "ce texte est vide ; écrivez-le ou retirez le champ s'il est facultatif",
  "string.tooShort": (p: { minimum: N }) =>
    `texte trop court : au moins ${p.minimum} caractères ; complétez-le`,
  "string.tooLong": (p: { maximum: N; length: N }) =>
    `texte trop long (${p.length} caractères, ${p.maximum} au plus) ; raccourcissez-le`,
  "array.tooShort": (p: { minimum: N }) =>
    `liste trop courte : il faut au moins ${p.minimum} élément(s) ; complétez-la`,
  "array.tooLong": (p: { maximum: N }) =>
    `liste trop longue : ${p.maximum} élément(s) au plus ; retirez-en`,
  "number.tooSmall": (p: { minimum: N }) =>
    `nombre trop petit : le minimum est ${p.minimum} ; corrigez-le`,
  "number.tooBig": (p: { maximum: N }) =>
    `nombre trop grand : le maximum est ${p.maximum} ; corrigez-le`,
  "number.outOfRange": () =>
    "nombre hors limites : au-delà de ±1,8 × 10^308, il ne peut pas être représenté et serait lu comme l'infini ; écrivez un nombre plus petit (vérifiez l'exposant « e » et les chiffres en trop)",
  "number.notANumber": () =>
    "cette valeur n'est pas un nombre (elle ne vaut rien de calculable) ; écrivez un nombre",
  "number.notInteger": (p: { received: S }) =>
    `${p.received} n'est pas un nombre entier ; utilisez un entier (sans décimales)`,
  "format.date": (p: { received: S }) =>
    `« ${p.received} » n'est pas une date valide ; écrivez-la AAAA-MM-JJ, par exemple 2026-03-14`,
  "format.dateTime": (p: { received: S }) =>
    `« ${p.received} » n'est pas une date et heure valide ; écrivez-la comme 2026-03-14T18:30:00Z`,
  "format.uuid": (p: { received: S }) =>
    `« ${p.received} » n'est pas un UUID valide ; chaque positionnement a un UUID généré par Coéval, ne le modifiez pas`,
  "format.id": (p: { received: S }) =>
    `« ${p.received} » n'est pas un identifiant valide ; utilisez lettres, chiffres et . _ : - seulement, en commençant par une lettre ou un chiffre`,
  "format.colour": (p: { received: S }) =>
    `« ${p.received} » n'est pas une couleur ; écrivez-la #rrggbb, par exemple #1f77b4`,
  "format.pattern": (p: { received: S }) =>
    `« ${p.received} » n'a pas la forme attendue ; corrigez la valeur`,

  // Rules between records
  "grid.duplicateVersion": (p: { gridId: S; version: N }) =>
    `la version ${p.version} de la grille « ${p.gridId} » existe deux fois ; numérotez la nouvelle version autrement`,
  "id.duplicate": (p: { id: S }) =>
    `l'identifiant « ${p.id} » est déjà utilisé par un élément du même type ; donnez un identifiant différent à chacun`,
  "grid.emptyDimension": () =>
    "cette dimension n'a aucun critère ; ajoutez-en au moins un ou retirez la dimension",
  "scale.notIncreasing": (p: { value: N; previous: N }) =>
    `le niveau ${p.value} suit le niveau ${p.previous} : les niveaux doivent aller en croissant ; remettez-les dans l'ordre`,
  "scale.duplicateLevel": (p: { value: N }) =>
    `le niveau ${p.value} apparaît deux fois dans l'échelle ; donnez à chaque niveau une valeur différente`,
  "indicator.bandInverted": (p: { min: N; max: N }) =>
    `la fourchette cible va de ${p.min} à ${p.max} : le minimum dépasse le maximum ; inversez-les`,
  "ref.principle": (p: { id: S }) =>
    `le principe « ${p.id} » n'existe pas dans la charte de cette grille ; ajoutez-le aux principes ou retirez la référence`,
  "ref.organisation": (p: { id: S }) =>
    `la structure « ${p.id} » n'existe pas dans ce fichier ; ajoutez-la ou corrigez l'identifiant`,
  "ref.gridVersion": (p: { gridId: S; version: N }) =>
    `la grille « ${p.gridId} » en version ${p.version} n'existe pas dans ce fichier ; ajoutez cette version ou corrigez la référence`,
  "ref.group": (p: { id: S }) =>
    `le groupe de parties prenantes « ${p.id} » n'existe pas dans la structure de ce cycle ; ajoutez-le à la structure ou corrigez l'identifiant`,
  "ref.session": (p: { id: S }) =>
    `la séance « ${p.id} » n'existe pas dans ce cycle ; ajoutez-la ou corrigez l'identifiant`,
  "ref.participant": (p: { id: S }) =>
    `la personne « ${p.id} » ne fait pas partie des participants de ce cycle ; ajoutez-la ou corrigez l'identifiant`,
  "ref.criterion": (p: { id: S }) =>
    `le critère « ${p.id} » n'existe pas dans la version de grille de ce cycle ; corrigez l'identifiant`,
  "ref.indicator": (p: { id: S; criterionId: S }) =>
    `l'indicateur « ${p.id} » n'existe pas dans le critère « ${p.criterionId} » ; corrigez l'identifiant`,
  "ref.gridIndicator": (p: { id: S }) =>
    `l'indicateur « ${p.id} » n'existe pas dans la version de grille de ce cycle ; corrigez l'identifiant`,
  "ref.grid": (p: { id: S }) =>
    `la grille « ${p.id} » n'existe dans aucune version de ce fichier ; ajoutez-la ou corrigez l'identifiant`,
  "ref.proposal": (p: { id: S }) =>
    `la proposition « ${p.id} » n'existe pas dans cet atelier ; corrigez l'identifiant de la fusion`,
  "ref.voter": (p: { id: S }) =>
    `la personne « ${p.id} » n'est pas inscrite pour voter dans cet atelier ; ajoutez-la aux votants ou corrigez l'identifiant`,
  "vote.duplicate": (p: { voterId: S; criterionId: S }) =>
    `« ${p.voterId} » a deux votes pour le critère « ${p.criterionId} » ; gardez-en un seul`,
  "vote.overBudget": (p: { voterId: S; points: N; pointsPerVoter: N }) =>
    `« ${p.voterId} » place ${p.points} points alors que chacun en a ${p.pointsPerVoter} ; retirez des points`,
  "ref.cycle": (p: { id: S }) =>
    `le cycle « ${p.id} » n'existe pas dans ce fichier ; ajoutez-le ou retirez la référence`,
  "ref.recommendation": (p: { id: S }) =>
    `la recommandation « ${p.id} » n'existe pas dans ce cycle ; ajoutez-la ou retirez la référence`,
  "ref.previousAction": (p: { id: S }) =>
    `« ${p.id} » n'est pas une action du cycle précédent ; corrigez l'identifiant ou indiquez le cycle précédent`,
  "cycle.selfReference": () =>
    "un cycle ne peut pas être son propre cycle précédent ; choisissez un autre cycle ou retirez la référence",
  "rating.notOrdinal": (p: { id: S }) =>
    `l'indicateur « ${p.id} » ne se note pas sur une échelle (il est quantitatif ou narratif) ; positionnez-vous sur un indicateur à échelle`,
  "rating.notALevel": (p: { value: N; scale: S }) =>
    `${p.value} n'est pas un niveau de l'échelle ${p.scale} ; choisissez un niveau de l'échelle`,
  "rating.notApplicableNotAllowed": () =>
    "« non concerné » (na) n'est pas permis pour cet indicateur ; choisissez un niveau, ou autorisez « non concerné » dans la grille",
  "rating.dontKnowNotAllowed": () =>
    "« ne sait pas » (dontKnow) n'est pas permis pour cet indicateur ; choisissez un niveau, ou autorisez « ne sait pas » dans la grille",
  "position.notALevel": (p: { value: N; scale: S }) =>
    `${p.value} n'est pas un niveau de l'échelle ${p.scale} du critère ; choisissez un niveau de l'échelle`,
  "position.noScale": (p: { criterionId: S }) =>
    `le critère « ${p.criterionId} » n'a pas d'indicateur à échelle : sa position ne peut pas avoir de niveau ; mettez le niveau à null`,
  "position.levelRequired": (p: { status: S }) =>
    `une position au statut « ${p.status} » indique le niveau retenu ; ajoutez-le, ou choisissez le statut noAgreement (pas d'accord) ou notDiscussed (pas discuté)`,
  "position.levelMustBeNull": (p: { status: S }) =>
    `une position au statut « ${p.status} » n'a pas de niveau ; mettez le niveau à null ou changez le statut`,
  "measure.notQuantitative": (p: { id: S }) =>
    `l'indicateur « ${p.id} » n'est pas quantitatif : il ne reçoit pas de mesure ; choisissez un indicateur quantitatif`,
  "position.duplicate": (p: { criterionId: S; sessionId: S; firstPath: S }) =>
    `une autre position collective sur le critère « ${p.criterionId} » ${p.sessionId === "" ? "sans séance" : `pour la séance « ${p.sessionId} »`} existe déjà (${p.firstPath}) : une séance n'a qu'une position par critère, et l'une des deux serait ignorée ; gardez-en une seule`,
  "rating.future": (p: { id: S; date: S; limit: S; reference: S }) =>
    `le positionnement ${p.id} est daté du ${p.date}, après ${p.reference === "savedAt" ? "l'enregistrement du fichier" : "la date du jour"} (${p.limit}) : daté dans le futur, il remplacerait pour toujours ceux saisis ensuite ; corrigez sa date (createdAt)`,
  "position.future": (p: { criterionId: S; date: S; limit: S; reference: S }) =>
    `la position collective sur le critère « ${p.criterionId} » est datée du ${p.date}, après ${p.reference === "savedAt" ? "l'enregistrement du fichier" : "la date du jour"} (${p.limit}) : datée dans le futur, elle remplacerait pour toujours celles décidées ensuite ; corrigez sa date (updatedAt)`,
  "anonymity.singleUnconfirmed": () =>
    "un seuil d'anonymat de 1 désactive l'anonymat : les résultats d'un groupe s'affichent dès qu'une seule personne a répondu, donc chaque réponse peut être lue ; si c'est voulu, ajoutez « individualAnswersVisible »: true à côté de minGroupSize, sinon mettez un seuil d'au moins 2 (3 par défaut)",

  // Warnings: the file is read, but something deserves a look
  "rating.afterSavedAt": (p: { id: S; date: S; savedAt: S }) =>
    `le positionnement ${p.id} est daté du ${p.date}, après la date d'enregistrement du fichier (savedAt : ${p.savedAt}) ; il est lu tel quel (les versions précédentes de Coéval ne la mettaient pas à jour à l'export) : exportez de nouveau le fichier pour la corriger`,
  "position.afterSavedAt": (p: { criterionId: S; date: S; savedAt: S }) =>
    `la position collective sur le critère « ${p.criterionId} » est datée du ${p.date}, après la date d'enregistrement du fichier (savedAt : ${p.savedAt}) ; elle est lue telle quelle (les versions précédentes de Coéval ne la mettaient pas à jour à l'export) : exportez de nouveau le fichier pour la corriger`,
  "rating.raterNotInSession": (p: { participantId: S; sessionId: S }) =>
    `« ${p.participantId} » a un positionnement dans la séance « ${p.sessionId} » sans figurer parmi ses présents (participantIds) ; il est compté : ajoutez la personne aux présents de la séance, ou vérifiez la séance de ce positionnement`,
  "rating.perspectiveSide": (p: { perspective: S; side: S; groupId: S }) =>
    `ce positionnement est donné en ${PERSPECTIVES[p.perspective] ?? p.perspective} par une personne du groupe ${p.side === "internal" ? "interne" : "externe"} « ${p.groupId} » ; il est compté comme tel : vérifiez le regard (perspective) ou le groupe de la personne`,

  // Grids in CSV
  "csv.empty": () =>
    "le fichier CSV est vide ; exportez la grille depuis votre tableur avec une ligne de titres de colonnes",
  "csv.noRows": () =>
    "le fichier CSV n'a que la ligne de titres ; ajoutez une ligne par indicateur",
  "csv.unclosedQuote": () =>
    'un guillemet ouvert n\'est jamais refermé ; refermez-le, ou doublez les guillemets qui font partie du texte ("")',
  "csv.unknownColumn": () =>
    "colonne inconnue ; corrigez son titre (voir la liste des colonnes dans la documentation du format) ou supprimez-la",
  "csv.duplicateColumn": () => "cette colonne apparaît deux fois ; gardez-en une seule",
  "csv.missingColumn": () => "cette colonne obligatoire manque ; ajoutez-la à la ligne des titres",
  "csv.extraCells": (p: { count: N }) =>
    `${p.count} cellule(s) de plus que de titres de colonnes ; ajoutez un titre ou videz ces cellules`,
  "csv.missingValue": () => "cette cellule est obligatoire ici ; remplissez-la",
  "csv.badLevel": (p: { fragment: S }) =>
    `niveau mal écrit : « ${p.fragment} » ; écrivez les niveaux ainsi : 1=Pas du tout: descripteur | 2=Un peu: descripteur`,
  "csv.unknownKind": (p: { received: S; values: S }) =>
    `type d'indicateur inconnu : « ${p.received} » ; écrivez l'un de : ${p.values}`,
  "csv.unknownValue": (p: { received: S; values: S }) =>
    `« ${p.received} » n'est pas une valeur reconnue ; écrivez l'une de : ${p.values}`,
  "csv.badNumber": (p: { received: S }) =>
    `« ${p.received} » n'est pas un nombre ; écrivez par exemple 12 ou 12,5, sans espace ni unité`,
  "csv.notForKind": (p: { kind: S }) =>
    `cette colonne ne sert pas aux indicateurs de type « ${p.kind} » ; videz la cellule ou changez le type`,
  "csv.numberOutOfRange": (p: { received: S }) =>
    `« ${p.received} » est un nombre trop grand (au-delà de ±1,8 × 10^308) ; écrivez une valeur plus petite`,
  "csv.formulaText": (p: { start: S }) =>
    `cette cellule commence par ${startName(p.start)}, qu'un tableur peut prendre pour le début d'une formule : Coéval la garde comme du texte, et l'exportera précédée d'une apostrophe (') ; vérifiez que c'est bien le texte voulu`,
  "csv.conflictingValue": (p: { firstLine: N }) =>
    `valeur différente de celle de la ligne ${p.firstLine} pour le même élément ; écrivez la même valeur ou laissez la cellule vide`,
};
