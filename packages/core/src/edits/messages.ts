import type { Language } from "../model/common.ts";

/**
 * Why an edit was refused, in words a facilitator can act on: what is wrong, then what to do.
 * French is the source; the English catalogue has the same keys.
 */
const fr = {
  "edit.invalid": (p: { details: string }) =>
    `Cette modification est mal formée\u00a0: ${p.details}. Elle n’a pas été appliquée.`,
  "edit.idInUse": (p: { id: string }) =>
    `L’identifiant «\u00a0${p.id}\u00a0» est déjà utilisé. Rejouez la modification avec un nouvel identifiant.`,
  "organisation.unknown": (p: { id: string }) =>
    `La structure «\u00a0${p.id}\u00a0» n’existe pas dans cet espace. Rouvrez l’espace et réessayez.`,
  "group.unknown": (p: { id: string }) =>
    `Le groupe «\u00a0${p.id}\u00a0» n’existe pas dans cette structure. Choisissez un groupe de la liste.`,
  "group.hasMembers": (p: { label: string; members: number }) =>
    `Le groupe «\u00a0${p.label}\u00a0» compte encore ${p.members} ${p.members > 1 ? "membres" : "membre"}\u00a0; déplacez-les vers un autre groupe avant de le supprimer.`,
  "group.named": (p: { label: string }) =>
    `Le groupe «\u00a0${p.label}\u00a0» est nommé dans des désaccords ou dans un atelier de co-construction\u00a0: le retirer effacerait qui s’y est exprimé. Gardez-le, ou renommez-le.`,
  "participant.unknown": (p: { id: string }) =>
    `La personne «\u00a0${p.id}\u00a0» n’est pas dans la liste de cette structure.`,
  "participant.hasRatings": (p: { pseudonym: string }) =>
    `«\u00a0${p.pseudonym}\u00a0» a déjà donné des appréciations\u00a0; la retirer les rendrait orphelines. Gardez-la dans la liste.`,
  "grid.unknownVersion": (p: { id: string; version: number }) =>
    `La version ${p.version} de la grille «\u00a0${p.id}\u00a0» n’existe pas dans cet espace.`,
  "grid.idInUse": (p: { id: string; version: number }) =>
    `Une version ${p.version} de la grille «\u00a0${p.id}\u00a0» existe déjà. Importez-la comme une copie.`,
  "grid.editDoesNotFit": (p: { reason: string }) =>
    `Cette modification ne correspond pas à la grille (${p.reason})\u00a0: elle a peut-être changé entre-temps. Rechargez la grille et réessayez.`,
  "grid.invalidResult": (p: { details: string }) =>
    `Cette modification rendrait la grille invalide\u00a0: ${p.details}.`,
  "grid.alreadyDraft": (p: { version: number }) =>
    `La version ${p.version} est déjà un brouillon\u00a0: modifiez-la directement.`,
  "grid.notAdoptable": (p: { count: number; details: string }) =>
    `La grille ne peut pas être adoptée (${p.count} ${p.count > 1 ? "problèmes" : "problème"})\u00a0: ${p.details}`,
  "workshop.unknown": (p: { id: string }) =>
    `L’atelier «\u00a0${p.id}\u00a0» n’existe pas dans cet espace.`,
  "workshop.noGrid": (p: { gridId: string }) =>
    `La grille «\u00a0${p.gridId}\u00a0» de cet atelier n’est pas dans l’espace\u00a0: importez-la avant d’accepter une proposition.`,
  "workshop.unknownProposal": (p: { id: string }) =>
    `La proposition «\u00a0${p.id}\u00a0» n’existe pas dans cet atelier.`,
  "workshop.proposalDecided": (p: { label: string }) =>
    `La proposition «\u00a0${p.label}\u00a0» est déjà devenue un critère de la grille\u00a0: modifiez ce critère dans la grille.`,
  "workshop.unknownVoter": (p: { id: string }) =>
    `La personne «\u00a0${p.id}\u00a0» ne vote pas dans cet atelier.`,
  "cycle.unknown": (p: { id: string }) =>
    `Le cycle «\u00a0${p.id}\u00a0» n’existe pas dans cet espace.`,
  "cycle.gridNotFound": () =>
    "La version de grille choisie n’existe pas dans cet espace. Choisissez une grille adoptée.",
  "cycle.gridNotAdopted": () =>
    "Seule une version adoptée de la grille peut servir à un cycle\u00a0: adoptez-la d’abord.",
  "cycle.previousCycleNotFound": () =>
    "Le cycle précédent choisi n’appartient pas à cette structure. Choisissez-en un de la liste.",
  "cycle.individualAnswersNotConfirmed": () =>
    "Un seuil de 1 rend chaque réponse lisible\u00a0: confirmez que les personnes l’ont choisi.",
  "cycle.carriesActions": (p: { count: number }) =>
    `Ce cycle suit ${p.count} ${p.count > 1 ? "actions" : "action"} du cycle précédent\u00a0: gardez ce cycle précédent, ou détachez d’abord ces actions.`,
  "cycle.invalidDetails": (p: { details: string }) =>
    `Ces réglages du cycle ne conviennent pas\u00a0: ${p.details}`,
  "cycle.unreadable": (p: { id: string }) =>
    `Le cycle «\u00a0${p.id}\u00a0» ne retrouve pas sa version de grille ou sa structure dans cet espace\u00a0: importez-les avant de le modifier.`,
  "cycle.unknownParticipant": (p: { id: string }) =>
    `La personne «\u00a0${p.id}\u00a0» ne participe pas à ce cycle.`,
  "cycle.participantHasRecords": (p: { pseudonym: string }) =>
    `Des appréciations ou des récits de «\u00a0${p.pseudonym}\u00a0» sont enregistrés dans ce cycle\u00a0; retirer cette personne les rendrait orphelins. Gardez-la dans le cycle.`,
  "session.unknown": (p: { id: string }) =>
    `La séance «\u00a0${p.id}\u00a0» n’existe pas dans ce cycle.`,
  "session.invalid": (p: { details: string }) =>
    `Cette séance ne peut pas être enregistrée ainsi\u00a0: ${p.details}.`,
  "session.hasRecords": (p: { name: string }) =>
    `Des appréciations, des positionnements collectifs ou un avis ont été enregistrés pendant la séance «\u00a0${p.name}\u00a0»\u00a0: elle est gardée pour qu’ils gardent leur contexte.`,
  "position.invalid": (p: { details: string }) =>
    `Ce positionnement collectif ne peut pas être enregistré ainsi\u00a0: ${p.details}.`,
  "position.none": (p: { criterionId: string }) =>
    `Le critère «\u00a0${p.criterionId}\u00a0» n’a pas de positionnement collectif à effacer.`,
  "measure.unknown": (p: { id: string }) =>
    `La valeur «\u00a0${p.id}\u00a0» n’est pas enregistrée dans ce cycle.`,
  "measure.invalid": (p: { details: string }) =>
    `Cette valeur ne peut pas être enregistrée ainsi\u00a0: ${p.details}.`,
  "story.unknown": (p: { id: string }) =>
    `Le récit «\u00a0${p.id}\u00a0» n’est pas enregistré dans ce cycle.`,
  "story.invalid": (p: { details: string }) =>
    `Ce récit ne peut pas être enregistré ainsi\u00a0: ${p.details}.`,
  "recommendation.unknown": (p: { id: string }) =>
    `La recommandation «\u00a0${p.id}\u00a0» n’existe pas dans ce cycle.`,
  "recommendation.invalid": (p: { details: string }) =>
    `Cette recommandation ne peut pas être enregistrée ainsi\u00a0: ${p.details}.`,
  "action.unknown": (p: { id: string }) =>
    `L’action «\u00a0${p.id}\u00a0» n’est pas dans le plan de ce cycle.`,
  "action.invalid": (p: { details: string }) =>
    `Cette action ne peut pas être enregistrée ainsi\u00a0: ${p.details}.`,
  "action.unknownPreviousAction": (p: { id: string }) =>
    `L’action «\u00a0${p.id}\u00a0» n’est pas dans le plan du cycle précédent\u00a0: une action ne peut prolonger que l’une de celles-là. Choisissez le cycle précédent d’abord.`,
  "action.continuedLater": (p: { title: string; count: number }) =>
    `L’action «\u00a0${p.title}\u00a0» est prolongée par ${p.count} ${p.count > 1 ? "actions" : "action"} d’un cycle suivant\u00a0: la retirer leur ferait perdre leur origine. Notez plutôt qu’elle est abandonnée.`,
  "followUp.invalid": (p: { details: string }) =>
    `Ce suivi ne peut pas être noté ainsi\u00a0: ${p.details}.`,
  "workshop.unknownGrid": (p: { gridId: string }) =>
    `La grille «\u00a0${p.gridId}\u00a0» n’est pas dans cet espace. Choisissez une grille de la liste.`,
  "workshop.pointsBelowUsed": (p: { used: number }) =>
    `Un votant a déjà placé ${p.used} ${p.used > 1 ? "gommettes" : "gommette"}\u00a0: le nombre par votant ne peut pas être plus petit.`,
  "workshop.mergeIntoItself": () =>
    "Une proposition ne peut pas être fusionnée dans elle-même. Choisissez-en une autre.",
  "workshop.closedMergeTarget": (p: { label: string }) =>
    `La proposition «\u00a0${p.label}\u00a0» est elle-même fusionnée ou rejetée\u00a0: fusionnez plutôt dans une proposition encore ouverte.`,
  "workshop.invalidPoints": () =>
    "Un nombre entier de gommettes, 0 ou plus\u00a0: corrigez le nombre saisi.",
  "workshop.overBudget": (p: { pseudonym: string; pointsPerVoter: number; requested: number }) =>
    `${p.pseudonym} a ${p.pointsPerVoter} ${p.pointsPerVoter > 1 ? "gommettes" : "gommette"} en tout\u00a0: ${p.requested} demandées. Retirez-en d’abord ailleurs.`,
} satisfies Record<string, (params: never) => string>;

