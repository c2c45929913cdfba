// Shared by this folder's tests only: a workspace with a cycle ready to run a session.
import { type Cycle, type Grid, type Participant, recordRating, Workspace } from "@coeval/core";

const LEVELS = [
  { value: 1, label: "Pas du tout", descriptor: "Rien n'est fait." },
  { value: 2, label: "Un peu" },
  { value: 3, label: "Assez" },
  { value: 4, label: "Tout à fait" },
];

export const SMALL_GROUP_LABEL = "Services sociaux";

function grid(): Grid {
  const criterion = (id: string, label: string) => ({
    id,
    label,
    guidingQuestions: ["Qui décide ?"],
    principleIds: [],
    indicators: [
      {
        id: `${id}-niveau`,
        label: "Niveau",
        kind: "scale" as const,
        scale: {
          kind: "agreement" as const,
          levels: LEVELS,
          allowNotApplicable: true,
          allowDontKnow: true,
        },
      },
    ],
  });
  return {
    id: "grille",
    version: 1,
    name: "Grille",
    language: "fr",
    status: "adopted",
    provenance: {},
    levelNames: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
    glossary: [],
    principles: [],
    globalScore: { enabled: false },
    createdAt: "2026-01-01T00:00:00.000Z",
    dimensions: [
      {
        id: "lien",
        label: "Lien social",
        criteria: [criterion("participation", "Participation"), criterion("accueil", "Accueil")],
      },
    ],
  };
}

const person = (pseudonym: string, groupId: string): Participant => ({
  id: pseudonym
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase(),
  pseudonym,
  groupId,
  roles: [],
  consent: { showName: false, quotes: "none" },
});

/** Three employees, three customers, two social workers (below the threshold of 3); ids are the pseudonyms in lower case without accents. */
export function sessionWorkspace(ratings: [string, number | "na" | "dontKnow"][] = []): Workspace {
  let cycle: Cycle = {
    id: "cycle",
    organisationId: "org",
    name: "Cycle 2026",
    grid: { gridId: "grille", version: 1 },
    mode: "selfEvaluation",
    status: "inProgress",
    anonymity: { minGroupSize: 3 },
    participants: [
      person("Ana", "salaries"),
      person("Bruno", "salaries"),
      person("Chloé", "salaries"),
      person("Emma", "usagers"),
      person("Farid", "usagers"),
      person("Gaëlle", "usagers"),
      person("Hugo", "services"),
      person("Inès", "services"),
    ],
    sessions: [
      { id: "atelier", kind: "workshop", date: "2026-03-01", participantIds: [], criterionIds: [] },
    ],
    ratings: [],
    positions: [],
    measures: [],
    stories: [],
    recommendations: [],
    actions: [],
  };
  const organisation = {
    id: "org",
    name: "Épicerie",
    kind: "association" as const,
    stakeholderGroups: [
      { id: "salaries", label: "Salariés", side: "internal" as const },
      { id: "usagers", label: "Usagers", side: "external" as const },
      { id: "services", label: SMALL_GROUP_LABEL, side: "external" as const },
    ],
  };
  let counter = 0;
  for (const [participantId, value] of ratings) {
    counter++;
    const result = recordRating(
      cycle,
      { sessionId: "atelier", participantId, criterionId: "participation", value, round: 1 },
      {
        grid: grid(),
        organisation,
        now: new Date(Date.UTC(2026, 2, 1, 10, 0, counter)).toISOString(),
        newId: () => `00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`,
      },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    cycle = result.cycle;
  }
  return Workspace.parse({
    formatVersion: 1,
    id: "espace",
    grids: [grid()],
    organisations: [organisation],
    cycles: [cycle],
  });
}

export const sessionHash = (criterionId: string, step: string) =>
  `#/w/espace/cycles/cycle/session/atelier/${criterionId}/${step}`;
