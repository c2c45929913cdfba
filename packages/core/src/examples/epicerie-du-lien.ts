import type {
  Action,
  CollectivePosition,
  Cycle,
  Measure,
  Participant,
  Perspective,
  Rating,
  RatingValue,
  Session,
  Story,
} from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import { indexGrid, primaryOrdinalIndicator } from "../model/lookup.ts";
import type { Organisation, StakeholderGroup } from "../model/organisation.ts";
import { FORMAT_VERSION, type Workspace } from "../model/workspace.ts";
import { levelIndicatorId } from "../templates/index.ts";
import { epicerieGrid } from "./epicerie-grid.ts";
import { stableUnit, stableUuid } from "./stable-random.ts";

const SEED = "epicerie-du-lien";
const uuid = (key: string) => stableUuid(SEED, key);

type GroupKey = "employees" | "volunteers" | "customers" | "socialServices" | "peers";

const GROUPS: Record<GroupKey, StakeholderGroup> = {
  employees: {
    id: uuid("group:employees"),
    label: "Salariés",
    side: "internal",
    description: "Les quatre salariés de l'épicerie.",
  },
  volunteers: {
    id: uuid("group:volunteers"),
    label: "Bénévoles",
    side: "internal",
    description: "Bénévoles de la boutique et membres du conseil d'administration.",
  },
  customers: {
    id: uuid("group:customers"),
    label: "Clients",
    side: "external",
    description: "Foyers aux revenus modestes qui font leurs courses à l'épicerie.",
  },
  socialServices: {
    id: uuid("group:social-services"),
    label: "Services sociaux",
    side: "external",
    description: "Le centre communal d'action sociale, qui oriente des familles vers l'épicerie.",
  },
  peers: {
    id: uuid("group:peers"),
    label: "Pairs du réseau",
    side: "external",
    description: "Deux épiceries solidaires du même réseau régional.",
  },
};

const PERSPECTIVE: Record<GroupKey, Perspective> = {
  employees: "self",
  volunteers: "self",
  customers: "external",
  socialServices: "external",
  peers: "peer",
};

interface Person {
  key: string;
  pseudonym: string;
  group: GroupKey;
  name?: string;
  roles?: string[];
  showName?: boolean;
  quotes?: Participant["consent"]["quotes"];
}

const PEOPLE: Person[] = [
  {
    key: "claire",
    pseudonym: "Claire",
    group: "employees",
    name: "Claire Dubreuil",
    roles: ["coordinatrice"],
    showName: true,
    quotes: "public",
  },
  {
    key: "malik",
    pseudonym: "Malik",
    group: "employees",
    roles: ["achats et approvisionnement"],
    quotes: "internal",
  },
  {
    key: "sandrine",
    pseudonym: "Sandrine",
    group: "employees",
    roles: ["accueil et caisse"],
    quotes: "internal",
  },
  { key: "yann", pseudonym: "Yann", group: "employees", roles: ["logistique"] },
  {
    key: "jeannine",
    pseudonym: "Jeannine",
    group: "volunteers",
    name: "Jeannine Morel",
    roles: ["présidente"],
    showName: true,
    quotes: "public",
  },
  {
    key: "bernard",
    pseudonym: "Bernard",
    group: "volunteers",
    roles: ["trésorier"],
    quotes: "internal",
  },
  { key: "fatou", pseudonym: "Fatou", group: "volunteers", quotes: "public" },
  { key: "lucas", pseudonym: "Lucas", group: "volunteers" },
  { key: "rose", pseudonym: "Rose", group: "customers", quotes: "internal" },
  { key: "karim", pseudonym: "Karim", group: "customers", quotes: "internal" },
  { key: "odile", pseudonym: "Odile", group: "customers" },
  { key: "samir", pseudonym: "Samir", group: "customers" },
  { key: "lea", pseudonym: "Léa", group: "customers" },
  {
    key: "ccas",
    pseudonym: "CCAS",
    group: "socialServices",
    roles: ["assistante sociale"],
    quotes: "internal",
  },
  { key: "passerelle", pseudonym: "La Passerelle", group: "peers", roles: ["épicerie pair"] },
  { key: "panier", pseudonym: "Le Panier commun", group: "peers", roles: ["épicerie pair"] },
];

const personByKey = new Map(PEOPLE.map((p) => [p.key, p]));
const participantId = (key: string) => uuid(`participant:${key}`);

function person(key: string): Person {
  const found = personByKey.get(key);
  if (found === undefined) throw new Error(`unknown person ${key}`);
  return found;
}

