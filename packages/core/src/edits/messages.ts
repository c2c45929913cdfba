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
