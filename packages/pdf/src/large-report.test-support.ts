/**
 * A deterministic, large and partly hostile workspace for layout tests and the benchmark:
 * 60 criteria in 6 dimensions, 8 stakeholder groups (one below the threshold), 40
 * participants, 30 stories, 25 actions, and a previous cycle to compare with.
 */
import type {
  Action,
  CollectivePosition,
  ConsentLevel,
  Cycle,
  Dimension,
  Grid,
  Measure,
  Participant,
  Rating,
  StakeholderGroup,
  Story,
  Workspace,
} from "@coeval/core";

export const LARGE_IDS = {
  organisation: "org-large",
  grid: "grid-large",
  previousCycle: "cycle-2025",
  cycle: "cycle-2026",
  /** The group with fewer members than the threshold: its label must never be printed. */
  smallGroupLabel: "Élus municipaux du conseil consultatif",
} as const;

/** Text that tries to break a layout: long words, right-to-left scripts, markup, symbols. */
export const HOSTILE_TEXTS = [
  "Anticonstitutionnellementincompréhensiblementextraordinairementinterminablementlongmotsansespace_qui_continue_encore_et_encore",
  "שלום, זו עדות בעברית עם מספרים 12345 ומילים ארוכות מאוד",
  "مرحبا، هذه شهادة باللغة العربية",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder is the point here.
  '<b>gras</b> <script>alert("x")</script> & &amp; {{template}} ${injection} %s %d',
  "Symboles : ≥ ≤ ≠ € « guillemets » — tiret – demi 12\u202f345,6 œ Œ æ ß ñ 😀",
];

function hostile(index: number): string {
  return HOSTILE_TEXTS[index % HOSTILE_TEXTS.length] as string;
}

/** A small seeded generator (mulberry32): same workspace on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "participation accueil territoire coopération bénévoles clients gouvernance transparence écoute solidarité dignité emploi formation alimentation quartier partenaires réseau assemblée budget confiance".split(
    " ",
  );

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = picked.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const LEVELS = [
  { value: 1, label: "Pas encore", descriptor: "Rien n'est fait dans ce sens pour l'instant." },
  { value: 2, label: "Premiers pas", descriptor: "Des initiatives isolées, peu suivies." },
  { value: 3, label: "Bien engagé", descriptor: "Une pratique régulière et connue de tous." },
  { value: 4, label: "Exemplaire", descriptor: "Une pratique partagée, suivie et transmise." },
];

const GROUPS: StakeholderGroup[] = [
  { id: "g-staff", label: "Salariés", side: "internal" },
  { id: "g-volunteers", label: "Bénévoles", side: "internal" },
  { id: "g-board", label: "Conseil d'administration", side: "internal" },
  { id: "g-customers", label: "Clients", side: "external" },
  { id: "g-partners", label: "Partenaires associatifs", side: "external" },
  { id: "g-funders", label: "Financeurs", side: "external" },
  { id: "g-peers", label: "Structures pairs du réseau", side: "external" },
  { id: "g-elected", label: LARGE_IDS.smallGroupLabel, side: "external" },
];
/** Members per group: 40 people, the last group below the threshold of 3. */
const GROUP_SIZES = [6, 7, 5, 8, 4, 3, 5, 2];