function participant(p: Person): Participant {
  return {
    id: participantId(p.key),
    pseudonym: p.pseudonym,
    groupId: GROUPS[p.group].id,
    ...(p.name === undefined ? {} : { name: p.name }),
    roles: p.roles ?? [],
    consent: { showName: p.showName ?? false, quotes: p.quotes ?? "none" },
  };
}

/** Typical level of each group on each criterion (0: don't know, -1: not applicable). */
type Profile = Record<GroupKey, number>;

const PROFILES_2026: Record<string, Profile> = {
  "economy.jobs": { employees: 3, volunteers: 3, customers: 3, socialServices: 3, peers: 3 },
  "economy.local-anchoring": {
    employees: 3,
    volunteers: 3,
    customers: 2,
    socialServices: 0,
    peers: 2,
  },
  "economy.resources": { employees: 2, volunteers: 2, customers: 0, socialServices: 2, peers: 2 },
  "economy.avoided-costs": {
    employees: 2,
    volunteers: 2,
    customers: 3,
    socialServices: 3,
    peers: 2,
  },
  "equality.access": { employees: 3, volunteers: 3, customers: 2, socialServices: 2, peers: 3 },
  "equality.dignity": { employees: 4, volunteers: 3, customers: 3, socialServices: 3, peers: 3 },
  "equality.abilities": { employees: 3, volunteers: 2, customers: 2, socialServices: 2, peers: 3 },
  "equality.equal-treatment": {
    employees: 3,
    volunteers: 3,
    customers: 3,
    socialServices: 2,
    peers: 2,
  },
  "ties.encounters": { employees: 3, volunteers: 4, customers: 4, socialServices: 3, peers: 3 },
  "ties.cooperation": { employees: 3, volunteers: 3, customers: 2, socialServices: 3, peers: 3 },
  "ties.civic-voice": { employees: 2, volunteers: 2, customers: 1, socialServices: 2, peers: 2 },
  "innovation.unmet-needs": {
    employees: 3,
    volunteers: 3,
    customers: 3,
    socialServices: 3,
    peers: 3,
  },
  "innovation.experimentation": {
    employees: 3,
    volunteers: 2,
    customers: 2,
    socialServices: 2,
    peers: 3,
  },
  "innovation.sharing": { employees: 2, volunteers: 2, customers: 0, socialServices: 2, peers: 1 },
  "governance.shared-decisions": {
    employees: 3,
    volunteers: 2,
    customers: 0,
    socialServices: 2,
    peers: 2,
  },
  "governance.working-conditions": {
    employees: 2,
    volunteers: 3,
    customers: -1,
    socialServices: 2,
    peers: 2,
  },
  "governance.transparency": {
    employees: 2,
    volunteers: 3,
    customers: 1,
    socialServices: 2,
    peers: 2,
  },
};

/** One year earlier: less on access and local purchases, and a rosier view of participation. */
const PROFILES_2025: Record<string, Profile> = {
  ...PROFILES_2026,
  "economy.local-anchoring": {
    employees: 2,
    volunteers: 2,
    customers: 2,
    socialServices: 0,
    peers: 2,
  },
  "equality.access": { employees: 2, volunteers: 2, customers: 2, socialServices: 2, peers: 2 },
  "equality.abilities": { employees: 2, volunteers: 2, customers: 2, socialServices: 2, peers: 2 },
  "ties.participation": { employees: 3, volunteers: 3, customers: 2, socialServices: 2, peers: 2 },
};

/** The worked example of the method guide, rated exactly as told there. */
const PARTICIPATION_ROUND_1: Record<string, RatingValue> = {
  claire: 3,
  malik: 3,
  sandrine: 4,
  yann: 3,
  jeannine: 3,
  bernard: 2,
  fatou: 3,
  rose: 1,
  karim: 1,
  odile: 2,
  samir: 1,
  lea: "dontKnow",
  ccas: 2,
};

/** A person's answer: the group's typical level, sometimes one level either side. */
function profiledValue(
  cycleKey: string,
  profile: Profile,
  p: Person,
  criterionId: string,
): RatingValue {
  const typical = profile[p.group];
  if (typical === 0)
    return stableUnit(SEED, `${cycleKey}:dk:${criterionId}:${p.key}`) < 0.7 ? "dontKnow" : 2;
  if (typical === -1) return "na";
  const draw = stableUnit(SEED, `${cycleKey}:shift:${criterionId}:${p.key}`);
  const shifted = draw < 0.15 ? typical - 1 : draw > 0.85 ? typical + 1 : typical;
  return Math.min(4, Math.max(1, shifted));
}

interface RatingContext {
  cycleKey: string;
  grid: Grid;
  session: Session;
  /** ISO time of the session's first rating; the others follow a few seconds apart. */
  start: string;
}

