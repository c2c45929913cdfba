/**
 * What every front says about the rows the disclosure policy withholds: the same
 * words in the app, the PDF report and the command line, in French and English.
 */
import type { Language } from "../model/common.ts";
import type { WithholdingReason } from "../privacy/disclosure-terms.ts";
import type { WithheldRow } from "../results/types.ts";
import { formatterFor } from "./format.ts";
import { LABELS } from "./labels.ts";

interface WithheldMessages {
  /** Rows named, with the reason: `names` is already a list ("A, B et C"). */
  named: Record<WithholdingReason, (names: string, k: string) => string>;
  /** Groups not named (partners), with the reason. */
  unnamedGroups: Record<WithholdingReason, (count: number, k: string) => string>;
  /** The "everyone" row itself, for an item. */
  everyone: Record<WithholdingReason, (k: string) => string>;
}

const MESSAGES: Readonly<Record<Language, WithheldMessages>> = {
  fr: {
    named: {
      belowThreshold: (names, k) =>
        `Non détaillé, car moins de ${k} personnes y ont répondu : ${names}.`,
      wouldReveal: (names, k) =>
        `Non détaillé, car avec les autres lignes il révélerait les réponses de moins de ${k} personnes : ${names}.`,
      criterionWithheld: (names) =>
        `Non détaillé pour cette dimension, car masqué sur au moins un de ses critères : ${names}.`,
    },
    unnamedGroups: {
      belowThreshold: (count, k) =>
        count === 1
          ? `1 groupe n'est pas détaillé : moins de ${k} personnes y ont répondu.`
          : `${count} groupes ne sont pas détaillés : moins de ${k} personnes y ont répondu.`,
      wouldReveal: (count, k) =>
        count === 1
          ? `1 groupe n'est pas détaillé : avec les autres lignes, il révélerait les réponses de moins de ${k} personnes.`
          : `${count} groupes ne sont pas détaillés : avec les autres lignes, ils révéleraient les réponses de moins de ${k} personnes.`,
      criterionWithheld: (count) =>
        count === 1
          ? "1 groupe n'est pas détaillé pour cette dimension : il est masqué sur au moins un de ses critères."
          : `${count} groupes ne sont pas détaillés pour cette dimension : ils sont masqués sur au moins un de ses critères.`,
    },
    everyone: {
      belowThreshold: (k) =>
        `Moins de ${k} personnes ont répondu : les résultats ne sont pas détaillés.`,
      wouldReveal: (k) =>
        `Les résultats de tout le monde ne sont pas détaillés : avec les autres résultats montrés (ceux des tours 1 et 2), ils révéleraient les réponses de moins de ${k} personnes.`,
      criterionWithheld: () =>
        "Les résultats de tout le monde ne sont pas détaillés pour cette dimension : ils sont masqués sur au moins un de ses critères.",
    },
  },
  en: {
    named: {
      belowThreshold: (names, k) => `Not shown, as fewer than ${k} people answered: ${names}.`,
      wouldReveal: (names, k) =>
        `Not shown, as together with the other rows it would reveal the answers of fewer than ${k} people: ${names}.`,
      criterionWithheld: (names) =>
        `Not shown for this dimension, as withheld on at least one of its criteria: ${names}.`,
    },
    unnamedGroups: {
      belowThreshold: (count, k) =>
        count === 1
          ? `1 group is not shown: fewer than ${k} of its people answered.`
          : `${count} groups are not shown: fewer than ${k} of their people answered.`,
      wouldReveal: (count, k) =>
        count === 1
          ? `1 group is not shown: together with the other rows, it would reveal the answers of fewer than ${k} people.`
          : `${count} groups are not shown: together with the other rows, they would reveal the answers of fewer than ${k} people.`,
      criterionWithheld: (count) =>
        count === 1
          ? "1 group is not shown for this dimension: it is withheld on at least one of its criteria."
          : `${count} groups are not shown for this dimension: they are withheld on at least one of its criteria.`,
    },
    everyone: {
      belowThreshold: (k) => `Fewer than ${k} people answered: the results are not shown.`,
      wouldReveal: (k) =>
        `Everyone's results are not shown: together with the other results shown (those of rounds 1 and 2), they would reveal the answers of fewer than ${k} people.`,
      criterionWithheld: () =>
        "Everyone's results are not shown for this dimension: they are withheld on at least one of its criteria.",
    },
  },
};

const REASONS: readonly WithholdingReason[] = [
  "belowThreshold",
  "wouldReveal",
  "criterionWithheld",
];

/** The label of a withheld row, or null for a group that is not named. */
export function withheldRowLabel(row: WithheldRow, lang: Language): string | null {
  const labels = LABELS[lang];
  switch (row.kind) {
    case "overall":
      return labels.overall;
    case "group":
      return row.label;
    case "side":
      return labels.sideTotals[row.side];
    case "perspective":
      return labels.perspectives[row.perspective];
  }
}

/**
 * One sentence per reason saying which rows are not shown and why, in the order
 * "fewer than k", "would reveal", "withheld on a criterion"; the "everyone" row first.
 * Groups withheld for partners carry no name: they are counted.
 */
export function withheldNotes(
  withheld: readonly WithheldRow[],
  options: { lang: Language; minGroupSize: number },
): string[] {
  const { lang } = options;
  const messages = MESSAGES[lang];
  const format = formatterFor(lang);
  const k = format.integer(options.minGroupSize);
  const notes: string[] = [];
  const everyone = withheld.find((row) => row.kind === "overall");
  if (everyone !== undefined) notes.push(messages.everyone[everyone.reason](k));
  for (const reason of REASONS) {
    const rows = withheld.filter((row) => row.kind !== "overall" && row.reason === reason);
    const names = rows.flatMap((row) => {
      const label = withheldRowLabel(row, lang);
      return label === null ? [] : [label];
    });
    const unnamed = rows.length - names.length;
    if (names.length > 0) notes.push(messages.named[reason](format.list(names), k));
    if (unnamed > 0) notes.push(messages.unnamedGroups[reason](unnamed, k));
  }
  return notes;
}