export type RefusalCode = keyof typeof fr;
export type RefusalParams<C extends RefusalCode> = Parameters<(typeof fr)[C]>[0];

const en: { [C in RefusalCode]: (typeof fr)[C] } = {
  "edit.invalid": (p) => `This change is malformed: ${p.details}. It was not applied.`,
  "edit.idInUse": (p) => `The id "${p.id}" is already in use. Replay the change with a new id.`,
  "organisation.unknown": (p) =>
    `The organisation "${p.id}" is not in this workspace. Reopen the workspace and try again.`,
  "group.unknown": (p) =>
    `The group "${p.id}" is not in this organisation. Choose a group from the list.`,
  "group.hasMembers": (p) =>
    `The group "${p.label}" still has ${p.members} ${p.members > 1 ? "members" : "member"}; move them to another group before removing it.`,
  "group.named": (p) =>
    `The group "${p.label}" is named in dissents or in a co-construction workshop: removing it would lose who spoke there. Keep it, or rename it.`,
  "participant.unknown": (p) => `The person "${p.id}" is not on this organisation's list.`,
  "participant.hasRatings": (p) =>
    `"${p.pseudonym}" has already given ratings; removing them would orphan the ratings. Keep them on the list.`,
  "grid.unknownVersion": (p) =>
    `Version ${p.version} of the grid "${p.id}" is not in this workspace.`,
  "grid.idInUse": (p) =>
    `A version ${p.version} of the grid "${p.id}" already exists. Import it as a copy.`,
  "grid.editDoesNotFit": (p) =>
    `This change does not fit the grid (${p.reason}): it may have changed meanwhile. Reload the grid and try again.`,
  "grid.invalidResult": (p) => `This change would make the grid invalid: ${p.details}.`,
  "grid.alreadyDraft": (p) => `Version ${p.version} is already a draft: edit it directly.`,
  "grid.notAdoptable": (p) =>
    `The grid cannot be adopted (${p.count} ${p.count > 1 ? "problems" : "problem"}): ${p.details}`,
  "workshop.unknown": (p) => `The workshop "${p.id}" is not in this workspace.`,
  "workshop.noGrid": (p) =>
    `This workshop's grid "${p.gridId}" is not in the workspace: import it before accepting a proposal.`,
  "workshop.unknownProposal": (p) => `The proposal "${p.id}" is not in this workshop.`,
  "workshop.proposalDecided": (p) =>
    `The proposal "${p.label}" already became a criterion of the grid: edit that criterion in the grid.`,
  "workshop.unknownVoter": (p) => `The person "${p.id}" does not vote in this workshop.`,
  "cycle.unknown": (p) => `The cycle "${p.id}" is not in this workspace.`,
  "cycle.gridNotFound": () =>
    "The chosen grid version is not in this workspace. Choose an adopted grid.",
  "cycle.gridNotAdopted": () =>
    "Only an adopted version of a grid can be used by a cycle: adopt it first.",
  "cycle.previousCycleNotFound": () =>
    "The chosen previous cycle does not belong to this organisation. Choose one from the list.",
  "cycle.individualAnswersNotConfirmed": () =>
    "A threshold of 1 makes every answer readable: confirm that the people chose it.",
  "cycle.carriesActions": (p) =>
    `This cycle follows up ${p.count} ${p.count > 1 ? "actions" : "action"} of its previous cycle: keep that previous cycle, or detach those actions first.`,
  "cycle.invalidDetails": (p) => `These cycle settings do not fit: ${p.details}`,
  "cycle.unreadable": (p) =>
    `The cycle "${p.id}" cannot find its grid version or its organisation in this workspace: import them before changing it.`,
  "cycle.unknownParticipant": (p) => `The person "${p.id}" does not take part in this cycle.`,
  "cycle.participantHasRecords": (p) =>
    `Ratings or stories by "${p.pseudonym}" are recorded in this cycle; removing them would orphan those records. Keep them in the cycle.`,
  "session.unknown": (p) => `The session "${p.id}" is not in this cycle.`,
  "session.invalid": (p) => `This session cannot be saved like this: ${p.details}.`,
  "session.hasRecords": (p) =>
    `Ratings, collective positions or an opinion were recorded during the session "${p.name}": it is kept so that they keep their context.`,
  "position.invalid": (p) => `This collective position cannot be saved like this: ${p.details}.`,
  "position.none": (p) => `The criterion "${p.criterionId}" has no collective position to clear.`,
  "measure.unknown": (p) => `The value "${p.id}" is not recorded in this cycle.`,
  "measure.invalid": (p) => `This value cannot be recorded like this: ${p.details}.`,
  "story.unknown": (p) => `The story "${p.id}" is not recorded in this cycle.`,
  "story.invalid": (p) => `This story cannot be saved like this: ${p.details}.`,
  "recommendation.unknown": (p) => `The recommendation "${p.id}" is not in this cycle.`,
  "recommendation.invalid": (p) => `This recommendation cannot be saved like this: ${p.details}.`,
  "action.unknown": (p) => `The action "${p.id}" is not in this cycle's plan.`,
  "action.invalid": (p) => `This action cannot be saved like this: ${p.details}.`,
  "action.unknownPreviousAction": (p) =>
    `The action "${p.id}" is not in the plan of the previous cycle: an action can only carry over one of those. Choose the previous cycle first.`,
  "action.continuedLater": (p) =>
    `The action "${p.title}" is carried over by ${p.count} ${p.count > 1 ? "actions" : "action"} of a later cycle: removing it would lose their origin. Mark it abandoned instead.`,
  "followUp.invalid": (p) => `This follow-up cannot be noted like this: ${p.details}.`,
  "workshop.unknownGrid": (p) =>
    `The grid "${p.gridId}" is not in this workspace. Choose a grid from the list.`,
  "workshop.pointsBelowUsed": (p) =>
    `A voter has already placed ${p.used} ${p.used > 1 ? "dots" : "dot"}: the number per voter cannot be smaller.`,
  "workshop.mergeIntoItself": () => "A proposal cannot be merged into itself. Choose another one.",
  "workshop.closedMergeTarget": (p) =>
    `The proposal "${p.label}" is itself merged or rejected: merge into a proposal that is still open instead.`,
  "workshop.invalidPoints": () => "A whole number of dots, 0 or more: correct the number typed.",
  "workshop.overBudget": (p) =>
    `${p.pseudonym} has ${p.pointsPerVoter} ${p.pointsPerVoter > 1 ? "dots" : "dot"} in all: ${p.requested} requested. Take some off elsewhere first.`,
};

const catalogues = { fr, en } as const;

export function refusalMessage<C extends RefusalCode>(
  code: C,
  params: RefusalParams<C>,
  lang: Language,
): string {
  const message = catalogues[lang][code] as (params: RefusalParams<C>) => string;
  return message(params);
}
