/** In-memory file system and a small valid workspace for the CLI tests. */
import { resolve } from "node:path";
import type { Cycle, Grid, Rating, RatingValue, Workspace } from "@coeval/core";
import type { CliIo } from "./io.ts";
import { run } from "./run.ts";

export const TEST_CWD = "/espace";

function fileError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

export interface MemoryIo {
  io: CliIo;
  files: Map<string, string>;
  /** Files given as bytes or written with `writeBinaryFile`. */
  binaryFiles: Map<string, Uint8Array>;
  stdout: () => string;
  stderr: () => string;
}

/** The clock of the in-memory runs: files are checked for dates after it. */
export const TEST_NOW = "2026-12-02T12:00:00.000Z";

/**
 * Files are keyed by absolute path, given as text (stored as UTF-8) or as bytes;
 * `folders` lists paths that are folders; `sizes` makes a file claim another size, to
 * test limits without allocating them.
 */
export function memoryIo(
  initial: Record<string, string | Uint8Array> = {},
  options: {
    env?: Record<string, string>;
    folders?: string[];
    readOnly?: string[];
    sizes?: Record<string, number>;
  } = {},
): MemoryIo {
  const absolute = (path: string) => resolve(TEST_CWD, path);
  const files = new Map<string, string>();
  const binaryFiles = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(initial)) {
    if (typeof content === "string") files.set(absolute(path), content);
    else binaryFiles.set(absolute(path), content);
  }
  const folders = new Set((options.folders ?? []).map(absolute));
  const readOnly = new Set((options.readOnly ?? []).map(absolute));
  const sizes = new Map(
    Object.entries(options.sizes ?? {}).map(([path, size]) => [absolute(path), size]),
  );
  const out: string[] = [];
  const err: string[] = [];
  const checkWritable = (path: string) => {
    if (folders.has(path)) throw fileError("EISDIR", path);
    if (readOnly.has(path)) throw fileError("EACCES", path);
  };
  const bytesOf = (path: string): Uint8Array => {
    if (folders.has(path)) throw fileError("EISDIR", path);
    const bytes = binaryFiles.get(path);
    if (bytes !== undefined) return bytes;
    const text = files.get(path);
    if (text === undefined) throw fileError("ENOENT", path);
    return new Uint8Array(Buffer.from(text, "utf8"));
  };
  return {
    files,
    binaryFiles,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    io: {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      fileSize: async (path) => sizes.get(path) ?? bytesOf(path).length,
      readBytes: async (path) => bytesOf(path),
      writeFile: async (path, content) => {
        checkWritable(path);
        binaryFiles.delete(path);
        files.set(path, content);
      },
      writeBinaryFile: async (path, bytes) => {
        checkWritable(path);
        files.delete(path);
        binaryFiles.set(path, bytes);
      },
      cwd: TEST_CWD,
      env: options.env ?? {},
      now: () => TEST_NOW,
    },
  };
}

export function fileAt(memory: MemoryIo, path: string): string | undefined {
  return memory.files.get(resolve(TEST_CWD, path));
}

export function binaryFileAt(memory: MemoryIo, path: string): Uint8Array | undefined {
  return memory.binaryFiles.get(resolve(TEST_CWD, path));
}

/** Runs the CLI on an in-memory file system; returns the exit code and what it printed. */
export async function runCli(
  argv: string[],
  initial: Record<string, string | Uint8Array> = {},
  options: Parameters<typeof memoryIo>[1] = {},
) {
  const memory = memoryIo(initial, options);
  const code = await run(argv, memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr(), memory };
}

const LEVELS = [
  { value: 1, label: "Pas du tout" },
  { value: 2, label: "Un peu" },
  { value: 3, label: "Assez" },
  { value: 4, label: "Tout à fait" },
];

export function testGrid(): Grid {
  const scale = (id: string, label: string) => ({
    id,
    label,
    kind: "scale" as const,
    scale: {
      kind: "maturity" as const,
      levels: LEVELS,
      allowNotApplicable: true,
      allowDontKnow: true,
    },
  });
  return {
    id: "grille-lien",
    version: 1,
    name: "Grille du lien",
    language: "fr",
    status: "adopted",
    provenance: {},
    levelNames: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
    glossary: [],
    principles: [],
    globalScore: { enabled: false },
    createdAt: "2025-01-10T09:00:00Z",
    dimensions: [
      {
        id: "lien-social",
        label: "Lien social et démocratie locale",
        criteria: [
          {
            id: "participation",
            label: "Les clients prennent part aux décisions",
            guidingQuestions: [],
            principleIds: [],
            indicators: [
              scale("participation-niveau", "Niveau de participation"),
              {
                id: "presence-ag",
                label: "Part des clients présents à l'assemblée générale",
                kind: "quantitative",
                unit: "%",
                direction: "higherBetter",
                baseline: { value: 9 },
                target: 20,
              },
            ],
          },
          {
            id: "entraide",
            label: "L'entraide entre clients et bénévoles",
            guidingQuestions: [],
            principleIds: [],
            indicators: [scale("entraide-niveau", "Niveau d'entraide")],
          },
        ],
      },
      {
        id: "ancrage",
        label: "Ancrage territorial",
        criteria: [
          {
            id: "achats-locaux",
            label: "Les achats auprès des producteurs proches",
            guidingQuestions: [],
            principleIds: [],
            indicators: [scale("achats-niveau", "Niveau d'achats locaux")],
          },
        ],
      },
    ],
  };
}

