import { applyGridEdits } from "../grid/edits.ts";
import { adoptGrid } from "../grid/lifecycle.ts";
import type { Grid } from "../model/grid.ts";
import { instantiateTemplate, levelIndicatorId } from "../templates/index.ts";

export const GRID_CREATED_AT = "2025-01-18T10:00:00Z";
export const GRID_ADOPTED_AT = "2025-02-08T11:30:00Z";

/**
 * The grocery's own grid: the social utility template, adapted in a workshop
 * (their word "clients", their baselines and targets, a glossary entry), then adopted.
 */
export function epicerieGrid(gridId: string): Grid {
  const draft = applyGridEdits(
    instantiateTemplate("social-utility-5d", "fr", { now: GRID_CREATED_AT, newGridId: gridId }),
    [
      { type: "renameGrid", name: "Notre utilité sociale : L'Épicerie du Lien" },
      {
        type: "setGridDetails",
        details: {
          description:
            "Grille construite à partir du modèle Coéval lors de l'atelier du 18 janvier 2025 avec des salariés, des bénévoles et des clients. Nous disons « clients » et non « bénéficiaires ».",
        },
      },
      {
        type: "updateCriterion",
        criterionId: "ties.participation",
        changes: { label: "Les clients prennent part aux décisions" },
      },
      {
        type: "updateIndicator",
        indicatorId: levelIndicatorId("ties.participation"),
        changes: { label: "Les clients prennent part aux décisions" },
      },
      {
        type: "updateIndicator",
        indicatorId: "ties.participation.general-meeting",
        changes: {
          label: "Part des clients présents à l'assemblée générale",
          baseline: { value: 9, period: "AG 2024" },
          target: 20,
          source: "Feuille d'émargement de l'AG rapportée au nombre de foyers clients",
        },
      },
      {
        type: "updateIndicator",
        indicatorId: "economy.local-anchoring.local-purchases",
        changes: {
          baseline: { value: 31, period: "2024" },
          target: 50,
          source: "Factures fournisseurs (producteurs à moins de 80 km)",
        },
      },
      {
        type: "updateIndicator",
        indicatorId: "equality.access.households",
        changes: { baseline: { value: 150, period: "2024" }, source: "Fichier des adhésions" },
      },
      {
        type: "updateIndicator",
        indicatorId: "governance.working-conditions.pay-ratio",
        changes: { target: 1.5, source: "Bulletins de paie" },
      },
      {
        type: "addGlossaryEntry",
        entry: {
          term: "Épicerie solidaire",
          definition:
            "Commerce de proximité où les foyers aux revenus modestes achètent des produits de qualité à prix réduit, et où chacun peut s'engager.",
        },
      },
    ],
    {
      now: GRID_CREATED_AT,
      newId: () => {
        throw new Error("the example grid adds no element without an id");
      },
    },
  );
  const adopted = adoptGrid(draft, { now: GRID_ADOPTED_AT });
  if (!adopted.ok) throw new Error(`example grid is invalid: ${JSON.stringify(adopted.issues)}`);
  return adopted.grid;
}
