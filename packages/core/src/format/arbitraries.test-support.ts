/**
 * fast-check generators of valid workspaces and grids, for the format's property
 * tests and for anyone else's. Kept out of the public index: fast-check is a
 * development dependency.
 */
import fc from "fast-check";
import type { Action, Cycle, Participant, Rating, Session } from "../model/cycle.ts";
import {
  ActionStatus,
  ConsentLevel,
  EvaluationMode,
  type OpinionVerdict,
  Perspective,
  PositionStatus,
  SessionKind,
  Valence,
} from "../model/cycle.ts";
import type { Criterion, Dimension, ScaleLevel } from "../model/grid.ts";
import {
  Direction,
  EffectLevel,
  type Grid,
  GridStatus,
  type Indicator,
  ScaleKind,
  StoryKind,
} from "../model/grid.ts";
import { indexGrid, isOrdinal, ordinalScaleOf, primaryOrdinalIndicator } from "../model/lookup.ts";
import { type Organisation, OrganisationKind, Side } from "../model/organisation.ts";
import { FORMAT_VERSION, type Workspace } from "../model/workspace.ts";

type Draw = fc.GeneratorValue;

/** Characters that break naive CSV, JSON or list parsing, mixed into generated text. */
const TRICKY = [
  " ",
  "|",
  " | ",
  ":",
  "=",
  "\\",
  '"',
  ";",
  ",",
  "\n",
  "\r\n",
  "\t",
  "«",
  "»",
  "’",
  "#",
  "-",
  "'",
  "é",
  "œ",
  "1=",
  "\\|",
];

const textUnit = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY), weight: 1 },
  {
    arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789àéèçôû"),
    weight: 4,
  },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }), weight: 1 },
);

/** Text as people type it: never empty, no surrounding whitespace (the CSV trims its cells). */
export const textArbitrary: fc.Arbitrary<string> = fc
  .string({ unit: textUnit, minLength: 1, maxLength: 12 })
  .map((text) => text.trim())
  .filter((text) => text.length > 0 && text.length <= 400);

const ID_START = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Ids as the model accepts them (letters, digits, . _ : -), built by hand: stringMatching is slow. */
export const idArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...ID_START),
    fc.string({ unit: fc.constantFrom(...`${ID_START}._:-`), maxLength: 10 }),
  )
  .map(([start, rest]) => start + rest);

const colourArbitrary = fc
  .integer({ min: 0, max: 0xffffff })
  .map((rgb) => `#${rgb.toString(16).padStart(6, "0")}`);

/** Finite numbers without -0, which JSON cannot carry. */
export const numberArbitrary: fc.Arbitrary<number> = fc
  .oneof(fc.integer({ min: -1000, max: 100_000 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }))
  .map((value) => (value === 0 ? 0 : value));

const dateTimeArbitrary = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T23:59:59Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const dateArbitrary = dateTimeArbitrary.map((dateTime) => dateTime.slice(0, 10));

/** Ids unique within one scope: a collision gets a numbered suffix, as people would. */
class IdScope {
  private readonly used = new Set<string>();
  next(draw: Draw): string {
    const base = draw(() => idArbitrary);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Drops the keys whose value is undefined: absent optional fields are absent keys in a file. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function maybe<T>(draw: Draw, arbitrary: fc.Arbitrary<T>): T | undefined {
  return draw(() => fc.boolean()) ? draw(() => arbitrary) : undefined;
}

function count(draw: Draw, min: number, max: number): number {
  return draw(() => fc.integer({ min, max }));
}

function pick<T>(draw: Draw, items: readonly T[]): T {
  const index = draw(() => fc.integer({ min: 0, max: items.length - 1 }));
  return items[index] as T;
}

function subset<T>(draw: Draw, items: readonly T[], maxLength = 3): T[] {
  if (items.length === 0) return [];
  return draw(() => fc.subarray([...items], { maxLength: Math.min(maxLength, items.length) }));
}

function times<T>(n: number, make: (index: number) => T): T[] {
  return Array.from({ length: n }, (_, index) => make(index));
}

export interface GridArbitraryOptions {
  /** Only what the CSV grid format carries: no level colours, no links to charter principles. */
  csvRepresentable?: boolean;
}

function drawLevels(draw: Draw, csvRepresentable: boolean): ScaleLevel[] {
  const values = draw(() =>
    fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -100, max: 100 })), {
      minLength: 2,
      maxLength: 7,
    }),
  ).sort((a, b) => a - b);
  return values.map((value) =>
    compact({
      value,
      label: draw(() => textArbitrary),
      descriptor: maybe(draw, textArbitrary),
      colour: csvRepresentable ? undefined : maybe(draw, colourArbitrary),
    }),
  );
}

