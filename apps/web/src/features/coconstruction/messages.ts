import { formatterFor, type Language, type ProposalStatus } from "@coeval/core";
import { usePreferences } from "../../store/preferences.ts";

const f = formatterFor("fr");

/** The co-construction screens' own strings. */
export const fr = {
  title: "Co-construire la grille",
  intro:
    "Les critères appartiennent aux acteurs : en atelier, chacun propose ce qui compte, le groupe décide ensemble de chaque proposition, puis chaque groupe dit par des gommettes ce qui lui importe le plus.",
  listTitle: "Ateliers de co-construction",
  none: "Aucun atelier pour l'instant.",
  open: (title: string) => `Ouvrir « ${title} »`,
  summary: (proposals: number, voters: number) =>
    `${f.plural(proposals, { one: "# proposition", other: "# propositions" })}, ${f.plural(voters, { one: "# votant", other: "# votants" })}`,
  newTitle: "Nouvel atelier",
  workshopTitle: "Titre de l'atelier",
  defaultTitle: "Atelier de co-construction de la grille",
  date: "Date",
  grid: "Grille en construction",
  gridOption: (name: string, version: number) =>
    `${name} (version ${f.number(version)}, brouillon)`,
  noDraftGrid: "Il faut d'abord une grille en brouillon, même vide : créez-la dans « Grilles ».",
  toGrids: "Aller aux grilles",
  organisation: "Structure",
  pointsPerVoter: "Gommettes par votant",
  create: "Créer l'atelier",
  back: "Tous les ateliers",
  notFound: "Cet atelier n'existe pas dans cet espace de travail.",
  gridLink: (name: string, version: number) => `Grille : ${name}, version ${f.number(version)}`,
  gridMissing: "La grille de cet atelier n'est plus dans l'espace de travail.",
  noGroups:
    "La structure n'a pas encore de groupes de parties prenantes : ajoutez-les dans « Structure » pour noter qui propose, qui objecte et qui vote.",

  proposalsTitle: "Propositions",
  proposalsIntro:
    "Notez ce que les gens proposent, tel qu'ils le disent. Entrée ajoute la proposition et garde le groupe et la dimension pour la suivante.",
  proposalLabel: "Critère proposé",
  proposalDescription: "Précision (facultatif)",
  suggestedDimension: "Dimension suggérée",
  noDimension: "Pas de suggestion",
  proposedBy: "Proposé par (pseudonyme)",
  group: "Groupe",
  noGroup: "Non précisé",
  addProposal: "Ajouter la proposition",
  proposalAdded: (label: string, count: number) =>
    `Proposition ajoutée : « ${label} » (${f.plural(count, { one: "# en tout", other: "# en tout" })}).`,
  noProposals: "Aucune proposition pour l'instant.",
  pendingCount: (count: number) =>
    f.plural(count, { one: "# proposition à examiner", other: "# propositions à examiner" }),
  status: {
    pending: "À examiner",
    accepted: "Acceptée",
    amended: "Reformulée",
    merged: "Fusionnée",
    rejected: "Rejetée",
  } satisfies Record<ProposalStatus, string>,
  proposedByLine: (who: string) => `Proposé par ${who}`,
  inDimension: (dimension: string) => `Dimension suggérée : ${dimension}`,
  accept: "Accepter",
  amend: "Amender",
  merge: "Fusionner",
  reject: "Rejeter",
  decideNamed: (action: string, label: string) => `${action} « ${label} »`,
  decisionFor: (label: string) => `Décision sur « ${label} »`,
  agreedWording: "Formulation retenue par le groupe",
  intoDimension: "Dans la dimension",
  rating: "Comment il sera positionné",
  ratingScale: (levels: string, count: number) =>
    `Échelle de la grille : ${levels} (${f.plural(count, { one: "# critère l'utilise", other: "# critères l'utilisent" })})`,
  ratingStarter: (levels: string) => `Échelle en quatre niveaux : ${levels}`,
  ratingYesPartlyNo: "Oui / en partie / non",
  mergeInto: "Fusionner dans",
  note: "Note sur la décision (facultatif)",
  confirmAccept: "Ajouter à la grille",
  confirmAmend: "Ajouter à la grille sous cette formulation",
  confirmMerge: "Fusionner",
  confirmReject: "Rejeter",
  cancel: "Annuler",
  needsDimension:
    "La grille n'a encore aucune dimension : ajoutez-en une dans l'éditeur de grille.",
  accepted: (label: string) => `« ${label} » est maintenant un critère de la grille.`,
  decided: (label: string, status: string) => `« ${label} » : ${status}.`,
  becameCriterion: (label: string, dimension: string) =>
    `Devenue le critère « ${label} » dans « ${dimension} ».`,
  mergedInto: (label: string) => `Fusionnée dans « ${label} ».`,
  reopen: "Revenir sur la décision",
  reopenNamed: (label: string) => `Revenir sur la décision pour « ${label} »`,
  reopened: (label: string) => `« ${label} » est de nouveau à examiner.`,
  objections: "Objections",
  objection: "Objection",
  objectionGroup: "Groupe qui objecte",
  addObjection: "Noter l'objection",
  recordObjection: "Noter une objection",
  recordObjectionNamed: (label: string) => `Noter une objection à « ${label} »`,
  objectionAdded: (label: string) => `Objection notée pour « ${label} ».`,
  objectionBy: (text: string, group: string) => `${text} — ${group}`,

  voteTitle: "Vote par gommettes",
  voteIntro: (points: number) =>
    `Chaque votant place ${f.plural(points, { one: "# gommette", other: "# gommettes" })} sur les critères qui lui importent le plus (plusieurs sur le même s'il le veut).`,
  votersTitle: "Votants",
  noVoters: "Aucun votant pour l'instant.",
  addParticipants: (count: number) =>
    f.plural(count, {
      one: "Reprendre le participant de la structure",
      other: "Reprendre les # participants de la structure",
    }),
  pseudonym: "Pseudonyme",
  addVoter: "Ajouter le votant",
  removeVoter: (pseudonym: string) => `Retirer ${pseudonym}`,
  voterLine: (pseudonym: string, group: string) => `${pseudonym} (${group})`,
  tableCaption: "Gommettes par critère et par votant",
  criterionColumn: "Critère",
  remaining: "Restantes",
  pointsOf: (pseudonym: string, criterion: string) =>
    `Gommettes de ${pseudonym} pour « ${criterion} »`,
  remainingOf: (remaining: number, total: number) => `${f.number(remaining)} / ${f.number(total)}`,
  noCriteria: "La grille n'a pas encore de critère sur lequel voter.",

  tallyTitle: "Ce qui importe à chaque groupe",
  tallyWarning:
    "L'importance ordonne la discussion et le plan d'action ; elle ne pondère jamais un résultat ni un score.",
  tallyCaption: "Gommettes par critère, groupe par groupe (les plus choisis d'abord)",
  groupColumn: (label: string, voters: number) =>
    `${label} (${f.plural(voters, { one: "# votant", other: "# votants" })})`,
  allColumn: "Tous les votants",
  anonymityOff: "Anonymat désactivé : les gommettes de chaque personne peuvent être lues",
  hiddenGroups: {
    belowThreshold: (count: number, min: number) =>
      f.plural(count, {
        one: `# groupe n'est pas montré : moins de ${f.number(min)} de ses membres ont placé des gommettes, pour que personne ne soit reconnu (ses gommettes comptent dans « Tous les votants »).`,
        other: `# groupes ne sont pas montrés : moins de ${f.number(min)} de leurs membres ont placé des gommettes, pour que personne ne soit reconnu (leurs gommettes comptent dans « Tous les votants »).`,
      }),
    wouldReveal: (count: number, min: number) =>
      f.plural(count, {
        one: `# groupe n'est pas montré non plus : avec lui, « Tous les votants » moins les colonnes montrées donnerait les gommettes de moins de ${f.number(min)} personnes.`,
        other: `# groupes ne sont pas montrés non plus : avec eux, « Tous les votants » moins les colonnes montrées donnerait les gommettes de moins de ${f.number(min)} personnes.`,
      }),
  },
  noVotes: "Aucune gommette placée pour l'instant.",
  pointsCell: (points: number) => f.plural(points, { one: "# gommette", other: "# gommettes" }),
};