function largeGrid(): Grid {
  const dimensions: Dimension[] = Array.from({ length: 6 }, (_, d) => ({
    id: `d${d + 1}`,
    label: [
      "Contribution économique au territoire",
      "Égalité et développement humain",
      "Lien social et démocratie locale",
      "Innovation sociale",
      "Fonctionnement interne et gouvernance",
      "Transition écologique",
    ][d] as string,
    description: `Ce que la structure apporte sur ce registre (dimension ${d + 1}).`,
    criteria: Array.from({ length: 10 }, (_, c) => {
      const id = `d${d + 1}-c${c + 1}`;
      return {
        id,
        label:
          c === 9 && d === 2
            ? hostile(0)
            : `Critère ${d + 1}.${c + 1} : ${WORDS[(d * 10 + c) % WORDS.length]} et ${WORDS[(d * 7 + c * 3) % WORDS.length]} au quotidien`,
        whyItMatters:
          c % 3 === 0 ? `Pourquoi ce critère compte pour le groupe ${d + 1}.${c + 1}.` : undefined,
        guidingQuestions: [`Comment le voit-on au quotidien (${d + 1}.${c + 1}) ?`],
        principleIds: [],
        indicators: [
          {
            id: `${id}-level`,
            label: `Niveau atteint ${d + 1}.${c + 1}`,
            kind: "scale" as const,
            scale: {
              kind: "maturity" as const,
              levels: LEVELS,
              allowNotApplicable: true,
              allowDontKnow: true,
            },
          },
          ...(c % 5 === 0
            ? [
                {
                  id: `${id}-count`,
                  label: `Indicateur chiffré ${d + 1}.${c + 1}`,
                  kind: "quantitative" as const,
                  unit: c === 0 ? "%" : "foyers",
                  direction: "higherBetter" as const,
                  baseline: { value: 1200 + d * 10, period: "2024" },
                  target: 15000 + d * 100,
                },
              ]
            : []),
        ],
      };
    }),
  }));
  return {
    id: LARGE_IDS.grid,
    version: 2,
    name: "Grille de l'utilité sociale du réseau (grande)",
    description: "Une grille de soixante critères pour éprouver la mise en page.",
    language: "fr",
    status: "adopted",
    provenance: {
      source: "Réseau régional, atelier de 2024",
      licence: "CC BY-SA 4.0",
      authors: "Le groupe de travail",
    },
    levelNames: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
    glossary: [
      {
        term: "Utilité sociale",
        definition: "Ce que la structure apporte que le marché n'apporte pas.",
      },
    ],
    principles: [],
    globalScore: { enabled: false },
    createdAt: "2024-09-01T10:00:00Z",
    adoptedAt: "2024-10-01T10:00:00Z",
    dimensions,
  };
}

function participants(): Participant[] {
  const list: Participant[] = [];
  GROUPS.forEach((group, g) => {
    for (let i = 0; i < (GROUP_SIZES[g] as number); i++) {
      const index = list.length;
      list.push({
        id: `p${index + 1}`,
        pseudonym: `Pseudo${index + 1}Zq`,
        groupId: group.id,
        name: `Prénom${index + 1} Nomdefamille${index + 1}`,
        roles: [],
        consent: {
          showName: index % 4 === 0,
          quotes: (["none", "internal", "public"] as ConsentLevel[])[index % 3] as ConsentLevel,
        },
      });
    }
  });
  return list;
}

