/**
 * Deterministic generators of valid workspaces for the benchmarks. Sizes follow
 * real uses: one workshop, a federation's yearly campaigns, a large network.
 */
import type {
  Criterion,
  Cycle,
  Dimension,
  Grid,
  Indicator,
  Measure,
  Organisation,
  Participant,
  Rating,
  RatingValue,
  StakeholderGroup,
  Workspace,
} from "../packages/core/src/index.ts";
import { SeededRandom } from "./random.ts";

export interface GeneratorOptions {
  seed: number;
  organisations: number;
  cyclesPerOrganisation: number;
  dimensions: number;
  criteriaPerDimension: number;
  /** Participants per cycle, drawn uniformly in [min, max]. */
  participants: { min: number; max: number };
  /** Relative sizes of the stakeholder groups; internal groups first. */
  groups: ReadonlyArray<{ label: string; side: "internal" | "external"; weight: number }>;
  /** Share of participants who rate again in round 2 (0: round 1 only). */
  secondRoundShare: number;
  /** Adds yes/partly/no and quantitative indicators to some criteria, as real grids have. */
  mixedIndicators: boolean;
}

const SCALE_LEVELS = [
  { value: 1, label: "Pas du tout", descriptor: "Rien n'est fait dans ce sens." },
  { value: 2, label: "Un peu", descriptor: "Des initiatives isolées." },
  { value: 3, label: "Assez", descriptor: "Une pratique régulière." },
  { value: 4, label: "Tout à fait", descriptor: "Une pratique partagée et suivie." },
];

const CREATED_AT = "2026-01-05T09:00:00.000Z";

function buildGrid(options: GeneratorOptions): Grid {
  const dimensions: Dimension[] = [];
  for (let d = 0; d < options.dimensions; d++) {
    const criteria: Criterion[] = [];
    for (let c = 0; c < options.criteriaPerDimension; c++) {
      const criterionId = `d${d + 1}-c${c + 1}`;
      const indicators: Indicator[] = [
        {
          id: `${criterionId}-echelle`,
          label: `Positionnement sur le critère ${d + 1}.${c + 1}`,
          kind: "scale",
          scale: {
            kind: "maturity",
            levels: SCALE_LEVELS,
            allowNotApplicable: true,
            allowDontKnow: true,
          },
        },
      ];
      if (options.mixedIndicators && c % 5 === 0) {
        indicators.push({
          id: `${criterionId}-opn`,
          label: `Pratique formalisée ${d + 1}.${c + 1}`,
          kind: "yesPartlyNo",
          allowNotApplicable: false,
          allowDontKnow: true,
        });
      }
      if (options.mixedIndicators && c % 4 === 1) {
        indicators.push({
          id: `${criterionId}-taux`,
          label: `Taux de participation ${d + 1}.${c + 1}`,
          kind: "quantitative",
          unit: "%",
          direction: "higherBetter",
          baseline: { value: 10 + c },
          target: 30,
        });
      }
      criteria.push({
        id: criterionId,
        label: `Critère ${d + 1}.${c + 1}`,
        guidingQuestions: [],
        principleIds: [],
        indicators,
      });
    }
    dimensions.push({ id: `d${d + 1}`, label: `Dimension ${d + 1}`, criteria });
  }
  return {
    id: "grille-bench",
    version: 1,
    name: "Grille de banc d'essai",
    language: "fr",
    status: "adopted",
    provenance: {},
    levelNames: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
    glossary: [],
    principles: [],
    globalScore: { enabled: false },
    createdAt: CREATED_AT,
    dimensions,
  };
}

function pickGroup(random: SeededRandom, groups: readonly StakeholderGroup[], weights: number[]) {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let draw = random.next() * total;
  for (let index = 0; index < groups.length; index++) {
    draw -= weights[index] ?? 0;
    if (draw < 0) return groups[index] as StakeholderGroup;
  }
  return groups[groups.length - 1] as StakeholderGroup;
}

