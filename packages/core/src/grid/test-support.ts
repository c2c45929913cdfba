// Shared by this folder's tests only: a small grid with every kind of element.
import type { Grid, Scale } from "../model/grid.ts";
import { createGrid } from "./create.ts";
import { applyGridEdits, type GridEditContext } from "./edits.ts";
import { sequentialIds } from "./ids.ts";

export const NOW = "2026-01-15T10:00:00Z";
export const LATER = "2026-02-01T09:30:00Z";

export function editContext(prefix = "new-"): GridEditContext {
  return { now: LATER, newId: sequentialIds(prefix) };
}

export function fourLevelScale(): Scale {
  return {
    kind: "maturity",
    levels: [
      { value: 1, label: "Pas encore", descriptor: "Rien n'est fait." },
      { value: 2, label: "Premiers pas", descriptor: "Quelques essais." },
      { value: 3, label: "Bien engagé", descriptor: "C'est une habitude." },
      { value: 4, label: "Exemplaire", descriptor: "D'autres s'en inspirent." },
    ],
    allowNotApplicable: true,
    allowDontKnow: true,
  };
}

/** Two dimensions, three criteria, four indicators, a principle and a glossary entry. */
export function sampleGrid(): Grid {
  return applyGridEdits(
    createGrid({ name: "Grille d'essai", now: NOW, id: "grid-1" }),
    [
      { type: "addPrinciple", principle: { id: "p-1", label: "Coopération" } },
      {
        type: "addDimension",
        dimension: {
          id: "d-1",
          label: "Lien social",
          criteria: [
            {
              id: "c-1",
              label: "Participation",
              guidingQuestions: ["Qui décide ?"],
              principleIds: ["p-1"],
              indicators: [
                { id: "i-1", label: "Niveau", kind: "scale", scale: fourLevelScale() },
                {
                  id: "i-2",
                  label: "Présence à l'AG",
                  kind: "quantitative",
                  unit: "%",
                  direction: "higherBetter",
                },
              ],
            },
            {
              id: "c-2",
              label: "Convivialité",
              indicators: [
                {
                  id: "i-3",
                  label: "Moments partagés",
                  kind: "yesPartlyNo",
                  allowNotApplicable: true,
                  allowDontKnow: true,
                },
              ],
            },
          ],
        },
      },
      {
        type: "addDimension",
        dimension: {
          id: "d-2",
          label: "Économie",
          criteria: [
            {
              id: "c-3",
              label: "Emploi local",
              indicators: [{ id: "i-4", label: "Récits", kind: "narrative" }],
            },
          ],
        },
      },
      { type: "addGlossaryEntry", entry: { term: "AG", definition: "Assemblée générale." } },
    ],
    editContext("unused-"),
  );
}
