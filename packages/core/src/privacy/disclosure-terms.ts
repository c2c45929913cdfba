/**
 * The words of the disclosure policy that results, reports and screens share: who reads,
 * and what became of a row. They live apart from the policy itself (`disclosure.ts`), which
 * reads the results' counting structures, so that those structures can name a row's status
 * without importing the policy back.
 */
/** Who will read the figures: the structure itself, or its partners and network. */
export const AUDIENCES = ["internal", "partners"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Why a row that somebody answered is not shown: every reason reads who answered, never what. */
export type WithholdingReason = "belowThreshold" | "wouldReveal" | "criterionWithheld";

/** The status of one row of one view, as the policy decides it. */
export const RowStatus = {
  shown: 0,
  /** Nobody answered: there is nothing to show or to hide. */
  empty: 1,
  belowThreshold: 2,
  wouldReveal: 3,
  criterionWithheld: 4,
} as const;
export type RowStatus = (typeof RowStatus)[keyof typeof RowStatus];

export function withholdingReason(status: RowStatus): WithholdingReason | null {
  switch (status) {
    case RowStatus.belowThreshold:
      return "belowThreshold";
    case RowStatus.wouldReveal:
      return "wouldReveal";
    case RowStatus.criterionWithheld:
      return "criterionWithheld";
    default:
      return null;
  }
}