function ratingsFor(
  context: RatingContext,
  round: 1 | 2,
  criterionIds: readonly string[],
  raterKeys: readonly string[],
  value: (criterionId: string, p: Person) => RatingValue | undefined,
): Rating[] {
  const { criteria } = indexGrid(context.grid);
  const ratings: Rating[] = [];
  criterionIds.forEach((criterionId, c) => {
    const criterion = criteria.get(criterionId)?.criterion;
    const indicator = criterion && primaryOrdinalIndicator(criterion);
    if (indicator === undefined) throw new Error(`no ordinal indicator on ${criterionId}`);
    raterKeys.forEach((key, r) => {
      const p = person(key);
      const answer = value(criterionId, p);
      if (answer === undefined) return;
      const offsetSeconds = (round - 1) * 7200 + c * 240 + r * 7;
      ratings.push({
        id: uuid(`rating:${context.cycleKey}:${context.session.id}:${round}:${criterionId}:${key}`),
        sessionId: context.session.id,
        participantId: participantId(key),
        criterionId,
        indicatorId: indicator.id,
        value: answer,
        round,
        perspective: PERSPECTIVE[p.group],
        createdAt: new Date(Date.parse(context.start) + offsetSeconds * 1000).toISOString(),
      });
    });
  });
  return ratings;
}

function allCriterionIds(grid: Grid): string[] {
  return grid.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
}

function position(
  criterionId: string,
  sessionId: string,
  updatedAt: string,
  fields: Partial<Omit<CollectivePosition, "criterionId" | "sessionId" | "updatedAt">> &
    Pick<CollectivePosition, "status">,
): CollectivePosition {
  return {
    criterionId,
    sessionId,
    level: null,
    dissents: [],
    strengths: [],
    weaknesses: [],
    updatedAt,
    ...fields,
  };
}

function measure(
  cycleKey: string,
  criterionId: string,
  indicatorId: string,
  value: number,
  period: string,
  recordedAt: string,
  source?: string,
): Measure {
  return {
    id: uuid(`measure:${cycleKey}:${indicatorId}`),
    criterionId,
    indicatorId,
    value,
    period,
    ...(source === undefined ? {} : { source }),
    recordedAt,
  };
}

const ORGANISATION_ID = uuid("organisation");
const GRID_ID = uuid("grid");

function organisation(): Organisation {
  return {
    id: ORGANISATION_ID,
    name: "L'Épicerie du Lien",
    kind: "association",
    territory: "Quartier des Tilleuls, une ville moyenne",
    network: "Réseau régional des épiceries solidaires",
    portrait:
      "Épicerie solidaire associative ouverte en 2017. Quatre salariés et une douzaine de bénévoles y accueillent environ 180 foyers par an, orientés par les services sociaux ou venus d'eux-mêmes. Les clients paient leurs courses entre 10 et 30 % du prix habituel ; l'épicerie est aussi un lieu de rencontre, avec un coin café et des ateliers cuisine.",
    stakeholderGroups: Object.values(GROUPS),
    participants: PEOPLE.map(participant),
  };
}

const CYCLE_2025_ID = uuid("cycle:2025");
const CYCLE_2026_ID = uuid("cycle:2026");

const ACTION_2025 = {
  generalMeeting: uuid("action:2025:general-meeting"),
  localProducers: uuid("action:2025:local-producers"),
  welcomeTraining: uuid("action:2025:welcome-training"),
  welcomeBooklet: uuid("action:2025:welcome-booklet"),
};

