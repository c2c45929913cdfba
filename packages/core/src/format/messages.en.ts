import type { IssueCode, IssueParams } from "./issues.ts";
import type { typeNamesFr } from "./messages.fr.ts";

/** The English messages: the same keys as the French source, enforced at compile time. */
export type MessageCatalogue = { [C in IssueCode]: (params: IssueParams<C>) => string };

export const typeNamesEn = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list [ … ]",
  object: "an object { … }",
  null: "null",
  missing: "nothing",
  other: "another value",
} satisfies Record<keyof typeof typeNamesFr, string>;

function typeName(code: string): string {
  return (typeNamesEn as Record<string, string>)[code] ?? code;
}

function typeList(codes: string): string {
  return codes
    .split(",")
    .filter((c) => c !== "")
    .map(typeName)
    .join(" or ");
}

const megabytesFormat = new Intl.NumberFormat("en-GB", {
  style: "unit",
  unit: "megabyte",
  maximumFractionDigits: 1,
});

/** A size in bytes as Windows' Explorer shows it: 1 MB = 1,048,576 bytes. */
function megabytes(bytes: number): string {
  return megabytesFormat.format(bytes / 1_048_576);
}

function startName(start: string): string {
  if (start === "\t") return "a tab";
  if (start === "\r") return "a carriage return";
  return `"${start}"`;
}

const PERSPECTIVES: Record<string, string> = {
  self: "self-assessment (self)",
  peer: "peer view (peer)",
  external: "external view (external)",
};