/** A level near the group's leaning, sometimes "not applicable" or "don't know". */
function drawValue(
  random: SeededRandom,
  leaning: number,
  levelCount: number,
  allowNotApplicable: boolean,
  allowDontKnow: boolean,
): RatingValue {
  const special = random.next();
  if (allowNotApplicable && special < 0.02) return "na";
  if (allowDontKnow && special > 0.95) return "dontKnow";
  const shifted = leaning + random.int(-1, 1) + (random.chance(0.1) ? random.int(-1, 1) : 0);
  return Math.min(levelCount, Math.max(1, Math.round(shifted)));
}

interface OrdinalTarget {
  criterionId: string;
  indicatorId: string;
  levelCount: number;
  allowNotApplicable: boolean;
  allowDontKnow: boolean;
}

function ordinalTargets(grid: Grid): OrdinalTarget[] {
  const targets: OrdinalTarget[] = [];
  for (const dimension of grid.dimensions) {
    for (const criterion of dimension.criteria) {
      for (const indicator of criterion.indicators) {
        if (indicator.kind === "scale") {
          targets.push({
            criterionId: criterion.id,
            indicatorId: indicator.id,
            levelCount: indicator.scale.levels.length,
            allowNotApplicable: indicator.scale.allowNotApplicable,
            allowDontKnow: indicator.scale.allowDontKnow,
          });
        } else if (indicator.kind === "yesPartlyNo") {
          targets.push({
            criterionId: criterion.id,
            indicatorId: indicator.id,
            levelCount: 3,
            allowNotApplicable: indicator.allowNotApplicable,
            allowDontKnow: indicator.allowDontKnow,
          });
        }
      }
    }
  }
  return targets;
}

function buildCycle(
  random: SeededRandom,
  options: GeneratorOptions,
  grid: Grid,
  organisation: Organisation,
  year: number,
  previousCycleId: string | undefined,
): Cycle {
  const cycleId = `${organisation.id}-${year}`;
  const sessionId = `${cycleId}-atelier`;
  const date = `${year}-03-14`;
  const round1At = `${year}-03-14T10:00:00.000Z`;
  const round2At = `${year}-03-14T11:30:00.000Z`;
  const weights = options.groups.map((group) => group.weight);
  const participantCount = random.int(options.participants.min, options.participants.max);
  const participants: Participant[] = [];
  const leanings = new Map<string, number>();
  for (const group of organisation.stakeholderGroups) {
    leanings.set(group.id, random.next() * 3 + 1);
  }
  for (let index = 0; index < participantCount; index++) {
    const group = pickGroup(random, organisation.stakeholderGroups, weights);
    participants.push({
      id: `p${index + 1}`,
      pseudonym: `${group.label} ${index + 1}`,
      groupId: group.id,
      roles: [],
      consent: { showName: false, quotes: "none" },
    });
  }
  const targets = ordinalTargets(grid);
  const ratings: Rating[] = [];
  for (const participant of participants) {
    const leaning = leanings.get(participant.groupId) ?? 2.5;
    const ratesAgain = random.chance(options.secondRoundShare);
    for (const target of targets) {
      const value = drawValue(
        random,
        leaning,
        target.levelCount,
        target.allowNotApplicable,
        target.allowDontKnow,
      );
      ratings.push({
        id: random.uuid(),
        sessionId,
        participantId: participant.id,
        criterionId: target.criterionId,
        indicatorId: target.indicatorId,
        value,
        round: 1,
        perspective: "self",
        createdAt: round1At,
      });
      if (ratesAgain && random.chance(0.5)) {
        ratings.push({
          id: random.uuid(),
          sessionId,
          participantId: participant.id,
          criterionId: target.criterionId,
          indicatorId: target.indicatorId,
          value: drawValue(
            random,
            (leaning + 2.5) / 2,
            target.levelCount,
            target.allowNotApplicable,
            target.allowDontKnow,
          ),
          round: 2,
          perspective: "self",
          createdAt: round2At,
        });
      }
    }
  }
  const measures: Measure[] = [];
  for (const dimension of grid.dimensions) {
    for (const criterion of dimension.criteria) {
      for (const indicator of criterion.indicators) {
        if (indicator.kind !== "quantitative") continue;
        measures.push({
          id: `${cycleId}-${indicator.id}`,
          criterionId: criterion.id,
          indicatorId: indicator.id,
          value: random.int(5, 40),
          period: String(year),
          recordedAt: round2At,
        });
      }
    }
  }
  return {
    id: cycleId,
    organisationId: organisation.id,
    name: `Évaluation ${year}`,
    grid: { gridId: grid.id, version: grid.version },
    mode: "selfEvaluation",
    status: "closed",
    startDate: date,
    anonymity: { minGroupSize: 3 },
    ...(previousCycleId ? { previousCycleId } : {}),
    participants,
    sessions: [
      {
        id: sessionId,
        kind: "workshop",
        date,
        participantIds: participants.map((participant) => participant.id),
        criterionIds: [],
      },
    ],
    ratings,
    positions: [],
    measures,
    stories: [],
    recommendations: [],
    actions: [],
  };
}