function cycle2025(grid: Grid): Cycle {
  const raters = [
    "claire",
    "malik",
    "sandrine",
    "yann",
    "jeannine",
    "bernard",
    "fatou",
    "rose",
    "karim",
    "samir",
  ];
  const session: Session = {
    id: uuid("session:2025:workshop"),
    kind: "workshop",
    title: "Atelier d'auto-évaluation",
    date: "2025-03-15",
    place: "Coin café de l'épicerie",
    facilitator: "Hélène, animatrice du réseau régional",
    participantIds: raters.map(participantId),
    criterionIds: allCriterionIds(grid),
  };
  const context: RatingContext = { cycleKey: "2025", grid, session, start: "2025-03-15T09:20:00Z" };
  const ratings = ratingsFor(context, 1, session.criterionIds, raters, (criterionId, p) => {
    const profile = PROFILES_2025[criterionId];
    return profile && profiledValue("2025", profile, p, criterionId);
  });
  const at = "2025-03-15T12:10:00Z";
  const agreed: [string, number, string][] = [
    ["economy.jobs", 3, "Trois postes stables, un contrat aidé à pérenniser."],
    [
      "economy.local-anchoring",
      2,
      "Les fruits et légumes viennent encore surtout de la centrale d'achat.",
    ],
    [
      "equality.access",
      2,
      "L'épicerie est fermée le samedi, quand beaucoup de clients travaillent.",
    ],
    ["equality.dignity", 3, "Les clients choisissent leurs produits en rayon, comme ailleurs."],
    ["ties.encounters", 3, "Le coin café attire du monde, surtout le jeudi."],
    ["ties.participation", 3, "Une boîte à idées existe et des clients sont invités à l'AG."],
    ["governance.shared-decisions", 2, "Les décisions se prennent surtout en bureau."],
    ["governance.transparency", 2, "Les comptes sont présentés à l'AG, mais peu les comprennent."],
  ];
  return {
    id: CYCLE_2025_ID,
    organisationId: ORGANISATION_ID,
    name: "Évaluation 2025",
    grid: { gridId: grid.id, version: grid.version },
    mode: "accompaniedSelfEvaluation",
    status: "closed",
    purpose:
      "Faire un premier point sur notre utilité sociale avec nos clients, accompagnés par le réseau.",
    evaluativeQuestion:
      "En quoi l'épicerie est-elle utile à ses clients et au quartier, au-delà de l'aide alimentaire ?",
    startDate: "2025-03-01",
    endDate: "2025-04-30",
    anonymity: { minGroupSize: 3 },
    participants: raters.map((key) => participant(person(key))),
    sessions: [session],
    ratings,
    positions: agreed.map(([criterionId, level, rationale]) =>
      position(criterionId, session.id, at, { status: "consensus", level, rationale }),
    ),
    measures: [
      measure("2025", "ties.participation", "ties.participation.general-meeting", 9, "AG 2024", at),
      measure(
        "2025",
        "economy.local-anchoring",
        "economy.local-anchoring.local-purchases",
        31,
        "2024",
        at,
      ),
      measure("2025", "equality.access", "equality.access.households", 150, "2024", at),
      measure("2025", "economy.jobs", "economy.jobs.fte", 3.2, "2024", at),
      measure(
        "2025",
        "governance.working-conditions",
        "governance.working-conditions.pay-ratio",
        1.3,
        "2024",
        at,
      ),
    ],
    stories: [
      {
        id: uuid("story:2025:coffee"),
        criterionIds: ["ties.encounters"],
        indicatorId: "ties.encounters.stories",
        title: "Le café du jeudi",
        text: "Depuis que je viens au café du jeudi, je connais mes voisines du troisième. On fait les courses ensemble maintenant.",
        kind: "testimony",
        valence: "positive",
        consent: "internal",
        tellerId: participantId("rose"),
        date: "2025-03-15",
      },
    ],
    recommendations: [
      {
        id: uuid("recommendation:2025:participation"),
        text: "Associer davantage les clients à la vie de l'association.",
        criterionIds: ["ties.participation"],
      },
    ],
    actions: [
      {
        id: ACTION_2025.generalMeeting,
        title: "Inviter personnellement les clients à l'assemblée générale",
        owner: "Jeannine, présidente",
        dueDate: "2025-06-30",
        status: "done",
        successSignal: "Plus de clients présents à l'AG 2025.",
        criterionIds: ["ties.participation"],
        recommendationId: uuid("recommendation:2025:participation"),
        followUps: [
          {
            date: "2025-07-01",
            note: "Invitations affichées et remises en caisse ; 9 % des clients sont venus, comme l'an passé.",
            status: "done",
          },
        ],
      },
      {
        id: ACTION_2025.localProducers,
        title: "Trouver des producteurs maraîchers à moins de 80 km",
        owner: "Malik",
        dueDate: "2025-12-31",
        status: "inProgress",
        successSignal: "La part des achats locaux dépasse 40 %.",
        criterionIds: ["economy.local-anchoring"],
        followUps: [
          {
            date: "2025-10-02",
            note: "Un maraîcher livre chaque semaine depuis septembre.",
            status: "inProgress",
          },
        ],
      },
      {
        id: ACTION_2025.welcomeTraining,
        title: "Former les bénévoles à l'accueil sans jugement",
        owner: "Claire",
        dueDate: "2025-09-30",
        status: "done",
        successSignal: "Tous les bénévoles de caisse ont suivi la formation.",
        criterionIds: ["equality.dignity"],
        followUps: [
          { date: "2025-09-20", note: "Deux sessions, onze bénévoles formés.", status: "done" },
        ],
      },
      {
        id: ACTION_2025.welcomeBooklet,
        title: "Rédiger un livret d'accueil pour les nouveaux clients",
        owner: "Sandrine",
        dueDate: "2025-06-30",
        status: "abandoned",
        criterionIds: ["equality.access"],
        followUps: [
          {
            date: "2025-11-05",
            note: "Abandonné : les clients préfèrent qu'on leur explique de vive voix ; un accueil en binôme le remplace.",
            status: "abandoned",
          },
        ],
      },
    ],
  };
}