function cycle(grid: Grid, id: string, year: number, seed: number, previous?: Cycle): Cycle {
  const next = random(seed);
  const people = participants();
  const ratings: Rating[] = [];
  const positions: CollectivePosition[] = [];
  const measures: Measure[] = [];
  const sessionId = `${id}-s1`;
  let serial = 0;
  const uuid = () => {
    serial++;
    const hex = (serial + seed * 100_000).toString(16).padStart(12, "0");
    return `00000000-0000-4000-8000-${hex}`;
  };
  for (const dimension of grid.dimensions) {
    dimension.criteria.forEach((criterion, c) => {
      const indicator = criterion.indicators[0];
      if (indicator === undefined) return;
      people.forEach((person, p) => {
        const roll = next();
        const bias = (GROUPS.findIndex((g) => g.id === person.groupId) % 3) - 1;
        const value =
          roll < 0.05
            ? ("na" as const)
            : roll < 0.1
              ? ("dontKnow" as const)
              : Math.min(4, Math.max(1, Math.round(1 + next() * 3) + bias));
        ratings.push({
          id: uuid(),
          sessionId,
          participantId: person.id,
          criterionId: criterion.id,
          indicatorId: indicator.id,
          value,
          round: 1,
          perspective:
            GROUPS.find((g) => g.id === person.groupId)?.side === "internal" ? "self" : "external",
          comment:
            p === 3 && c % 4 === 0 ? `Commentaire de Pseudo4Zq sur ${criterion.id}` : undefined,
          createdAt: `${year}-03-14T10:00:00Z`,
        });
      });
      const status = (
        ["consensus", "consent", "majorityWithDissent", "noAgreement", "notDiscussed"] as const
      )[c % 5];
      positions.push({
        criterionId: criterion.id,
        sessionId,
        level: status === "noAgreement" || status === "notDiscussed" ? null : 1 + (c % 4),
        status: status ?? "consensus",
        rationale: c === 7 ? hostile(c + year) : sentence(next, 12 + (c % 3) * 10),
        dissents:
          status === "majorityWithDissent"
            ? [
                {
                  text: `Avis divergent porté par les clients sur ${criterion.id}.`,
                  groupIds: ["g-customers"],
                },
                {
                  text: `Avis divergent des élus sur ${criterion.id}, à garder dans la salle.`,
                  groupIds: ["g-elected"],
                },
              ]
            : [],
        strengths: c % 2 === 0 ? [sentence(next, 8)] : [],
        weaknesses: c % 3 === 0 ? [sentence(next, 10)] : [],
        updatedAt: `${year}-04-11T12:00:00Z`,
      });
      for (const q of criterion.indicators.slice(1)) {
        measures.push({
          id: `${id}-m-${q.id}`,
          criterionId: criterion.id,
          indicatorId: q.id,
          value: 1234.5 + c * 1000 + (year - 2025) * 321,
          period: String(year),
          source: "Tableau de bord",
          note: "Note interne sur la mesure",
          recordedAt: `${year}-05-01T10:00:00Z`,
        });
      }
    });
  }
  const criterionIds = grid.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
  const stories: Story[] = Array.from({ length: 30 }, (_, s) => ({
    id: `${id}-story-${s + 1}`,
    criterionIds: [criterionIds[(s * 7) % criterionIds.length] as string],
    title: `Récit ${s + 1}`,
    text:
      s < HOSTILE_TEXTS.length
        ? `${hostile(s)} — ${sentence(next, 20)}`
        : `Récit numéro ${s + 1}, consentement ${(["public", "internal", "none"] as const)[s % 3]}. ${sentence(next, 30 + (s % 4) * 25)}`,
    kind: (["story", "testimony", "case", "portrait", "journal"] as const)[s % 5] ?? "story",
    valence: (["positive", "negative", "mixed"] as const)[s % 3] ?? "mixed",
    consent: (["public", "internal", "none"] as const)[s % 3] ?? "none",
    tellerId: people[s % people.length]?.id,
    date: `${year}-03-${String(10 + (s % 18)).padStart(2, "0")}`,
  }));
  const actions: Action[] = Array.from({ length: 25 }, (_, a) => ({
    id: `${id}-action-${a + 1}`,
    title: `Action ${a + 1} : ${sentence(next, 6 + (a % 4) * 3)}`,
    description: a % 3 === 0 ? sentence(next, 15) : undefined,
    owner: a % 2 === 0 ? `Prénom${a + 1} Nomdefamille${a + 1}` : "La présidente",
    dueDate: `${year + 1}-0${1 + (a % 9)}-15`,
    status: (["planned", "inProgress", "done", "abandoned"] as const)[a % 4] ?? "planned",
    successSignal: sentence(next, 10),
    criterionIds: [criterionIds[(a * 3) % criterionIds.length] as string],
    previousActionId: previous?.actions[a]?.id,
    followUps: [],
  }));
  return {
    id,
    organisationId: LARGE_IDS.organisation,
    name: `Évaluation ${year}`,
    grid: { gridId: grid.id, version: grid.version },
    mode: "jointEvaluation",
    status: "closed",
    purpose: "Éprouver la mise en page d'un grand rapport.",
    evaluativeQuestion: "Le rapport reste-t-il lisible avec soixante critères et huit groupes ?",
    startDate: `${year}-03-01`,
    endDate: `${year}-06-30`,
    anonymity: { minGroupSize: 3 },
    previousCycleId: previous?.id,
    participants: people,
    sessions: [
      {
        id: sessionId,
        kind: "workshop",
        title: "Grand atelier",
        date: `${year}-03-14`,
        place: "Salle des fêtes",
        facilitator: "Hélène",
        participantIds: people.map((p) => p.id),
        criterionIds,
        notes: "Notes internes de séance",
      },
    ],
    ratings,
    positions,
    measures,
    stories,
    recommendations: [
      { id: `${id}-r1`, text: sentence(next, 20), criterionIds: criterionIds.slice(0, 3) },
      { id: `${id}-r2`, text: sentence(next, 25), criterionIds: [] },
    ],
    actions,
  };
}

export function largeWorkspace(): Workspace {
  const grid = largeGrid();
  const previous = cycle(grid, LARGE_IDS.previousCycle, 2025, 7);
  const current = cycle(grid, LARGE_IDS.cycle, 2026, 11, previous);
  return {
    formatVersion: 1,
    id: "ws-large",
    name: "Grand rapport",
    grids: [grid],
    organisations: [
      {
        id: LARGE_IDS.organisation,
        name: "La Grande Coopérative des Quartiers Solidaires",
        kind: "cooperative",
        territory: "Métropole",
        portrait: `${sentence(random(3), 60)} ${hostile(3)}`,
        stakeholderGroups: GROUPS,
      },
    ],
    cycles: [previous, current],
    gridWorkshops: [],
  };
}