const INTERNAL_GROUPS = new Set(["salaries", "benevoles"]);

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/**
 * Ratings of one cycle: `values[participant][indicator]`. Participants p1–p4 are
 * employees, p5–p7 volunteers (internal), c1–c4 customers and s1 the social services
 * (external, one person: always hidden).
 */
function testCycle(
  id: string,
  name: string,
  startDate: string,
  values: Record<string, RatingValue[]>,
  idOffset: number,
): Cycle {
  const indicators: Array<[string, string]> = [
    ["participation", "participation-niveau"],
    ["entraide", "entraide-niveau"],
    ["achats-locaux", "achats-niveau"],
  ];
  const groupOf = (participantId: string) =>
    participantId.startsWith("p") && Number(participantId.slice(1)) <= 4
      ? "salaries"
      : participantId.startsWith("p")
        ? "benevoles"
        : participantId.startsWith("c")
          ? "clients"
          : "services-sociaux";
  const ratings: Rating[] = [];
  let n = idOffset;
  for (const [participantId, row] of Object.entries(values)) {
    row.forEach((value, index) => {
      const [criterionId, indicatorId] = indicators[index] as [string, string];
      ratings.push({
        id: uuid(n++),
        sessionId: `${id}-atelier`,
        participantId,
        criterionId,
        indicatorId,
        value,
        round: 1,
        // The structure's own people assess themselves; customers and services look from outside.
        perspective: INTERNAL_GROUPS.has(groupOf(participantId)) ? "self" : "external",
        createdAt: `${startDate}T10:00:00Z`,
      });
    });
  }
  return {
    id,
    organisationId: "epicerie",
    name,
    grid: { gridId: "grille-lien", version: 1 },
    mode: "selfEvaluation",
    status: "closed",
    startDate,
    anonymity: { minGroupSize: 3 },
    participants: Object.keys(values).map((participantId) => ({
      id: participantId,
      pseudonym: participantId.toUpperCase(),
      groupId: groupOf(participantId),
      roles: [],
      consent: { showName: false, quotes: "none" },
    })),
    sessions: [
      {
        id: `${id}-atelier`,
        kind: "workshop",
        date: startDate,
        participantIds: Object.keys(values),
        criterionIds: [],
      },
    ],
    ratings,
    positions: [
      {
        criterionId: "participation",
        level: 2,
        status: "majorityWithDissent",
        rationale: "Les clients sont consultés sur les produits, pas sur la marche de l'épicerie.",
        dissents: [
          {
            text: "Deux bénévoles voient la boîte à idées comme de la participation.",
            groupIds: ["benevoles"],
          },
        ],
        strengths: [],
        weaknesses: [],
        updatedAt: `${startDate}T12:00:00Z`,
      },
    ],
    measures: [
      {
        id: `${id}-presence`,
        criterionId: "participation",
        indicatorId: "presence-ag",
        value: 12,
        recordedAt: `${startDate}T12:00:00Z`,
      },
    ],
    stories: [],
    recommendations: [],
    actions: [],
  };
}

export function testWorkspace(): Workspace {
  return {
    formatVersion: 1,
    id: "epicerie-test",
    name: "Épicerie (tests)",
    grids: [testGrid()],
    gridWorkshops: [],
    organisations: [
      {
        id: "epicerie",
        name: "L'Épicerie du Lien",
        kind: "association",
        stakeholderGroups: [
          { id: "salaries", label: "Salariés", side: "internal" },
          { id: "benevoles", label: "Bénévoles", side: "internal" },
          { id: "clients", label: "Clients", side: "external" },
          { id: "services-sociaux", label: "Services sociaux", side: "external" },
        ],
      },
    ],
    cycles: [
      testCycle(
        "cycle-2026",
        "Évaluation 2026",
        "2026-03-14",
        {
          p1: [3, 3, 2],
          p2: [3, 4, 2],
          p3: [4, 3, 3],
          p4: [3, 3, "na"],
          p5: [3, 2, 2],
          p6: [2, 3, 3],
          p7: [3, 3, 2],
          c1: [1, 3, 2],
          c2: [1, 2, "dontKnow"],
          c3: [2, 3, 2],
          c4: [1, 4, 3],
          s1: [2, 3, 2],
        },
        100,
      ),
      testCycle(
        "cycle-2025",
        "Évaluation 2025",
        "2025-03-15",
        {
          p1: [2, 3, 2],
          p2: [3, 3, 1],
          p3: [2, 2, 2],
          c1: [1, 2, 2],
          c2: [1, 3, 1],
          c3: [2, 2, 2],
        },
        1,
      ),
    ],
  };
}

export function testWorkspaceText(): string {
  return `${JSON.stringify(testWorkspace(), null, 2)}\n`;
}

/** A line of a stack trace, as Node prints them. */
export const STACK_LINE = /^\s{4}at /m;