function cycle2026(grid: Grid): Cycle {
  const criterionIds = allCriterionIds(grid);
  const workshopRaters = [
    "claire",
    "malik",
    "sandrine",
    "yann",
    "jeannine",
    "bernard",
    "fatou",
    "rose",
    "karim",
    "odile",
    "samir",
    "lea",
    "ccas",
  ];
  const jointPresent = [
    "claire",
    "malik",
    "sandrine",
    "yann",
    "jeannine",
    "bernard",
    "fatou",
    "lucas",
    "rose",
    "karim",
    "odile",
    "samir",
    "lea",
    "ccas",
    "passerelle",
    "panier",
  ];
  const workshop: Session = {
    id: uuid("session:2026:workshop"),
    kind: "workshop",
    title: "Atelier de positionnement",
    date: "2026-03-14",
    place: "Coin café de l'épicerie",
    facilitator: "Hélène, animatrice du réseau régional",
    participantIds: workshopRaters.map(participantId),
    criterionIds,
    notes:
      "Samedi matin, pour que les clients qui travaillent en semaine puissent venir. Positionnement silencieux sur papier, saisi au fur et à mesure.",
  };
  const jointSession: Session = {
    id: uuid("session:2026:joint"),
    kind: "workshop",
    title: "Séance conjointe avec les pairs",
    date: "2026-04-11",
    place: "Salle municipale des Tilleuls",
    facilitator: "Hélène, animatrice du réseau régional",
    participantIds: jointPresent.map(participantId),
    criterionIds,
    notes:
      "Les pairs ont positionné les critères après la visite de la boutique, sauf la participation des clients aux décisions : ils ont préféré écouter les clients. Deuxième tour sur trois critères où les écarts étaient les plus forts.",
  };

  const firstRound = (criterionId: string, p: Person): RatingValue | undefined => {
    if (criterionId === "ties.participation") return PARTICIPATION_ROUND_1[p.key];
    const profile = PROFILES_2026[criterionId];
    return profile && profiledValue("2026", profile, p, criterionId);
  };
  const workshopContext: RatingContext = {
    cycleKey: "2026",
    grid,
    session: workshop,
    start: "2026-03-14T09:15:00Z",
  };
  const jointContext: RatingContext = {
    cycleKey: "2026",
    grid,
    session: jointSession,
    start: "2026-04-11T13:30:00Z",
  };
  const peers = ["passerelle", "panier"];
  const secondRoundCriteria = [
    "ties.participation",
    "governance.shared-decisions",
    "equality.access",
  ];
  const secondRoundRaters = jointPresent.filter(
    (key) => workshopRaters.includes(key) || peers.includes(key),
  );
  const secondRound = (criterionId: string, p: Person): RatingValue | undefined => {
    if (criterionId === "ties.participation") {
      if (peers.includes(p.key)) return undefined;
      // After hearing that the meeting falls on a weekday afternoon, the employees move to 2.
      return p.group === "employees" ? 2 : PARTICIPATION_ROUND_1[p.key];
    }
    // Once the peers confirmed that the Saturday opening works, everyone but one settles on 3.
    if (criterionId === "equality.access") return p.key === "yann" ? 4 : 3;
    return firstRound(criterionId, p);
  };
  const ratings = [
    ...ratingsFor(workshopContext, 1, criterionIds, workshopRaters, firstRound),
    ...ratingsFor(
      jointContext,
      1,
      criterionIds.filter((id) => id !== "ties.participation"),
      peers,
      firstRound,
    ),
    ...ratingsFor(jointContext, 2, secondRoundCriteria, secondRoundRaters, secondRound),
    // The one yes / partly / no question, answered by the internal side during the workshop.
    ...ratingsForWrittenRules(grid, workshop),
  ];

  const at = "2026-04-11T17:40:00Z";
  const consensus = (
    criterionId: string,
    level: number,
    rationale: string,
    extra: Partial<CollectivePosition> = {},
  ) =>
    position(criterionId, jointSession.id, at, { status: "consensus", level, rationale, ...extra });
  const consent = (
    criterionId: string,
    level: number,
    rationale: string,
    extra: Partial<CollectivePosition> = {},
  ) =>
    position(criterionId, jointSession.id, at, { status: "consent", level, rationale, ...extra });

  const positions: CollectivePosition[] = [
    consensus(
      "economy.jobs",
      3,
      "Quatre postes stables depuis deux ans, dont un ancien client devenu salarié.",
      {
        strengths: ["Un parcours d'un client vers un emploi salarié"],
      },
    ),
    consent(
      "economy.local-anchoring",
      3,
      "Deux maraîchers et une boulangerie du quartier livrent désormais chaque semaine.",
      { weaknesses: ["L'épicerie sèche vient encore entièrement de la centrale d'achat"] },
    ),
    consensus(
      "economy.resources",
      2,
      "La subvention de la ville représente encore plus de la moitié du budget ; les ventes progressent lentement.",
    ),
    position("economy.avoided-costs", jointSession.id, at, {
      status: "notDiscussed",
      rationale: "Faute de temps ; à reprendre avec le CCAS à l'automne.",
    }),
    consensus(
      "equality.access",
      3,
      "Depuis l'ouverture du samedi matin, des clients qui travaillent en semaine peuvent venir ; les pairs le confirment.",
      {
        strengths: ["Ouverture le samedi matin"],
        weaknesses: ["Pas d'accès pour les fauteuils dans la réserve"],
      },
    ),
    consensus(
      "equality.dignity",
      3,
      "Les clients choisissent en rayon et paient en caisse comme partout ; la formation à l'accueil a été remarquée.",
      { strengths: ["Accueil sans justificatif en public depuis la formation"] },
    ),
    consent("equality.abilities", 2, "Les bénévoles se forment, les clients beaucoup moins.", {
      weaknesses: ["Aucun atelier ouvert aux clients cette année"],
    }),
    consensus(
      "equality.equal-treatment",
      3,
      "Parité au conseil et répartition des tâches discutée en équipe.",
    ),
    consensus(
      "ties.encounters",
      4,
      "Le café du jeudi et les ateliers cuisine créent des amitiés qui durent.",
      {
        strengths: ["Le café du jeudi", "Les ateliers cuisine"],
      },
    ),
    position("ties.participation", jointSession.id, at, {
      status: "majorityWithDissent",
      level: 2,
      rationale:
        "Les clients sont consultés sur les produits, pas sur la manière dont l'épicerie fonctionne.",
      dissents: [
        {
          text: "Deux bénévoles considèrent que la boîte à idées est déjà une forme de participation.",
          groupIds: [GROUPS.volunteers.id],
        },
      ],
      strengths: ["Boîte à idées relevée chaque mois"],
      weaknesses: [
        "L'assemblée générale a lieu un mardi après-midi, quand beaucoup de clients travaillent",
      ],
    }),
    consent(
      "ties.cooperation",
      3,
      "Orientations régulières avec le CCAS et la banque alimentaire.",
    ),
    consensus(
      "ties.civic-voice",
      2,
      "L'épicerie témoigne au conseil de quartier quand on l'invite.",
    ),
    consensus(
      "innovation.unmet-needs",
      3,
      "Les besoins ont été revus avec les clients lors de l'atelier de mars.",
    ),
    consent(
      "innovation.experimentation",
      2,
      "Des essais réussis (ateliers cuisine, samedi matin), mais portés par les salariés : les bénévoles ne se sentent pas invités à en proposer.",
      {
        strengths: ["Les ateliers cuisine"],
        weaknesses: ["Les idées des bénévoles restent sans suite"],
      },
    ),
    position("innovation.sharing", jointSession.id, at, { status: "notDiscussed" }),
    position("governance.shared-decisions", jointSession.id, at, {
      status: "noAgreement",
      rationale: "Le groupe n'a pas tranché entre deux lectures de la même réalité.",
      dissents: [
        {
          text: "Pour les salariés, les décisions sont partagées en réunion d'équipe chaque semaine.",
          groupIds: [GROUPS.employees.id],
        },
        {
          text: "Pour les bénévoles, les décisions leur sont annoncées une fois prises.",
          groupIds: [GROUPS.volunteers.id],
        },
      ],
    }),
    consent(
      "governance.working-conditions",
      2,
      "L'équipe salariée est à flux tendu depuis le départ d'un bénévole pilier.",
      {
        weaknesses: ["Remplacements difficiles pendant les congés"],
      },
    ),
    consensus(
      "governance.transparency",
      2,
      "Les comptes sont présentés, mais dans un langage que les clients ne comprennent pas.",
    ),
  ];

  const recommendation = (key: string, text: string, criteria: string[]) => ({
    id: uuid(`recommendation:2026:${key}`),
    text,
    criterionIds: criteria,
  });
  const recommendations = [
    recommendation(
      "participation",
      "Organiser les temps de décision quand les clients peuvent venir, et leur ouvrir le conseil d'administration.",
      ["ties.participation"],
    ),
    recommendation(
      "decision-rules",
      "Écrire ensemble qui décide de quoi, salariés et bénévoles, et le relire chaque année.",
      ["governance.shared-decisions", "governance.transparency"],
    ),
    recommendation(
      "avoided-costs",
      "Recueillir avec le CCAS des situations où l'épicerie a évité une difficulté plus lourde.",
      ["economy.avoided-costs"],
    ),
    recommendation("local", "Poursuivre les achats auprès des producteurs proches.", [
      "economy.local-anchoring",
    ]),
  ];
  const recommendationId = (key: string) => uuid(`recommendation:2026:${key}`);

  const actions: Action[] = [
    {
      id: uuid("action:2026:general-meeting"),
      title: "Tenir l'assemblée générale un samedi et ouvrir deux sièges du conseil aux clients",
      description: "Modifier le règlement intérieur et annoncer l'AG en caisse un mois avant.",
      owner: "Jeannine, présidente",
      dueDate: "2026-06-27",
      status: "inProgress",
      successSignal: "Au moins 20 % des clients présents à l'AG et les deux sièges pourvus.",
      criterionIds: ["ties.participation"],
      recommendationId: recommendationId("participation"),
      previousActionId: ACTION_2025.generalMeeting,
      followUps: [
        {
          date: "2026-05-02",
          note: "Date fixée au samedi 27 juin ; trois clients intéressés par un siège.",
          status: "inProgress",
        },
      ],
    },
    {
      id: uuid("action:2026:local-producers"),
      title: "Signer deux conventions avec des producteurs locaux pour l'épicerie sèche",
      owner: "Malik",
      dueDate: "2026-12-31",
      status: "planned",
      successSignal: "La moitié des achats auprès de fournisseurs à moins de 80 km.",
      criterionIds: ["economy.local-anchoring"],
      recommendationId: recommendationId("local"),
      previousActionId: ACTION_2025.localProducers,
      followUps: [],
    },
    {
      id: uuid("action:2026:decision-rules"),
      title: "Écrire une charte de décision avec salariés et bénévoles",
      owner: "Conseil d'administration",
      dueDate: "2026-10-15",
      status: "planned",
      successSignal:
        "La charte est adoptée et affichée ; les bénévoles disent savoir qui décide de quoi.",
      criterionIds: ["governance.shared-decisions"],
      recommendationId: recommendationId("decision-rules"),
      followUps: [],
    },
    {
      id: uuid("action:2026:accounts"),
      title: "Présenter les comptes en une page illustrée à l'AG",
      owner: "Bernard, trésorier",
      dueDate: "2026-06-27",
      status: "planned",
      successSignal: "Des clients posent des questions sur les comptes pendant l'AG.",
      criterionIds: ["governance.transparency"],
      recommendationId: recommendationId("decision-rules"),
      followUps: [],
    },
    {
      id: uuid("action:2026:situations"),
      title: "Tenir avec le CCAS un carnet de situations où une difficulté a été évitée",
      owner: "Claire",
      dueDate: "2026-11-30",
      status: "planned",
      successSignal:
        "Au moins cinq situations racontées et relues avec le CCAS avant la prochaine évaluation.",
      criterionIds: ["economy.avoided-costs"],
      recommendationId: recommendationId("avoided-costs"),
      followUps: [],
    },
  ];

  const stories: Story[] = [
    {
      id: uuid("story:2026:general-meeting"),
      criterionIds: ["ties.participation"],
      title: "L'AG d'un mardi",
      text: "J'aurais voulu aller à l'assemblée générale pour parler des horaires. Mais c'était un mardi à 14 h, et je travaille. On m'a dit que c'était ouvert à tout le monde ; ouvert, oui, mais pas pour moi.",
      kind: "testimony",
      valence: "mixed",
      consent: "internal",
      tellerId: participantId("rose"),
      date: "2026-03-14",
    },
    {
      id: uuid("story:2026:cooking"),
      criterionIds: ["ties.encounters", "equality.abilities"],
      indicatorId: "ties.encounters.stories",
      title: "Les ateliers cuisine",
      text: "Au premier atelier cuisine, personne ne se parlait. Six mois après, trois participantes animent elles-mêmes la séance du mois et s'échangent leurs recettes par téléphone.",
      kind: "story",
      valence: "positive",
      consent: "public",
      tellerId: participantId("fatou"),
      date: "2026-04-11",
    },
    {
      id: uuid("story:2026:avoided-eviction"),
      criterionIds: ["economy.avoided-costs"],
      indicatorId: "economy.avoided-costs.stories",
      title: "Une famille qui a pu garder son logement",
      text: "Une famille orientée l'hiver dernier a pu, grâce aux économies faites sur les courses, rattraper deux mois de loyer. Le dossier d'expulsion a été abandonné.",
      kind: "case",
      valence: "positive",
      consent: "none",
      tellerId: participantId("ccas"),
      date: "2026-04-11",
    },
    {
      id: uuid("story:2026:receipt"),
      criterionIds: ["equality.dignity"],
      title: "Le justificatif",
      text: "Une fois, on m'a demandé mon justificatif devant la file d'attente. Depuis la formation des bénévoles, ça ne m'est plus arrivé, mais je m'en souviens.",
      kind: "testimony",
      valence: "negative",
      consent: "internal",
      tellerId: participantId("karim"),
      date: "2026-03-14",
    },
  ];

  const present = new Set([...workshopRaters, ...jointPresent]);
  return {
    id: CYCLE_2026_ID,
    organisationId: ORGANISATION_ID,
    name: "Évaluation 2026",
    grid: { gridId: grid.id, version: grid.version },
    mode: "jointEvaluation",
    status: "inProgress",
    purpose:
      "Croiser le regard de l'équipe avec celui des clients, du CCAS et de deux épiceries du réseau, un an après la première évaluation, et vérifier ce que nos actions ont changé.",
    evaluativeQuestion:
      "Dans quelle mesure l'épicerie permet-elle à ses clients d'y prendre leur place, et pas seulement d'y faire leurs courses ?",
    startDate: "2026-03-01",
    endDate: "2026-05-31",
    anonymity: { minGroupSize: 3 },
    previousCycleId: CYCLE_2025_ID,
    participants: PEOPLE.filter((p) => present.has(p.key)).map(participant),
    sessions: [workshop, jointSession],
    ratings,
    positions,
    measures: [
      measure(
        "2026",
        "ties.participation",
        "ties.participation.general-meeting",
        9,
        "AG 2025",
        at,
        "Feuille d'émargement : 16 foyers clients sur 178",
      ),
      measure(
        "2026",
        "economy.local-anchoring",
        "economy.local-anchoring.local-purchases",
        38,
        "2025",
        at,
      ),
      measure("2026", "equality.access", "equality.access.households", 178, "2025", at),
      measure("2026", "economy.jobs", "economy.jobs.fte", 3.5, "2025", at),
      measure("2026", "equality.abilities", "equality.abilities.training-hours", 64, "2025", at),
      measure(
        "2026",
        "governance.working-conditions",
        "governance.working-conditions.pay-ratio",
        1.3,
        "2025",
        at,
      ),
    ],
    stories,
    recommendations,
    actions,
  };
}

