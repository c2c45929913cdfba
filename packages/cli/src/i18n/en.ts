import type { Formatter } from "@coeval/core";
import { EXAMPLE_IDS, REPORT_SECTION_IDS } from "@coeval/core";
import { wrap } from "../text.ts";
import type { CommandHelp, CommandName, Messages, OptionHelp } from "./fr.ts";

const EXAMPLE_FILE = "docs/examples/epicerie-du-lien.coeval.json";
const EXAMPLE_GRID = "docs/examples/grille-epicerie-du-lien.csv";

const LANG_OPTION: OptionHelp = [
  "--lang fr|en",
  "language of the messages (default: fr, or COEVAL_LANG)",
];
const HELP_OPTION: OptionHelp = ["-h, --help", "show this help"];
const GLOBAL_OPTIONS: readonly OptionHelp[] = [LANG_OPTION, HELP_OPTION];

const commandHelp: Record<CommandName, CommandHelp> = {
  validate: {
    usage: "coeval validate <file.coeval.json>",
    summary: "check a workspace file and summarise its content",
    details: wrap(
      "Exit code 0 when the file is valid, 1 otherwise; every problem is given with its path. Warnings (a file saved as Windows-1252, a rating by someone not among its session's attendees…) do not prevent opening: they go to standard error.",
      100,
      "",
    ).join("\n"),
    options: [LANG_OPTION, HELP_OPTION],
    examples: [`coeval validate ${EXAMPLE_FILE} --lang en`],
  },
  results: {
    usage: "coeval results <file.coeval.json> [--cycle ID] [--audience internal|partners] [--json]",
    summary: "show a cycle's results: profiles, gaps, indicators, collective positions",
    details:
      "Without --cycle, the latest cycle (by start date) is shown. Groups that are too small, and rows that would let their answers be worked out by difference, stay hidden.",
    options: [
      ["--cycle ID", "the cycle to show (default: the latest)"],
      [
        "--audience internal|partners",
        "the figures the organisation sees (internal, default) or its partners (partners)",
      ],
      ["--json", "print the results object as JSON"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [`coeval results ${EXAMPLE_FILE} --lang en`, `coeval results ${EXAMPLE_FILE} --json`],
  },
  report: {
    usage:
      "coeval report <file.coeval.json> [--cycle ID] [-o report.pdf] [--audience internal|partners] [--sections a,b,c] [--force]",
    summary: "make the evaluation report of a cycle as a PDF",
    details: [
      "Without --cycle, the latest cycle. The partners version removes names, pseudonyms, comments",
      "and stories that are not public; groups that are too small stay hidden in both versions.",
      ...wrap(`Sections: ${REPORT_SECTION_IDS.join(", ")}.`, 100, "  "),
    ].join("\n"),
    options: [
      ["--cycle ID", "the cycle of the report (default: the latest)"],
      [
        "-o, --output FILE",
        "the PDF to write (default: report-<organisation>-<cycle>-<version>.pdf, here)",
      ],
      [
        "--audience internal|partners",
        "for the organisation itself (internal, default) or for its partners (partners)",
      ],
      ["--sections a,b,c", "only these sections, ids separated by commas"],
      ["--force", "replace the file if it already exists"],
      ["--lang fr|en", "language of the messages and of the report (default: fr, or COEVAL_LANG)"],
      HELP_OPTION,
    ],
    examples: [
      `coeval report ${EXAMPLE_FILE} --lang en`,
      `coeval report ${EXAMPLE_FILE} --audience partners -o partners-report.pdf --lang en`,
      `coeval report ${EXAMPLE_FILE} --sections cover,profile,criteria,actions`,
    ],
  },
  "import-grid": {
    usage: "coeval import-grid <grid.csv> -o <file.coeval.json> [--name NAME]",
    summary: "import a CSV grid into a workspace (new or existing)",
    details:
      "When the output file exists, the grid is added to it; it is rewritten only if the result is valid.",
    options: [
      ["-o, --output FILE", "the workspace to create or to add to (required)"],
      ["--name NAME", "the grid's name (default: the CSV file's name)"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      `coeval import-grid ${EXAMPLE_GRID} -o my-grid.coeval.json --lang en`,
      `coeval import-grid ${EXAMPLE_GRID} -o my-grid.coeval.json --name "Our grid"`,
    ],
  },
  "export-grid": {
    usage: "coeval export-grid <file.coeval.json> --grid ID [--version N] -o <grid.csv>",
    summary: "export a grid of a workspace as CSV",
    options: [
      ["--grid ID", "the grid's id (required)"],
      ["--version N", "the version to export (default: the latest)"],
      ["-o, --output FILE", "the CSV file to write (required)"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      `coeval export-grid ${EXAMPLE_FILE} --grid ${EXAMPLE_IDS.grid} -o grid.csv --lang en`,
    ],
  },
  apply: {
    usage: "coeval apply <file.coeval.json> <edits.json> [-o OUTPUT]",
    summary: "apply a list of changes (engine edits) to a workspace",
    details: wrap(
      "The changes are a JSON array of edits (docs/edits.md), applied in order with the same rules as the app. At the first refusal nothing is written and the reason is given. Without -o, the workspace file is rewritten.",
      100,
      "",
    ).join("\n"),
    options: [
      ["-o, --output FILE", "write the result elsewhere (default: rewrite the file)"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: ["coeval apply workshop.coeval.json edits.json -o after.coeval.json --lang en"],
  },
  demo: {
    usage: "coeval demo [-o file.coeval.json] [--force]",
    summary: "write the example workspace (L'Épicerie du Lien) to try things out",
    options: [
      ["-o, --output FILE", "the file to write (default: coeval-demo.coeval.json)"],
      ["--force", "replace the file if it already exists"],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: ["coeval demo --lang en", "coeval demo -o workshop.coeval.json"],
  },
};

export const en = {
  help: {
    title: "coeval: participatory evaluation of social utility",
    usage: "Usage: coeval <command> [options]",
    commandsHeading: "Commands:",
    optionsHeading: "Options:",
    examplesHeading: "Examples:",
    globalOptions: GLOBAL_OPTIONS,
    more: "Help on a command: coeval <command> --help",
    commands: commandHelp,
  },
  arguments: {
    workspaceFile: "<file.coeval.json>",
    gridCsv: "<grid.csv>",
    editsFile: "<edits.json>",
  },
  usage: {
    unknownCommand: (name: string, commands: readonly string[], f: Formatter) =>
      `Unknown command: "${name}". Available commands: ${f.list(commands)}. Help: coeval --help`,
    missingCommand: "Give a command. Help: coeval --help",
    unknownOption: (option: string, command: string) =>
      `Unknown option for ${command}: ${option}. Help: ${command} --help`,
    missingValue: (option: string) => `The option ${option} needs a value.`,
    unexpectedValue: (option: string) => `The option ${option} takes no value.`,
    missingArgument: (argument: string, command: string) =>
      `Missing argument: ${argument}. Help: ${command} --help`,
    missingOption: (option: string, command: string) =>
      `Missing required option: ${option}. Help: ${command} --help`,
    tooManyArguments: (extra: readonly string[], command: string, f: Formatter) =>
      `${f.plural(extra.length, { one: "Unexpected argument", other: "Unexpected arguments" })}: ${extra.join(" ")}. Help: ${command} --help`,
    invalidLanguage: (value: string) =>
      `Unknown language: "${value}". Available languages: fr, en.`,
    invalidVersion: (value: string) =>
      `Invalid version: "${value}". A version is a whole number from 1.`,
    invalidAudience: (value: string, allowed: readonly string[], f: Formatter) =>
      `Unknown audience: "${value}". Allowed values: ${f.list(allowed)}. Help: coeval report --help`,
    unknownSections: (unknown: readonly string[], valid: readonly string[]) =>
      `${unknown.length === 1 ? "Unknown section" : "Unknown sections"}: ${unknown.join(", ")}. Valid sections: ${valid.join(", ")}.`,
    noSections: (valid: readonly string[]) =>
      `--sections needs at least one section id. Valid sections: ${valid.join(", ")}.`,
  },
  files: {
    notFound: (path: string) => `File not found: ${path}`,
    isDirectory: (path: string) => `${path} is a folder, not a file.`,
    notAllowed: (path: string) => `Permission denied: ${path}`,
    unreadable: (path: string, reason: string) => `Cannot read ${path}: ${reason}`,
    unwritable: (path: string, reason: string) => `Cannot write ${path}: ${reason}`,
    folderMissing: "the folder does not exist",
    accessDenied: "permission denied",
    isFolder: "it is a folder",
    nothingWritten: "No file was changed.",
    cannotRead: (path: string) => `${path} cannot be read:`,
    warningsHeading: (path: string, count: number, f: Formatter) =>
      `${path} was read, with ${f.count(count, { one: "warning", other: "warnings" })}:`,
  },
  workspace: {
    invalidHeading: (path: string, issueCount: number, f: Formatter) =>
      `${path} is not valid (${f.count(issueCount, { one: "problem", other: "problems" })}):`,
    migrated: (fromVersion: number) =>
      `(file in format ${fromVersion}, read and converted to the current format)`,
  },
  validate: {
    valid: (
      counts: { organisations: number; grids: number; cycles: number; ratings: number },
      f: Formatter,
    ) =>
      `valid: ${f.count(counts.organisations, { one: "organisation", other: "organisations" })}, ${f.count(counts.grids, { one: "grid", other: "grids" })}, ${f.count(counts.cycles, { one: "cycle", other: "cycles" })}, ${f.count(counts.ratings, { one: "rating", other: "ratings" })}`,
    warnings: (count: number, f: Formatter) =>
      `but ${f.count(count, { one: "warning is", other: "warnings are" })} given on standard error: the file opens, check these points.`,
  },
  grids: {
    notFound: (gridId: string, available: readonly string[], f: Formatter) =>
      available.length === 0
        ? `No grid "${gridId}": this file holds no grid.`
        : `No grid "${gridId}". Available grids: ${f.list(available)}.`,
    versionNotFound: (
      gridId: string,
      version: number,
      available: readonly number[],
      f: Formatter,
    ) =>
      `Grid "${gridId}" has no version ${version}. Available versions: ${f.list(available.map((v) => f.number(v)))}.`,
    exported: (
      path: string,
      grid: { name: string; version: number; criteria: number },
      f: Formatter,
    ) =>
      `Grid "${grid.name}" (version ${grid.version}, ${f.count(grid.criteria, { one: "criterion", other: "criteria" })}) exported to ${path}`,
    csvInvalidHeading: (path: string, issueCount: number, f: Formatter) =>
      `${path} cannot be imported (${f.count(issueCount, { one: "error", other: "errors" })}):`,
    csvLocation: (line: number, column: number | undefined) =>
      column === undefined ? `line ${line}` : `line ${line}, column ${column}`,
    imported: (
      path: string,
      grid: { name: string; version: number; dimensions: number; criteria: number },
      created: boolean,
      f: Formatter,
    ) =>
      `Grid "${grid.name}" (version ${grid.version}: ${f.count(grid.dimensions, { one: "dimension", other: "dimensions" })}, ${f.count(grid.criteria, { one: "criterion", other: "criteria" })}) ${created ? "saved in the new workspace" : "added to the workspace"} ${path}`,
    alreadyInWorkspace: (gridId: string, version: number) =>
      `The workspace already holds grid "${gridId}" in version ${version}. Give it another name with --name.`,
    resultInvalid: "The grid cannot be added: the resulting workspace would be invalid:",
  },
  results: {
    noCycle: (path: string) => `${path} holds no evaluation cycle: nothing to show.`,
    cycleNotFound: (cycleId: string) => `No cycle "${cycleId}".`,
    availableCycles: "Available cycles:",
    cycleLine: (cycle: { id: string; name: string; startDate: string | null }) =>
      cycle.startDate
        ? `${cycle.id}: ${cycle.name} (${cycle.startDate})`
        : `${cycle.id}: ${cycle.name}`,
    latestChosen: (cycle: { id: string; name: string }, others: number, f: Formatter) =>
      others === 0
        ? `Cycle shown: "${cycle.name}" (${cycle.id}), the only one in the file.`
        : `Cycle shown: "${cycle.name}" (${cycle.id}), the latest; ${f.count(others, { one: "other cycle", other: "other cycles" })} (--cycle ID to choose).`,
    referenceMissing: {
      gridNotFound: (p: { gridId: string; version: number }) =>
        `grid "${p.gridId}" version ${p.version}, used by this cycle, is missing from the file.`,
      organisationNotFound: (p: { organisationId: string }) =>
        `organisation "${p.organisationId}" of this cycle is missing from the file.`,
    },
    cannotCompute: (cycleId: string, reason: string) =>
      `Cannot compute the results of cycle ${cycleId}: ${reason}`,
    title: (cycle: string, organisation: string) => `Results: ${cycle} (${organisation})`,
    subtitle: (
      p: {
        grid: string;
        version: number;
        participants: number;
        minGroupSize: number;
        round: 1 | 2 | "final";
      },
      f: Formatter,
    ) =>
      `Grid "${p.grid}" version ${p.version} · ${f.count(p.participants, { one: "participant", other: "participants" })} · ${p.round === "final" ? "everyone's last round" : `round ${p.round}`} · groups shown from ${f.count(p.minGroupSize, { one: "person", other: "people" })}`,
    groupsLegend: "Groups:",
    groupLegendEntry: (code: string, label: string, side: string) =>
      `${code} ${label} (${side.toLocaleLowerCase("en")})`,
    dimensionsHeading: "Profile per dimension",
    criteriaHeading: "Per criterion",
    columns: {
      dimension: "Dimension",
      criterion: "Criterion",
      n: "n",
      median: "Median",
      quartiles: "Q1–Q3",
      consensus: "Consensus",
      notApplicable: "N/A",
      dontKnow: "DK",
      internal: "Int.",
      external: "Ext.",
      indicator: "Indicator",
      latest: "Value",
      baseline: "Baseline",
      target: "Target",
      status: "Status",
      level: "Level",
      dissents: "Dissents",
    },
    normalisedNote:
      "* scales differ within the dimension: median and quartiles as a position from 0 to 1 (0 = lowest level, 1 = highest).",
    columnsNote: (consensus: { none: string; full: string }) =>
      `n = people who gave a level; N/A = not applicable; DK = don't know (never counted as levels); consensus from ${consensus.none} (complete split) to ${consensus.full} (full agreement).`,
    noOrdinal: "no scale",
    withheld: "not shown (see the note below)",
    globalScoreWithheld:
      "Global score not given: everyone's results are withheld on at least one criterion.",
    divergencesHeading: "Gaps worth discussing",
    noDivergence: "No marked gap under the chosen thresholds.",
    divergenceGap: (p: {
      criterion: string;
      a: string;
      aMedian: string;
      aN: number;
      b: string;
      bMedian: string;
      bN: number;
      gap: string;
    }) =>
      `${p.criterion}: ${p.a} ${p.aMedian} (n = ${p.aN}) versus ${p.b} ${p.bMedian} (n = ${p.bN}), gap ${p.gap}`,
    divergenceSpread: (p: { criterion: string; consensus: string; n: number }) =>
      `${p.criterion}: views widely split (consensus ${p.consensus}, n = ${p.n})`,
    quantitativeHeading: "Counted indicators",
    quantitativeStatus: {
      targetReached: "target reached",
      improving: "improving",
      worsening: "worsening",
      unchanged: "unchanged",
      noTarget: "no target",
      noValue: "no value",
    },
    positionsHeading: "Collective positions",
    noPositions: "No collective position recorded.",
    positionStatus: {
      consensus: "consensus",
      consent: "consent",
      majorityWithDissent: "majority, with dissent",
      noAgreement: "no agreement",
      notDiscussed: "not discussed",
    },
    globalScore: (p: { convention: string | null; position: string; n: number }) =>
      `Global score (a convention, not a measure${p.convention ? `: ${p.convention}` : ""}): ${p.position} on a 0 to 1 scale, n = ${p.n}`,
    hiddenFootnote: (p: { minGroupSize: number; items: number }, f: Formatter) =>
      `People are protected: a group appears only when at least ${f.count(p.minGroupSize, { one: "of its members", other: "of its members" })} answered, and a row that would let the answers of fewer people be worked out by difference is not shown either; rows are hidden on ${f.count(p.items, { one: "line", other: "lines" })} (their people still count in the totals).`,
    noneHidden: "No row hidden.",
  },
  report: {
    written: (path: string, p: { pages: number; audienceLabel: string }, f: Formatter) =>
      `Report written to ${path}: ${f.count(p.pages, { one: "page", other: "pages" })}. ${p.audienceLabel}, in English.`,
    exists: (path: string) =>
      `${path} already exists. Choose another file with -o, or replace it with --force.`,
    onlyCover:
      "None of the sections asked for has content in this cycle: the report holds only its cover page.",
  },
  apply: {
    invalidHeading: (path: string, issueCount: number, f: Formatter) =>
      `${path} does not hold a valid list of changes (${f.count(issueCount, { one: "problem", other: "problems" })}):`,
    refused: (position: number, type: string, message: string) =>
      `Change no. ${position} (${type}) is refused: ${message}`,
    resultInvalid: "The changes would make an invalid workspace:",
    applied: (count: number, path: string, f: Formatter) =>
      `${f.count(count, { one: "change applied", other: "changes applied" })}; workspace written to ${path}`,
  },
  demo: {
    written: (path: string) => `Example workspace written to ${path}`,
    exists: (path: string) =>
      `${path} already exists and differs from the example. Choose another file with -o, or replace it with --force.`,
    unchanged: (path: string) => `${path} already holds the example workspace.`,
    nextSteps: "What to try next:",
    tryValidate: "check the file",
    tryResults: "see the results of the latest cycle",
    tryExport: "export its grid as CSV",
  },
  internalError: (message: string) =>
    `Unexpected error: ${message}. Please report it with the command you ran.`,
} satisfies Messages;