export function generateWorkspace(options: GeneratorOptions): Workspace {
  const random = new SeededRandom(options.seed);
  const grid = buildGrid(options);
  const organisations: Organisation[] = [];
  const cycles: Cycle[] = [];
  for (let o = 0; o < options.organisations; o++) {
    const organisation: Organisation = {
      id: `structure-${o + 1}`,
      name: `Structure ${o + 1}`,
      kind: "association",
      stakeholderGroups: options.groups.map((group, index) => ({
        id: `g${index + 1}`,
        label: group.label,
        side: group.side,
      })),
    };
    organisations.push(organisation);
    let previousCycleId: string | undefined;
    for (let y = 0; y < options.cyclesPerOrganisation; y++) {
      const cycle = buildCycle(random, options, grid, organisation, 2020 + y, previousCycleId);
      cycles.push(cycle);
      previousCycleId = cycle.id;
    }
  }
  return {
    formatVersion: 1,
    id: `bench-${options.seed}`,
    grids: [grid],
    organisations,
    cycles,
    gridWorkshops: [],
  };
}

const STANDARD_GROUPS: GeneratorOptions["groups"] = [
  { label: "Salariés", side: "internal", weight: 3 },
  { label: "Bénévoles", side: "internal", weight: 4 },
  { label: "Usagers", side: "external", weight: 5 },
  { label: "Partenaires", side: "external", weight: 2 },
  { label: "Financeurs", side: "external", weight: 0.5 },
];

/** One workshop: 1 cycle, 60 criteria in 6 dimensions, 40 participants in 5 groups, 2 rounds. */
export function workshopWorkspace(): Workspace {
  return generateWorkspace({
    seed: 1,
    organisations: 1,
    cyclesPerOrganisation: 1,
    dimensions: 6,
    criteriaPerDimension: 10,
    participants: { min: 40, max: 40 },
    groups: STANDARD_GROUPS,
    secondRoundShare: 0.6,
    mixedIndicators: true,
  });
}

/**
 * One structure followed over the years: the current workshop (60 criteria, `participants` in
 * 5 groups, 2 rounds) after `pastCycles` earlier yearly cycles of the same size.
 */
export function workshopHistoryWorkspace(participants: number, pastCycles: number): Workspace {
  return generateWorkspace({
    seed: 2,
    organisations: 1,
    cyclesPerOrganisation: pastCycles + 1,
    dimensions: 6,
    criteriaPerDimension: 10,
    participants: { min: participants, max: participants },
    groups: STANDARD_GROUPS,
    secondRoundShare: 0.6,
    mixedIndicators: true,
  });
}

/** A federation: 500 cycles (100 structures × 5 years) of ~20 participants on 30 criteria. */
export function federationWorkspace(): Workspace {
  return generateWorkspace({
    seed: 2,
    organisations: 100,
    cyclesPerOrganisation: 5,
    dimensions: 5,
    criteriaPerDimension: 6,
    participants: { min: 15, max: 25 },
    groups: STANDARD_GROUPS,
    secondRoundShare: 0.3,
    mixedIndicators: false,
  });
}

/** A large network: 1,000 cycles × 60 criteria × 30 participants, round 1 only (1.8 M ratings). */
export function networkWorkspace(): Workspace {
  return generateWorkspace({
    seed: 3,
    organisations: 200,
    cyclesPerOrganisation: 5,
    dimensions: 6,
    criteriaPerDimension: 10,
    participants: { min: 30, max: 30 },
    groups: STANDARD_GROUPS,
    secondRoundShare: 0,
    mixedIndicators: false,
  });
}