export type CoconstructionMessages = typeof fr;

const e = formatterFor("en");

export const en = {
  title: "Co-construct the grid",
  intro:
    "The criteria belong to the actors: in a workshop, everyone proposes what matters, the group decides on each proposal together, then each group says with dots what matters most to it.",
  listTitle: "Co-construction workshops",
  none: "No workshop yet.",
  open: (title: string) => `Open “${title}”`,
  summary: (proposals: number, voters: number) =>
    `${e.plural(proposals, { one: "# proposal", other: "# proposals" })}, ${e.plural(voters, { one: "# voter", other: "# voters" })}`,
  newTitle: "New workshop",
  workshopTitle: "Title of the workshop",
  defaultTitle: "Grid co-construction workshop",
  date: "Date",
  grid: "Grid being built",
  gridOption: (name: string, version: number) => `${name} (version ${e.number(version)}, draft)`,
  noDraftGrid: "A draft grid is needed first, even an empty one: create it in “Grids”.",
  toGrids: "Go to the grids",
  organisation: "Organisation",
  pointsPerVoter: "Dots per voter",
  create: "Create the workshop",
  back: "All workshops",
  notFound: "This workshop does not exist in this workspace.",
  gridLink: (name: string, version: number) => `Grid: ${name}, version ${e.number(version)}`,
  gridMissing: "The grid of this workshop is no longer in the workspace.",
  noGroups:
    "The organisation has no stakeholder groups yet: add them in “Organisation” to record who proposes, who objects and who votes.",

  proposalsTitle: "Proposals",
  proposalsIntro:
    "Write down what people propose, as they say it. Enter adds the proposal and keeps the group and dimension for the next one.",
  proposalLabel: "Proposed criterion",
  proposalDescription: "Details (optional)",
  suggestedDimension: "Suggested dimension",
  noDimension: "No suggestion",
  proposedBy: "Proposed by (pseudonym)",
  group: "Group",
  noGroup: "Not stated",
  addProposal: "Add the proposal",
  proposalAdded: (label: string, count: number) =>
    `Proposal added: “${label}” (${e.number(count)} in all).`,
  noProposals: "No proposal yet.",
  pendingCount: (count: number) =>
    e.plural(count, { one: "# proposal to go through", other: "# proposals to go through" }),
  status: {
    pending: "To go through",
    accepted: "Accepted",
    amended: "Amended",
    merged: "Merged",
    rejected: "Rejected",
  },
  proposedByLine: (who: string) => `Proposed by ${who}`,
  inDimension: (dimension: string) => `Suggested dimension: ${dimension}`,
  accept: "Accept",
  amend: "Amend",
  merge: "Merge",
  reject: "Reject",
  decideNamed: (action: string, label: string) => `${action} “${label}”`,
  decisionFor: (label: string) => `Decision on “${label}”`,
  agreedWording: "Wording the group agreed on",
  intoDimension: "Into the dimension",
  rating: "How it will be rated",
  ratingScale: (levels: string, count: number) =>
    `The grid's scale: ${levels} (${e.plural(count, { one: "used by # criterion", other: "used by # criteria" })})`,
  ratingStarter: (levels: string) => `Four-level scale: ${levels}`,
  ratingYesPartlyNo: "Yes / partly / no",
  mergeInto: "Merge into",
  note: "Note on the decision (optional)",
  confirmAccept: "Add to the grid",
  confirmAmend: "Add to the grid with this wording",
  confirmMerge: "Merge",
  confirmReject: "Reject",
  cancel: "Cancel",
  needsDimension: "The grid has no dimension yet: add one in the grid editor.",
  accepted: (label: string) => `“${label}” is now a criterion of the grid.`,
  decided: (label: string, status: string) => `“${label}”: ${status}.`,
  becameCriterion: (label: string, dimension: string) =>
    `Became the criterion “${label}” in “${dimension}”.`,
  mergedInto: (label: string) => `Merged into “${label}”.`,
  reopen: "Reopen the decision",
  reopenNamed: (label: string) => `Reopen the decision on “${label}”`,
  reopened: (label: string) => `“${label}” is to go through again.`,
  objections: "Objections",
  objection: "Objection",
  objectionGroup: "Group objecting",
  addObjection: "Record the objection",
  recordObjection: "Record an objection",
  recordObjectionNamed: (label: string) => `Record an objection to “${label}”`,
  objectionAdded: (label: string) => `Objection recorded for “${label}”.`,
  objectionBy: (text: string, group: string) => `${text} — ${group}`,

  voteTitle: "Dot voting",
  voteIntro: (points: number) =>
    `Each voter places ${e.plural(points, { one: "# dot", other: "# dots" })} on the criteria that matter most to them (several on one if they wish).`,
  votersTitle: "Voters",
  noVoters: "No voter yet.",
  addParticipants: (count: number) =>
    e.plural(count, {
      one: "Take the organisation's participant",
      other: "Take the organisation's # participants",
    }),
  pseudonym: "Pseudonym",
  addVoter: "Add the voter",
  removeVoter: (pseudonym: string) => `Remove ${pseudonym}`,
  voterLine: (pseudonym: string, group: string) => `${pseudonym} (${group})`,
  tableCaption: "Dots per criterion and per voter",
  criterionColumn: "Criterion",
  remaining: "Left",
  pointsOf: (pseudonym: string, criterion: string) => `Dots from ${pseudonym} on “${criterion}”`,
  remainingOf: (remaining: number, total: number) => `${e.number(remaining)} / ${e.number(total)}`,
  noCriteria: "The grid has no criterion to vote on yet.",

  tallyTitle: "What matters to each group",
  tallyWarning:
    "Importance orders the discussion and the action plan; it never weights a result or a score.",
  tallyCaption: "Dots per criterion, group by group (most chosen first)",
  groupColumn: (label: string, voters: number) =>
    `${label} (${e.plural(voters, { one: "# voter", other: "# voters" })})`,
  allColumn: "All voters",
  anonymityOff: "Anonymity off: each person's dots can be read",
  hiddenGroups: {
    belowThreshold: (count: number, min: number) =>
      e.plural(count, {
        one: `# group is not shown: fewer than ${e.number(min)} of its members placed dots, so that nobody can be recognised (its dots count in “All voters”).`,
        other: `# groups are not shown: fewer than ${e.number(min)} of their members placed dots, so that nobody can be recognised (their dots count in “All voters”).`,
      }),
    wouldReveal: (count: number, min: number) =>
      e.plural(count, {
        one: `# more group is not shown: with it, “All voters” minus the columns shown would give the dots of fewer than ${e.number(min)} people.`,
        other: `# more groups are not shown: with them, “All voters” minus the columns shown would give the dots of fewer than ${e.number(min)} people.`,
      }),
  },
  noVotes: "No dot placed yet.",
  pointsCell: (points: number) => e.plural(points, { one: "# dot", other: "# dots" }),
} satisfies CoconstructionMessages;

export const coconstructionMessages: Record<Language, CoconstructionMessages> = { fr, en };

export function useCoconstructionMessages(): CoconstructionMessages {
  return coconstructionMessages[usePreferences((state) => state.language)];
}
