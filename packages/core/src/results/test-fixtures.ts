/** Builders of small, valid grids, organisations and cycles for the results tests. */
import type {
  CollectivePosition,
  Cycle,
  Measure,
  Participant,
  Perspective,
  Rating,
  RatingValue,
  Story,
} from "../model/cycle.ts";
import type { Criterion, Grid, Indicator, ScaleIndicator } from "../model/grid.ts";
import type { Organisation, Side } from "../model/organisation.ts";
import type { ResultsContext } from "./compute.ts";

export function scaleIndicator(
  id: string,
  values: readonly number[] = [1, 2, 3, 4],
): ScaleIndicator {
  return {
    id,
    label: `Indicateur ${id}`,
    kind: "scale",
    scale: {
      kind: "agreement",
      levels: values.map((value) => ({ value, label: `Niveau ${value}` })),
      allowNotApplicable: true,
      allowDontKnow: true,
    },
  };
}

export function criterion(id: string, indicators: Indicator[]): Criterion {
  return {
    id,
    label: `Critère ${id}`,
    guidingQuestions: [],
    principleIds: [],
    indicators,
  };
}

export function grid(
  dimensions: { id: string; criteria: Criterion[] }[],
  globalScore = false,
): Grid {
  return {
    id: "grille",
    version: 1,
    name: "Grille de test",
    language: "fr",
    status: "adopted",
    provenance: {},
    levelNames: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
    glossary: [],
    principles: [],
    globalScore: globalScore
      ? { enabled: true, convention: "Médiane de tous les positionnements" }
      : { enabled: false },
    createdAt: "2026-01-01T00:00:00Z",
    dimensions: dimensions.map((d) => ({
      id: d.id,
      label: `Dimension ${d.id}`,
      criteria: d.criteria,
    })),
  };
}

export function organisation(groups: { id: string; label: string; side: Side }[]): Organisation {
  return { id: "org", name: "Structure", kind: "association", stakeholderGroups: groups };
}

export function participant(id: string, groupId: string): Participant {
  return { id, pseudonym: id, groupId, roles: [], consent: { showName: false, quotes: "none" } };
}

let ratingCounter = 0;

export interface RatingSpec {
  participantId: string;
  indicatorId: string;
  criterionId: string;
  value: RatingValue;
  round?: 1 | 2;
  perspective?: Perspective;
  createdAt?: string;
  id?: string;
}

export function rating(spec: RatingSpec): Rating {
  ratingCounter++;
  return {
    id: spec.id ?? `00000000-0000-4000-8000-${ratingCounter.toString(16).padStart(12, "0")}`,
    sessionId: "atelier",
    participantId: spec.participantId,
    criterionId: spec.criterionId,
    indicatorId: spec.indicatorId,
    value: spec.value,
    round: spec.round ?? 1,
    perspective: spec.perspective ?? "self",
    createdAt: spec.createdAt ?? "2026-03-01T10:00:00Z",
  };
}

export function cycle(parts: {
  participants: Participant[];
  ratings: Rating[];
  minGroupSize?: number;
  positions?: CollectivePosition[];
  measures?: Measure[];
  stories?: Story[];
  actions?: Cycle["actions"];
  id?: string;
}): Cycle {
  return {
    id: parts.id ?? "cycle-2026",
    organisationId: "org",
    name: "Cycle 2026",
    grid: { gridId: "grille", version: 1 },
    mode: "selfEvaluation",
    status: "inProgress",
    anonymity: { minGroupSize: parts.minGroupSize ?? 3 },
    participants: parts.participants,
    sessions: [],
    ratings: parts.ratings,
    positions: parts.positions ?? [],
    measures: parts.measures ?? [],
    stories: parts.stories ?? [],
    recommendations: [],
    actions: parts.actions ?? [],
  };
}

/**
 * DOMAIN.md's worked example: L'Épicerie du Lien, criterion "Customers take part in
 * decisions", scale 1–4, round 1 as told, and round 2 where employees move to 2.
 */
export function epicerieDuLien(options: { withRound2: boolean }): ResultsContext {
  const groups = [
    { id: "salaries", label: "Salariés", side: "internal" as const },
    { id: "benevoles", label: "Bénévoles", side: "internal" as const },
    { id: "clients", label: "Clients", side: "external" as const },
    { id: "services-sociaux", label: "Services sociaux", side: "external" as const },
  ];
  const round1: [string, string, RatingValue][] = [
    ["sal-1", "salaries", 3],
    ["sal-2", "salaries", 3],
    ["sal-3", "salaries", 4],
    ["sal-4", "salaries", 3],
    ["ben-1", "benevoles", 3],
    ["ben-2", "benevoles", 2],
    ["ben-3", "benevoles", 3],
    ["cli-1", "clients", 1],
    ["cli-2", "clients", 1],
    ["cli-3", "clients", 2],
    ["cli-4", "clients", 1],
    ["cli-5", "clients", "dontKnow"],
    ["ccas-1", "services-sociaux", 2],
  ];
  const at = { criterionId: "participation-clients", indicatorId: "participation-clients-niveau" };
  const perspectiveOf = (groupId: string): Perspective =>
    groupId === "salaries" || groupId === "benevoles" ? "self" : "external";
  const ratings = round1.map(([participantId, groupId, value]) =>
    rating({ ...at, participantId, value, perspective: perspectiveOf(groupId) }),
  );
  if (options.withRound2) {
    for (const participantId of ["sal-1", "sal-2", "sal-3", "sal-4"]) {
      ratings.push(
        rating({
          ...at,
          participantId,
          value: 2,
          round: 2,
          perspective: "self",
          createdAt: "2026-03-01T11:00:00Z",
        }),
      );
    }
  }
  return {
    grid: grid([
      {
        id: "lien-social",
        criteria: [
          criterion("participation-clients", [scaleIndicator("participation-clients-niveau")]),
        ],
      },
    ]),
    organisation: organisation(groups),
    cycle: cycle({
      participants: round1.map(([id, groupId]) => participant(id, groupId)),
      ratings,
    }),
  };
}
