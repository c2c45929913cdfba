/** A small, hand-written valid workspace that tests break in one precise place. */
import type { Grid } from "../model/grid.ts";
import { FORMAT_VERSION, type Workspace } from "../model/workspace.ts";

export function sampleGrid(): Grid {
  return {
    id: "grille-lien",
    version: 1,
    name: "Grille du lien",
    language: "fr",
    status: "adopted",
    provenance: {},
    levelNames: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
    glossary: [],
    principles: [{ id: "democratie", label: "Démocratie" }],
    globalScore: { enabled: false },
    createdAt: "2026-01-10T09:00:00Z",
    dimensions: [
      {
        id: "lien-social",
        label: "Lien social et démocratie locale",
        criteria: [
          {
            id: "participation",
            label: "Les clients prennent part aux décisions",
            guidingQuestions: ["Qui décide des horaires ?", "Qui vient à l'AG ?"],
            principleIds: ["democratie"],
            indicators: [
              {
                id: "participation-niveau",
                label: "Niveau de participation",
                kind: "scale",
                scale: {
                  kind: "maturity",
                  levels: [
                    { value: 1, label: "Pas du tout", descriptor: "Personne ne demande leur avis" },
                    { value: 2, label: "Un peu" },
                    { value: 3, label: "Assez" },
                    { value: 4, label: "Tout à fait" },
                  ],
                  allowNotApplicable: false,
                  allowDontKnow: true,
                },
              },
              {
                id: "presence-ag",
                label: "Part des clients présents à l'AG",
                kind: "quantitative",
                unit: "%",
                direction: "higherBetter",
                baseline: { value: 9, period: "2025" },
                target: 20,
              },
              { id: "recits", label: "Récits de participation", kind: "narrative" },
            ],
          },
          {
            id: "ecoute",
            label: "Les bénévoles sont écoutés",
            guidingQuestions: [],
            principleIds: [],
            indicators: [
              {
                id: "ecoute-onp",
                label: "Les bénévoles sont consultés",
                kind: "yesPartlyNo",
                allowNotApplicable: true,
                allowDontKnow: true,
              },
            ],
          },
        ],
      },
    ],
  };
}

export function sampleWorkspace(): Workspace {
  return {
    formatVersion: FORMAT_VERSION,
    id: "epicerie",
    grids: [sampleGrid()],
    gridWorkshops: [],
    organisations: [
      {
        id: "epicerie-du-lien",
        name: "L'Épicerie du Lien",
        kind: "association",
        stakeholderGroups: [
          { id: "salaries", label: "Salariés", side: "internal" },
          { id: "clients", label: "Clients", side: "external" },
        ],
      },
    ],
    cycles: [
      {
        id: "cycle-2026",
        organisationId: "epicerie-du-lien",
        name: "Évaluation 2026",
        grid: { gridId: "grille-lien", version: 1 },
        mode: "selfEvaluation",
        status: "inProgress",
        anonymity: { minGroupSize: 3 },
        participants: [
          {
            id: "p1",
            pseudonym: "Salariée 1",
            groupId: "salaries",
            roles: [],
            consent: { showName: false, quotes: "none" },
          },
          {
            id: "p2",
            pseudonym: "Client 1",
            groupId: "clients",
            roles: [],
            consent: { showName: false, quotes: "internal" },
          },
        ],
        sessions: [
          {
            id: "atelier-1",
            kind: "workshop",
            date: "2026-03-14",
            participantIds: ["p1", "p2"],
            criterionIds: ["participation"],
          },
        ],
        ratings: [
          {
            id: "3b241101-e2bb-4255-8caf-4136c566a962",
            sessionId: "atelier-1",
            participantId: "p1",
            criterionId: "participation",
            indicatorId: "participation-niveau",
            value: 3,
            round: 1,
            perspective: "self",
            createdAt: "2026-03-14T18:30:00Z",
          },
          {
            id: "5c0c7c5e-1d0a-4c1c-9a5e-0c6f3f1d2e3a",
            sessionId: "atelier-1",
            participantId: "p2",
            criterionId: "participation",
            indicatorId: "participation-niveau",
            value: "dontKnow",
            round: 1,
            perspective: "external",
            createdAt: "2026-03-14T18:31:00Z",
          },
        ],
        positions: [
          {
            criterionId: "participation",
            sessionId: "atelier-1",
            level: 2,
            status: "majorityWithDissent",
            dissents: [
              { text: "La boîte à idées, c'est de la participation", groupIds: ["salaries"] },
            ],
            strengths: [],
            weaknesses: [],
            updatedAt: "2026-03-14T19:00:00Z",
          },
        ],
        measures: [
          {
            id: "m1",
            criterionId: "participation",
            indicatorId: "presence-ag",
            value: 9,
            recordedAt: "2026-03-14T19:05:00Z",
          },
        ],
        stories: [
          {
            id: "s1",
            criterionIds: ["participation"],
            indicatorId: "recits",
            text: "L'AG tombe un mardi après-midi, je travaille.",
            kind: "testimony",
            valence: "mixed",
            consent: "internal",
            tellerId: "p2",
          },
        ],
        recommendations: [
          { id: "r1", text: "Tenir l'AG un samedi", criterionIds: ["participation"] },
        ],
        actions: [
          {
            id: "a1",
            title: "AG un samedi",
            status: "planned",
            criterionIds: ["participation"],
            recommendationId: "r1",
            followUps: [],
          },
        ],
      },
    ],
  };
}

/** The value, or a test failure saying it was missing: lets tests index arrays without `!`. */
export function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("expected a value, got undefined");
  return value;
}