function drawIndicator(draw: Draw, ids: IdScope, csvRepresentable: boolean): Indicator {
  const base = compact({
    id: ids.next(draw),
    label: draw(() => textArbitrary),
    description: maybe(draw, textArbitrary),
    effectLevel: maybe(draw, fc.constantFrom(...EffectLevel.options)),
  });
  const kind = draw(() => fc.constantFrom("scale", "yesPartlyNo", "quantitative", "narrative"));
  switch (kind) {
    case "scale":
      return {
        ...base,
        kind,
        scale: {
          kind: draw(() => fc.constantFrom(...ScaleKind.options)),
          levels: drawLevels(draw, csvRepresentable),
          allowNotApplicable: draw(() => fc.boolean()),
          allowDontKnow: draw(() => fc.boolean()),
        },
      };
    case "yesPartlyNo":
      return {
        ...base,
        kind,
        allowNotApplicable: draw(() => fc.boolean()),
        allowDontKnow: draw(() => fc.boolean()),
      };
    case "quantitative": {
      const band = maybe(draw, fc.tuple(numberArbitrary, numberArbitrary));
      return compact({
        ...base,
        kind,
        unit: draw(() =>
          fc.oneof(
            fc.constant(""),
            textArbitrary.filter((unit) => unit.length <= 50),
          ),
        ),
        direction: draw(() => fc.constantFrom(...Direction.options)),
        baseline: maybe(
          draw,
          fc
            .record({
              value: numberArbitrary,
              period: fc.option(textArbitrary, { nil: undefined }),
            })
            .map(compact),
        ),
        target: maybe(draw, numberArbitrary),
        targetBand: band && { min: Math.min(...band), max: Math.max(...band) },
        source: maybe(draw, textArbitrary),
      });
    }
    default:
      return compact({ ...base, kind: "narrative" as const, prompt: maybe(draw, textArbitrary) });
  }
}

function drawGrid(
  draw: Draw,
  identity: { id: string; version: number },
  options: GridArbitraryOptions,
): Grid {
  const csvRepresentable = options.csvRepresentable ?? false;
  const principleIds = new IdScope();
  const principles = times(count(draw, 0, 2), () =>
    compact({
      id: principleIds.next(draw),
      label: draw(() => textArbitrary),
      description: maybe(draw, textArbitrary),
    }),
  );
  const dimensionIds = new IdScope();
  const criterionIds = new IdScope();
  const indicatorIds = new IdScope();
  const dimensions: Dimension[] = times(count(draw, 1, 3), () =>
    compact({
      id: dimensionIds.next(draw),
      label: draw(() => textArbitrary),
      description: maybe(draw, textArbitrary),
      criteria: times(
        count(draw, 1, 3),
        (): Criterion =>
          compact({
            id: criterionIds.next(draw),
            label: draw(() => textArbitrary),
            description: maybe(draw, textArbitrary),
            whyItMatters: maybe(draw, textArbitrary),
            guidingQuestions: times(count(draw, 0, 2), () => draw(() => textArbitrary)),
            principleIds: csvRepresentable
              ? []
              : subset(
                  draw,
                  principles.map((p) => p.id),
                  2,
                ),
            indicators: times(count(draw, 0, 3), () =>
              drawIndicator(draw, indicatorIds, csvRepresentable),
            ),
          }),
      ),
    }),
  );
  return compact({
    id: identity.id,
    version: identity.version,
    name: draw(() => textArbitrary),
    description: maybe(draw, textArbitrary),
    language: draw(() => fc.constantFrom("fr" as const, "en" as const)),
    status: draw(() => fc.constantFrom(...GridStatus.options)),
    provenance: compact({
      derivedFrom: maybe(
        draw,
        fc.record({ gridId: idArbitrary, version: fc.integer({ min: 1, max: 9 }) }),
      ),
      source: maybe(draw, textArbitrary),
      licence: maybe(draw, textArbitrary),
      authors: maybe(draw, textArbitrary),
    }),
    levelNames: {
      dimension: draw(() => textArbitrary),
      criterion: draw(() => textArbitrary),
      indicator: draw(() => textArbitrary),
    },
    glossary: times(count(draw, 0, 2), () => ({
      term: draw(() => textArbitrary),
      definition: draw(() => textArbitrary),
    })),
    principles,
    globalScore: compact({
      enabled: draw(() => fc.boolean()),
      convention: maybe(draw, textArbitrary),
    }),
    changeNote: maybe(draw, textArbitrary),
    createdAt: draw(() => dateTimeArbitrary),
    adoptedAt: maybe(draw, dateTimeArbitrary),
    dimensions,
  });
}