export const en = {
  "file.tooLarge": (p) =>
    `the file is ${megabytes(p.size)}: too much for this device (limit ${megabytes(p.limit)}); check that it is the right file, or split the workspace into several files (by organisation or by year)`,
  "encoding.windows1252": () =>
    'the file was saved as Windows-1252 ("ANSI", the default encoding of Notepad and Excel on Windows): it was read as such, accents included; save it as UTF-8 (in Excel: "CSV UTF-8") to avoid any ambiguity',
  "encoding.utf16": (p) =>
    `the file is saved as UTF-16 ${p.byteOrder} (what Excel calls "Unicode Text"), which Coéval does not read; save it as UTF-8: in Excel, "Save As" then "CSV UTF-8"; in Notepad, the "UTF-8" encoding`,
  "encoding.damagedUtf8": () =>
    "the file is UTF-8, but a byte on this line is not: the file was damaged, or text in another encoding was pasted into it; correct this line (or use a backup) and save the file as UTF-8",
  "encoding.notText": () =>
    "this file does not hold readable text (neither UTF-8 nor Windows-1252): it is probably not the right file; choose a Coéval file (*.coeval.json) or a CSV saved as UTF-8",

  "json.empty": () => "the file is empty; choose a Coéval file (*.coeval.json)",
  "json.syntax": (p) =>
    `this is not valid JSON: unexpected "${p.found}"; the file was probably damaged or edited by hand, use a backup or fix it at this place`,
  "json.unexpectedEnd": () =>
    "the file ends too early (incomplete JSON); it was probably cut short, use a complete backup",
  "document.notObject": (p) =>
    `a Coéval file holds an object { … }, not ${typeName(p.received)}; check that this is a *.coeval.json file`,
  "format.versionMissing": () =>
    'the formatVersion field is missing: this is not a Coéval file, or it was edited; add "formatVersion": 1 if it comes from version 1',
  "format.versionInvalid": (p) =>
    `formatVersion is "${p.received}" instead of a positive whole number; put back the version Coéval wrote`,
  "format.versionTooNew": (p) =>
    `this file was made by a newer Coéval (format ${p.version}, this version reads up to format ${p.supported}); update Coéval to open it`,
  "format.versionUnsupported": (p) =>
    `format ${p.version} is too old and cannot be converted to format ${p.supported}; open it with an intermediate version of Coéval`,
  "format.migrationFailed": (p) =>
    `converting from format ${p.from} to format ${p.to} failed: the file does not look like a format ${p.from} Coéval file; check that it was not edited by hand`,
  "issues.truncated": (p) =>
    `and ${p.count} more problem(s) not shown; fix these first, then try again`,
  "storage.orphanRecord": (p) =>
    `the record ${p.path} belongs to nothing in the workspace kept on this device; nothing was deleted, please report the problem`,
  "storage.idMismatch": (p) =>
    `the workspace kept as ${p.id} carries another id; nothing was deleted, please report the problem`,
  "internal.unexpected": () =>
    "unexpected error while reading; the file was not opened, please report the problem, with the file if you can",

  "value.required": () => "this required field is missing; add it",
  "value.invalidType": (p) =>
    `expected ${typeName(p.expected)}, found ${typeName(p.received)}; correct the value`,
  "value.invalidEnum": (p) =>
    `${p.received === undefined ? "unrecognised value" : `"${p.received}" is not a recognised value`}; possible values: ${p.values}`,
  "value.noMatch": (p) =>
    `unrecognised value; expected ${[typeList(p.types), p.values].filter((part) => part !== "").join(" or one of the values ")}`,
  "value.invalid": () => "invalid value; correct it",
  "string.empty": () => "this text is empty; write it, or remove the field if it is optional",
  "string.tooShort": (p) => `text too short: at least ${p.minimum} characters; complete it`,
  "string.tooLong": (p) =>
    `text too long (${p.length} characters, at most ${p.maximum}); shorten it`,
  "array.tooShort": (p) => `list too short: at least ${p.minimum} item(s) needed; complete it`,
  "array.tooLong": (p) => `list too long: at most ${p.maximum} item(s); remove some`,
  "number.tooSmall": (p) => `number too small: the minimum is ${p.minimum}; correct it`,
  "number.tooBig": (p) => `number too large: the maximum is ${p.maximum}; correct it`,
  "number.outOfRange": () =>
    'number out of range: beyond ±1.8 × 10^308 it cannot be represented and would be read as infinity; write a smaller number (check the exponent "e" and extra digits)',
  "number.notANumber": () =>
    "this value is not a number (it has no computable value); write a number",
  "number.notInteger": (p) => `${p.received} is not a whole number; use a whole number`,
  "format.date": (p) =>
    `"${p.received}" is not a valid date; write it YYYY-MM-DD, for example 2026-03-14`,
  "format.dateTime": (p) =>
    `"${p.received}" is not a valid date and time; write it like 2026-03-14T18:30:00Z`,
  "format.uuid": (p) =>
    `"${p.received}" is not a valid UUID; every rating has a UUID generated by Coéval, do not change it`,
  "format.id": (p) =>
    `"${p.received}" is not a valid identifier; use letters, digits and . _ : - only, starting with a letter or digit`,
  "format.colour": (p) => `"${p.received}" is not a colour; write it #rrggbb, for example #1f77b4`,
  "format.pattern": (p) => `"${p.received}" does not have the expected form; correct the value`,

  "grid.duplicateVersion": (p) =>
    `version ${p.version} of grid "${p.gridId}" appears twice; number the new version differently`,
  "id.duplicate": (p) =>
    `the identifier "${p.id}" is already used by another item of the same kind; give each one a different identifier`,
  "grid.emptyDimension": () =>
    "this dimension has no criterion; add at least one or remove the dimension",
  "scale.notIncreasing": (p) =>
    `level ${p.value} comes after level ${p.previous}: levels must increase; put them in order`,
  "scale.duplicateLevel": (p) =>
    `level ${p.value} appears twice in the scale; give each level a different value`,
  "indicator.bandInverted": (p) =>
    `the target band goes from ${p.min} to ${p.max}: the minimum exceeds the maximum; swap them`,
  "ref.principle": (p) =>
    `principle "${p.id}" is not in this grid's charter; add it to the principles or remove the reference`,
  "ref.organisation": (p) =>
    `organisation "${p.id}" is not in this file; add it or correct the identifier`,
  "ref.gridVersion": (p) =>
    `grid "${p.gridId}" version ${p.version} is not in this file; add that version or correct the reference`,
  "ref.group": (p) =>
    `stakeholder group "${p.id}" is not in this cycle's organisation; add it to the organisation or correct the identifier`,
  "ref.session": (p) => `session "${p.id}" is not in this cycle; add it or correct the identifier`,
  "ref.participant": (p) =>
    `person "${p.id}" is not among this cycle's participants; add them or correct the identifier`,
  "ref.criterion": (p) =>
    `criterion "${p.id}" is not in this cycle's grid version; correct the identifier`,
  "ref.indicator": (p) =>
    `indicator "${p.id}" is not in criterion "${p.criterionId}"; correct the identifier`,
  "ref.gridIndicator": (p) =>
    `indicator "${p.id}" is not in this cycle's grid version; correct the identifier`,
  "ref.grid": (p) =>
    `grid "${p.id}" is not in this file in any version; add it or correct the identifier`,
  "ref.proposal": (p) =>
    `proposal "${p.id}" is not in this workshop; correct the identifier of the merge`,
  "ref.voter": (p) =>
    `"${p.id}" is not registered as a voter in this workshop; add them to the voters or correct the identifier`,
  "vote.duplicate": (p) =>
    `"${p.voterId}" has two votes for criterion "${p.criterionId}"; keep only one`,
  "vote.overBudget": (p) =>
    `"${p.voterId}" places ${p.points} points while each person has ${p.pointsPerVoter}; remove some points`,
  "ref.cycle": (p) => `cycle "${p.id}" is not in this file; add it or remove the reference`,
  "ref.recommendation": (p) =>
    `recommendation "${p.id}" is not in this cycle; add it or remove the reference`,
  "ref.previousAction": (p) =>
    `"${p.id}" is not an action of the previous cycle; correct the identifier or set the previous cycle`,
  "cycle.selfReference": () =>
    "a cycle cannot be its own previous cycle; choose another cycle or remove the reference",
  "rating.notOrdinal": (p) =>
    `indicator "${p.id}" is not rated on a scale (it is quantitative or narrative); rate an indicator that has a scale`,
  "rating.notALevel": (p) =>
    `${p.value} is not a level of the scale ${p.scale}; choose a level of the scale`,
  "rating.notApplicableNotAllowed": () =>
    '"not applicable" (na) is not allowed for this indicator; choose a level, or allow "not applicable" in the grid',
  "rating.dontKnowNotAllowed": () =>
    '"don\'t know" (dontKnow) is not allowed for this indicator; choose a level, or allow "don\'t know" in the grid',
  "position.notALevel": (p) =>
    `${p.value} is not a level of the criterion's scale ${p.scale}; choose a level of the scale`,
  "position.noScale": (p) =>
    `criterion "${p.criterionId}" has no indicator with a scale: its position cannot have a level; set the level to null`,
  "position.levelRequired": (p) =>
    `a position with status "${p.status}" states the agreed level; add it, or choose the status noAgreement or notDiscussed`,
  "position.levelMustBeNull": (p) =>
    `a position with status "${p.status}" has no level; set the level to null or change the status`,
  "measure.notQuantitative": (p) =>
    `indicator "${p.id}" is not quantitative: it takes no measure; choose a quantitative indicator`,
  "position.duplicate": (p) =>
    `another collective position on criterion "${p.criterionId}" ${p.sessionId === "" ? "without a session" : `for session "${p.sessionId}"`} already exists (${p.firstPath}): a session has one position per criterion, and one of the two would be ignored; keep only one`,
  "rating.future": (p) =>
    `rating ${p.id} is dated ${p.date}, after ${p.reference === "savedAt" ? "the file was saved" : "the current date"} (${p.limit}): dated in the future, it would forever replace the ratings entered after it; correct its date (createdAt)`,
  "position.future": (p) =>
    `the collective position on criterion "${p.criterionId}" is dated ${p.date}, after ${p.reference === "savedAt" ? "the file was saved" : "the current date"} (${p.limit}): dated in the future, it would forever replace the positions decided after it; correct its date (updatedAt)`,
  "anonymity.singleUnconfirmed": () =>
    'an anonymity threshold of 1 turns anonymity off: a group\'s results are shown as soon as one person has answered, so every answer can be read; if this is intended, add "individualAnswersVisible": true next to minGroupSize, otherwise set a threshold of at least 2 (3 by default)',

  "rating.afterSavedAt": (p) =>
    `rating ${p.id} is dated ${p.date}, after the date the file says it was saved (savedAt: ${p.savedAt}); it is read as it is (earlier versions of Coéval did not update it on export): export the file again to correct it`,
  "position.afterSavedAt": (p) =>
    `the collective position on criterion "${p.criterionId}" is dated ${p.date}, after the date the file says it was saved (savedAt: ${p.savedAt}); it is read as it is (earlier versions of Coéval did not update it on export): export the file again to correct it`,
  "rating.raterNotInSession": (p) =>
    `"${p.participantId}" has a rating in session "${p.sessionId}" without being among its attendees (participantIds); it is counted: add the person to the session's attendees, or check this rating's session`,
  "rating.perspectiveSide": (p) =>
    `this rating is given as ${PERSPECTIVES[p.perspective] ?? p.perspective} by a person of the ${p.side === "internal" ? "internal" : "external"} group "${p.groupId}"; it is counted as such: check the perspective or the person's group`,

  "csv.empty": () =>
    "the CSV file is empty; export the grid from your spreadsheet with a row of column titles",
  "csv.noRows": () => "the CSV file has only the title row; add one row per indicator",
  "csv.unclosedQuote": () =>
    'a quotation mark is opened and never closed; close it, or double the quotation marks that are part of the text ("")',
  "csv.unknownColumn": () =>
    "unknown column; correct its title (see the list of columns in the format documentation) or remove it",
  "csv.duplicateColumn": () => "this column appears twice; keep only one",
  "csv.missingColumn": () => "this required column is missing; add it to the title row",
  "csv.extraCells": (p) =>
    `${p.count} cell(s) more than column titles; add a title or empty these cells`,
  "csv.missingValue": () => "this cell is required here; fill it in",
  "csv.badLevel": (p) =>
    `badly written level: "${p.fragment}"; write the levels like this: 1=Not at all: descriptor | 2=A little: descriptor`,
  "csv.unknownKind": (p) => `unknown indicator kind: "${p.received}"; write one of: ${p.values}`,
  "csv.unknownValue": (p) => `"${p.received}" is not a recognised value; write one of: ${p.values}`,
  "csv.badNumber": (p) =>
    `"${p.received}" is not a number; write for example 12 or 12.5, with no space or unit`,
  "csv.notForKind": (p) =>
    `this column is not used by indicators of kind "${p.kind}"; empty the cell or change the kind`,
  "csv.numberOutOfRange": (p) =>
    `"${p.received}" is too large a number (beyond ±1.8 × 10^308); write a smaller value`,
  "csv.formulaText": (p) =>
    `this cell starts with ${startName(p.start)}, which a spreadsheet may take for the start of a formula: Coéval keeps it as text, and will export it with an apostrophe (') in front; check that this is the text you meant`,
  "csv.conflictingValue": (p) =>
    `different from the value on line ${p.firstLine} for the same item; write the same value or leave the cell empty`,
} satisfies MessageCatalogue;