function ratingsForWrittenRules(grid: Grid, session: Session): Rating[] {
  const answers: Record<string, RatingValue> = {
    claire: 2,
    malik: 2,
    sandrine: 1,
    yann: "dontKnow",
    jeannine: 2,
    bernard: 1,
    fatou: 1,
  };
  const indicatorId = "governance.shared-decisions.written-rules";
  if (!indexGrid(grid).indicators.has(indicatorId)) throw new Error(`no indicator ${indicatorId}`);
  return Object.entries(answers).map(([key, value], r) => ({
    id: uuid(`rating:2026:${session.id}:1:${indicatorId}:${key}`),
    sessionId: session.id,
    participantId: participantId(key),
    criterionId: "governance.shared-decisions",
    indicatorId,
    value,
    round: 1,
    perspective: PERSPECTIVE[person(key).group],
    createdAt: new Date(Date.parse("2026-03-14T11:45:00Z") + r * 9000).toISOString(),
  }));
}

/**
 * The example workspace of the docs, the demo and the tests: L'Épicerie du
 * Lien, a solidarity grocery, evaluated in 2025 and again in 2026 on its own
 * adopted grid. Deterministic: the same call always returns the same data.
 */
export function exampleWorkspace(): Workspace {
  const grid = epicerieGrid(GRID_ID);
  return {
    formatVersion: FORMAT_VERSION,
    id: uuid("workspace"),
    name: "Exemple : L'Épicerie du Lien",
    grids: [grid],
    organisations: [organisation()],
    cycles: [cycle2025(grid), cycle2026(grid)],
    gridWorkshops: [],
    savedAt: "2026-05-02T18:00:00.000Z",
  };
}

/** Ids of the example's records, for tests and demos that point at them. */
export const EXAMPLE_IDS = {
  organisation: ORGANISATION_ID,
  grid: GRID_ID,
  cycle2025: CYCLE_2025_ID,
  cycle2026: CYCLE_2026_ID,
  groups: Object.fromEntries(
    Object.entries(GROUPS).map(([key, group]) => [key, group.id]),
  ) as Record<GroupKey, string>,
  participant: participantId,
  participationCriterion: "ties.participation",
  participationIndicator: levelIndicatorId("ties.participation"),
} as const;