/** Valid grids: unique ids, increasing scale levels, ordered target bands, every kind of indicator. */
export function gridArbitrary(options: GridArbitraryOptions = {}): fc.Arbitrary<Grid> {
  return fc
    .gen()
    .map((draw) =>
      drawGrid(draw, { id: draw(() => idArbitrary), version: count(draw, 1, 5) }, options),
    );
}

function drawParticipants(draw: Draw, groupIds: readonly string[], max: number): Participant[] {
  const participantIds = new IdScope();
  return times(count(draw, 0, max), () =>
    compact({
      id: participantIds.next(draw),
      pseudonym: draw(() => textArbitrary),
      groupId: pick(draw, groupIds),
      name: maybe(draw, textArbitrary),
      roles: times(count(draw, 0, 2), () => draw(() => textArbitrary)),
      consent: {
        showName: draw(() => fc.boolean()),
        quotes: draw(() => fc.constantFrom(...ConsentLevel.options)),
      },
    }),
  );
}

function drawOrganisation(draw: Draw, ids: IdScope): Organisation {
  const groupIds = new IdScope();
  const stakeholderGroups = times(count(draw, 1, 4), () =>
    compact({
      id: groupIds.next(draw),
      label: draw(() => textArbitrary),
      side: draw(() => fc.constantFrom(...Side.options)),
      description: maybe(draw, textArbitrary),
    }),
  );
  return compact({
    id: ids.next(draw),
    name: draw(() => textArbitrary),
    kind: draw(() => fc.constantFrom(...OrganisationKind.options)),
    territory: maybe(draw, textArbitrary),
    network: maybe(draw, textArbitrary),
    portrait: maybe(draw, textArbitrary),
    stakeholderGroups,
    /** The structure's roster, when it keeps one before any cycle. */
    participants: draw(() => fc.boolean())
      ? drawParticipants(
          draw,
          stakeholderGroups.map((group) => group.id),
          4,
        )
      : undefined,
  });
}

