// Shared by this folder's tests only: a small workspace ready for a workshop.
import type { Cycle, Participant } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import type { Organisation } from "../model/organisation.ts";
import { Workspace } from "../model/workspace.ts";

export const NOW = "2026-03-01T10:00:00.000Z";

/** UUIDs 00000000-0000-4000-8000-000000000001, …002, … in order. */
export function uuids(): () => string {
  let counter = 0;
  return () => {
    counter++;
    return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`;
  };
}

/** A clock that moves one second at each call, from NOW. */
export function ticking(): () => string {
  let at = Date.parse(NOW);
  return () => {
    at += 1000;
    return new Date(at).toISOString();
  };
}

export function workshopGrid(status: Grid["status"] = "adopted"): Grid {
  return {
    id: "grille",
    version: 2,
    name: "Utilité sociale",
    language: "fr",
    status,
    provenance: {},
    levelNames: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
    glossary: [],
    principles: [],
    globalScore: { enabled: false },
    createdAt: "2026-01-01T00:00:00Z",
    dimensions: [
      {
        id: "lien",
        label: "Lien social",
        criteria: [
          {
            id: "participation",
            label: "Les clients prennent part aux décisions",
            guidingQuestions: ["Qui décide ?"],
            principleIds: [],
            indicators: [
              {
                id: "participation-niveau",
                label: "Niveau",
                kind: "scale",
                scale: {
                  kind: "agreement",
                  levels: [
                    { value: 1, label: "Pas du tout" },
                    { value: 2, label: "Un peu" },
                    { value: 3, label: "Assez" },
                    { value: 4, label: "Tout à fait" },
                  ],
                  allowNotApplicable: true,
                  allowDontKnow: true,
                },
              },
              {
                id: "participation-ag",
                label: "Présence à l'AG",
                kind: "quantitative",
                unit: "%",
                direction: "higherBetter",
                baseline: { value: 9 },
                target: 20,
              },
              { id: "participation-recits", label: "Récits", kind: "narrative" },
            ],
          },
          {
            id: "accueil",
            label: "Accueil",
            guidingQuestions: [],
            principleIds: [],
            indicators: [
              {
                id: "accueil-oui-non",
                label: "Accueil inconditionnel",
                kind: "yesPartlyNo",
                allowNotApplicable: false,
                allowDontKnow: false,
              },
            ],
          },
        ],
      },
      {
        id: "territoire",
        label: "Territoire",
        criteria: [
          {
            id: "ancrage",
            label: "Ancrage local",
            guidingQuestions: [],
            principleIds: [],
            indicators: [{ id: "ancrage-recits", label: "Récits", kind: "narrative" }],
          },
        ],
      },
    ],
  };
}

export const GROUPS = [
  { id: "salaries", label: "Salariés", side: "internal" as const },
  { id: "clients", label: "Clients", side: "external" as const },
  { id: "services", label: "Services sociaux", side: "external" as const },
];

export function person(id: string, groupId: string): Participant {
  return { id, pseudonym: id, groupId, roles: [], consent: { showName: false, quotes: "none" } };
}

export function workshopOrganisation(): Organisation {
  return {
    id: "epicerie",
    name: "L'Épicerie du Lien",
    kind: "association",
    stakeholderGroups: GROUPS,
    participants: [person("ana", "salaries"), person("bea", "salaries")],
  };
}

/** Three employees, four customers, one social worker; one session on every criterion. */
export function workshopCycle(): Cycle {
  return {
    id: "cycle-2026",
    organisationId: "epicerie",
    name: "Cycle 2026",
    grid: { gridId: "grille", version: 2 },
    mode: "selfEvaluation",
    status: "inProgress",
    anonymity: { minGroupSize: 3 },
    participants: [
      person("ana", "salaries"),
      person("bea", "salaries"),
      person("cal", "salaries"),
      person("dia", "clients"),
      person("eli", "clients"),
      person("fez", "clients"),
      person("gil", "clients"),
      person("hal", "services"),
    ],
    sessions: [
      {
        id: "atelier-1",
        kind: "workshop",
        date: "2026-03-01",
        participantIds: [],
        criterionIds: [],
      },
    ],
    ratings: [],
    positions: [],
    measures: [],
    stories: [],
    recommendations: [],
    actions: [],
  };
}

export function workshopWorkspace(): Workspace {
  return Workspace.parse({
    formatVersion: 1,
    id: "espace",
    grids: [workshopGrid()],
    organisations: [workshopOrganisation()],
    cycles: [workshopCycle()],
  });
}