function drawCycle(
  draw: Draw,
  id: string,
  organisation: Organisation,
  grid: Grid,
  previous: Cycle | undefined,
): Cycle {
  const index = indexGrid(grid);
  const criteria = [...index.criteria.values()].map((entry) => entry.criterion);
  const criterionIds = criteria.map((criterion) => criterion.id);
  const groupIds = organisation.stakeholderGroups.map((group) => group.id);
  const ordinalEntries = [...index.indicators.values()].filter((entry) =>
    isOrdinal(entry.indicator),
  );
  const quantitativeEntries = [...index.indicators.values()].filter(
    (entry) => entry.indicator.kind === "quantitative",
  );

  const participants = drawParticipants(draw, groupIds, 5);
  const sessionIds = new IdScope();
  const sessions: Session[] = times(count(draw, 0, 3), () =>
    compact({
      id: sessionIds.next(draw),
      kind: draw(() => fc.constantFrom(...SessionKind.options)),
      title: maybe(draw, textArbitrary),
      date: draw(() => dateArbitrary),
      place: maybe(draw, textArbitrary),
      facilitator: maybe(draw, textArbitrary),
      participantIds: subset(
        draw,
        participants.map((p) => p.id),
      ),
      criterionIds: subset(draw, criterionIds),
      notes: maybe(draw, textArbitrary),
    }),
  );

  const ratings: Rating[] = [];
  const ratingIds = new Set<string>();
  if (sessions.length > 0 && participants.length > 0 && ordinalEntries.length > 0) {
    for (let r = count(draw, 0, 12); r > 0; r--) {
      const entry = pick(draw, ordinalEntries);
      if (!isOrdinal(entry.indicator)) continue;
      const scale = ordinalScaleOf(entry.indicator);
      const values: Rating["value"][] = scale.levels.map((level) => level.value);
      if (scale.allowNotApplicable) values.push("na");
      if (scale.allowDontKnow) values.push("dontKnow");
      const id = draw(() => fc.uuid());
      if (ratingIds.has(id)) continue;
      ratingIds.add(id);
      ratings.push(
        compact({
          id,
          sessionId: pick(draw, sessions).id,
          participantId: pick(draw, participants).id,
          criterionId: entry.criterion.id,
          indicatorId: entry.indicator.id,
          value: pick(draw, values),
          round: pick(draw, [1, 2] as const),
          perspective: draw(() => fc.constantFrom(...Perspective.options)),
          comment: maybe(draw, textArbitrary),
          createdAt: draw(() => dateTimeArbitrary),
        }),
      );
    }
  }

  // One position per criterion and session: two would contradict each other.
  const positionKeys = new Set<string>();
  const positions = times(count(draw, 0, 3), () => {
    const criterion = pick(draw, criteria);
    const primary = primaryOrdinalIndicator(criterion);
    const statuses = primary ? PositionStatus.options : (["noAgreement", "notDiscussed"] as const);
    const status = pick(draw, statuses);
    const level =
      primary === undefined || status === "noAgreement" || status === "notDiscussed"
        ? null
        : pick(draw, ordinalScaleOf(primary).levels).value;
    return compact({
      criterionId: criterion.id,
      sessionId:
        sessions.length > 0
          ? maybe(draw, fc.constantFrom(...sessions.map((s) => s.id)))
          : undefined,
      level,
      status,
      rationale: maybe(draw, textArbitrary),
      dissents: times(count(draw, 0, 2), () => ({
        text: draw(() => textArbitrary),
        groupIds: subset(draw, groupIds),
      })),
      strengths: times(count(draw, 0, 2), () => draw(() => textArbitrary)),
      weaknesses: times(count(draw, 0, 2), () => draw(() => textArbitrary)),
      updatedAt: draw(() => dateTimeArbitrary),
    });
  }).filter((position) => {
    const key = JSON.stringify([position.criterionId, position.sessionId ?? null]);
    if (positionKeys.has(key)) return false;
    positionKeys.add(key);
    return true;
  });

  const measureIds = new IdScope();
  const measures =
    quantitativeEntries.length === 0
      ? []
      : times(count(draw, 0, 3), () => {
          const entry = pick(draw, quantitativeEntries);
          return compact({
            id: measureIds.next(draw),
            criterionId: entry.criterion.id,
            indicatorId: entry.indicator.id,
            value: draw(() => numberArbitrary),
            period: maybe(draw, textArbitrary),
            source: maybe(draw, textArbitrary),
            note: maybe(draw, textArbitrary),
            recordedAt: draw(() => dateTimeArbitrary),
          });
        });

  const indicatorIds = [...index.indicators.keys()];
  const storyIds = new IdScope();
  const stories = times(count(draw, 0, 2), () =>
    compact({
      id: storyIds.next(draw),
      criterionIds: subset(draw, criterionIds),
      indicatorId:
        indicatorIds.length > 0 ? maybe(draw, fc.constantFrom(...indicatorIds)) : undefined,
      title: maybe(draw, textArbitrary),
      text: draw(() => textArbitrary),
      kind: draw(() => fc.constantFrom(...StoryKind.options)),
      valence: draw(() => fc.constantFrom(...Valence.options)),
      consent: draw(() => fc.constantFrom(...ConsentLevel.options)),
      tellerId:
        participants.length > 0
          ? maybe(draw, fc.constantFrom(...participants.map((p) => p.id)))
          : undefined,
      date: maybe(draw, dateArbitrary),
    }),
  );

  const recommendationIds = new IdScope();
  const recommendations = times(count(draw, 0, 2), () => ({
    id: recommendationIds.next(draw),
    text: draw(() => textArbitrary),
    criterionIds: subset(draw, criterionIds),
  }));
  const actionIds = new IdScope();
  const previousActionIds = previous?.actions.map((action) => action.id) ?? [];
  const actions: Action[] = times(count(draw, 0, 3), () =>
    compact({
      id: actionIds.next(draw),
      title: draw(() => textArbitrary),
      description: maybe(draw, textArbitrary),
      owner: maybe(draw, textArbitrary),
      dueDate: maybe(draw, dateArbitrary),
      status: draw(() => fc.constantFrom(...ActionStatus.options)),
      successSignal: maybe(draw, textArbitrary),
      criterionIds: subset(draw, criterionIds),
      recommendationId:
        recommendations.length > 0
          ? maybe(draw, fc.constantFrom(...recommendations.map((r) => r.id)))
          : undefined,
      previousActionId:
        previousActionIds.length > 0
          ? maybe(draw, fc.constantFrom(...previousActionIds))
          : undefined,
      followUps: times(count(draw, 0, 2), () =>
        compact({
          date: draw(() => dateArbitrary),
          note: draw(() => textArbitrary),
          status: maybe(draw, fc.constantFrom(...ActionStatus.options)),
        }),
      ),
    }),
  );

  const verdicts: readonly OpinionVerdict[] = [
    "favourable",
    "favourableWithConditions",
    "reserved",
    "unfavourable",
    "noOpinion",
  ];
  const opinion = draw(() => fc.boolean())
    ? compact({
        verdict: pick(draw, verdicts),
        rationale: maybe(draw, textArbitrary),
        conditions: times(count(draw, 0, 2), () => draw(() => textArbitrary)),
        date: maybe(draw, dateArbitrary),
        sessionId:
          sessions.length > 0
            ? maybe(draw, fc.constantFrom(...sessions.map((s) => s.id)))
            : undefined,
      })
    : undefined;

  const minGroupSize = count(draw, 1, 100);
  return compact({
    id,
    organisationId: organisation.id,
    name: draw(() => textArbitrary),
    grid: { gridId: grid.id, version: grid.version },
    mode: draw(() => fc.constantFrom(...EvaluationMode.options)),
    status: draw(() =>
      fc.constantFrom("planned" as const, "inProgress" as const, "closed" as const),
    ),
    purpose: maybe(draw, textArbitrary),
    evaluativeQuestion: maybe(draw, textArbitrary),
    startDate: maybe(draw, dateArbitrary),
    endDate: maybe(draw, dateArbitrary),
    anonymity:
      minGroupSize === 1 ? { minGroupSize, individualAnswersVisible: true } : { minGroupSize },
    previousCycleId: previous?.id,
    participants,
    sessions,
    ratings,
    positions,
    measures,
    stories,
    recommendations,
    actions,
    opinion,
  });
}

export interface WorkspaceArbitraryOptions {
  maxGrids?: number;
  maxCycles?: number;
}

/**
 * Valid workspaces: several versions of a grid, organisations with their groups,
 * cycles whose ratings sit on the levels of their indicators, positions, measures,
 * stories and actions that reference what exists.
 */
export function workspaceArbitrary(
  options: WorkspaceArbitraryOptions = {},
): fc.Arbitrary<Workspace> {
  const maxGrids = options.maxGrids ?? 3;
  const maxCycles = options.maxCycles ?? 3;
  return fc.gen().map((draw): Workspace => {
    const gridIdPool = times(2, () => draw(() => idArbitrary));
    const versions = new Map<string, number>();
    const grids = times(count(draw, 1, maxGrids), () => {
      const id = pick(draw, gridIdPool);
      const version = (versions.get(id) ?? count(draw, 0, 3)) + 1;
      versions.set(id, version);
      return drawGrid(draw, { id, version }, {});
    });
    const organisationIds = new IdScope();
    const organisations = times(count(draw, 1, 2), () => drawOrganisation(draw, organisationIds));
    const cycleIds = new IdScope();
    const cycles: Cycle[] = [];
    for (let c = count(draw, 0, maxCycles); c > 0; c--) {
      const previous =
        cycles.length > 0 && draw(() => fc.boolean()) ? pick(draw, cycles) : undefined;
      cycles.push(
        drawCycle(
          draw,
          cycleIds.next(draw),
          pick(draw, organisations),
          pick(draw, grids),
          previous,
        ),
      );
    }
    // A file is saved after everything it records.
    const dates = cycles.flatMap((cycle) => [
      ...cycle.ratings.map((rating) => rating.createdAt),
      ...cycle.positions.map((position) => position.updatedAt),
    ]);
    const drawnSavedAt = maybe(draw, dateTimeArbitrary);
    const savedAt = drawnSavedAt === undefined ? undefined : [drawnSavedAt, ...dates].sort().at(-1);
    return compact({
      formatVersion: FORMAT_VERSION,
      id: draw(() => idArbitrary),
      name: maybe(draw, textArbitrary),
      grids,
      organisations,
      cycles,
      gridWorkshops: [],
      savedAt,
    });
  });
}
