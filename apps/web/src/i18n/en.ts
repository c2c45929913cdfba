import { formatterFor, LABELS } from "@coeval/core";
import type { Messages } from "./fr.ts";

const f = formatterFor("en");

export const en = {
  app: {
    name: "Coéval",
    tagline: "Evaluating social utility together",
    skipLink: "Skip to content",
    language: "Language",
    home: "Home",
    loading: "Loading…",
    notFound: "This page does not exist.",
    backHome: "Back to the home page",
  },
  languages: { fr: "Français", en: "English" },
  save: {
    saving: "Saving…",
    saved: "Saved",
    retry: "Retry",
    notSaved: "Not saved",
    failedNamed: (name: string) =>
      `Changes to “${name}” could not be saved on this device. They stay in memory while this page is open: retry, or export them to a file before closing the page.`,
    failedLocked:
      "Could not save on this device. The answers stay in memory while this page is open: retry, and do not close the page.",
    exportCopy: "Export to a file",
    exported: (fileName: string) => `Backup downloaded: ${fileName}`,
    conflicts: (count: number) =>
      f.plural(count, {
        one: "A value changed here was also changed in another tab or window, which saved it first: its value is kept. Check it, and change it again if need be.",
        other:
          "# values changed here were also changed in another tab or window, which saved them first: its values are kept. Check them, and change them again if need be.",
      }),
    conflictKept: (mine: string, theirs: string) => `Kept: ${theirs} (instead of ${mine})`,
    conflictRemoved: "removed",
    conflictChanged: "changed",
    conflictsSeen: "I have checked",
  },
  home: {
    title: "Your evaluations",
    intro:
      "Coéval helps a social and solidarity economy organisation evaluate its social utility with its stakeholders: a grid chosen together, workshops, positions and a progress plan, with no ranking and no imposed score.",
    localOnly: "Everything stays on this device: no account, no server.",
    actions: "Get started",
    newEvaluation: "New evaluation",
    openFile: "Open a file",
    openFileHint: "A .coeval.json file exported from Coéval",
    tryDemo: "Try the demo",
    onDevice: "On this device",
    none: "No evaluation on this device yet.",
    open: "Open",
    delete: "Delete",
    openNamed: (name: string) => `Open “${name}”`,
    deleteNamed: (name: string) => `Delete “${name}”`,
    deleteTitle: (name: string) => `Delete “${name}”?`,
    deleteBody:
      "The workspace and everything in it will be erased from this device. A file exported earlier is not touched.",
    deleted: (name: string) => `“${name}” was deleted from this device.`,
    lastChange: (when: string) => `Last change: ${when}`,
    exportedOn: (when: string) => `Exported on ${when}`,
    neverExported: "Never exported",
    organisations: "Organisations",
    cycles: "Cycles",
    noCycle: "No evaluation cycle yet",
    cycleCount: (count: number) =>
      f.plural(count, { one: "# evaluation cycle", other: "# evaluation cycles" }),
    untitled: "Untitled workspace",
    newOrganisationName: "New organisation",
    importInvalid: (fileName: string) =>
      `The file “${fileName}” was not opened: nothing was changed. Problems found:`,
    importUnreadable: (fileName: string) =>
      `The browser could not read the file “${fileName}” (moved, deleted or protected): choose it again.`,
    importWarnings: (fileName: string, count: number) =>
      `The file “${fileName}” can be opened, ${f.plural(count, { one: "but read this warning first", other: "but read these # warnings first" })}; nothing is stored on this device yet.`,
    openAnyway: "Open the evaluation",
    importReplaceTitle: (name: string) => `Replace “${name}”?`,
    importReplaceBody:
      "This device already holds this workspace. The file will replace it; changes made here since it was exported will be lost.",
    replace: "Replace",
    imported: (name: string) => `“${name}” was opened.`,
    unreadableStored: (count: number) =>
      f.plural(count, {
        one: "# workspace stored on this device cannot be read.",
        other: "# workspaces stored on this device cannot be read.",
      }),
    storageUnavailable:
      "This device's storage is not available (private browsing?): nothing can be saved.",
    demoUnavailable: "The demo is not available.",
  },
  common: {
    cancel: "Cancel",
    confirm: "Confirm",
    close: "Close",
    problems: (count: number) => f.plural(count, { one: "# problem", other: "# problems" }),
    required: "This field is required.",
    tooLong: (max: number) => `At most ${f.number(max)} characters.`,
    optional: "optional",
  },
  workspace: {
    nav: "Parts of the evaluation",
    structure: "Organisation",
    grids: "Grids",
    coconstruction: "Co-construction",
    cycles: "Cycles and workshops",
    results: "Results",
    export: "Export",
    exportHint: "Download a backup (.coeval.json)",
    exported: (fileName: string) => `Backup downloaded: ${fileName}`,
    reminder:
      "Some changes have not been exported yet. A backup file protects you if this device is wiped.",
    reminderAction: "Export a backup",
    reminderDismiss: "Later",
    notFound: "This workspace does not exist on this device.",
    unreadable: "This workspace cannot be read:",
  },
  structure: {
    title: "The organisation",
    noOrganisation: "This workspace holds no organisation.",
    addOrganisation: "Add an organisation",
    chooseOrganisation: "Organisation",
    identity: "Identity",
    name: "Name",
    kind: "Kind of organisation",
    territory: "Territory",
    territoryHint: "Neighbourhood, town, area, county…",
    network: "Network",
    networkHint: "The network that supports you, if any",
    portrait: "Portrait",
    portraitHint: "The organisation's context and story, in your own words: it opens the report.",
    groups: "Stakeholder groups",
    groupsIntro:
      "The groups whose views will be compared. Internal and external views are compared, never merged.",
    noGroups: "No group yet.",
    suggestions: "Suggestions",
    suggestionsHint: "One click adds the group.",
    addSuggestion: (label: string) => `Add ${label}`,
    groupLabel: "Group name",
    side: "View",
    newGroup: "New group",
    addGroup: "Add the group",
    remove: "Remove",
    removeGroup: (label: string) => `Remove the group ${label}`,
    groupInUse: (label: string, count: number) =>
      f.plural(count, {
        one: `The group “${label}” has # participant: remove them or change their group first.`,
        other: `The group “${label}” has # participants: remove them or change their group first.`,
      }),
    participants: "Participants",
    participantsIntro:
      "The people taking part in the evaluation, under a pseudonym. The real name is optional and shown only if the person agrees.",
    participantsNeedGroup: "Add a stakeholder group first.",
    noParticipants: "No participant yet.",
    participantCount: (count: number) =>
      f.plural(count, { one: "# participant", other: "# participants" }),
    pseudonym: "Pseudonym",
    group: "Group",
    realName: "Real name",
    roles: "Roles",
    rolesHint: "Separated by commas",
    showName: "Agrees to their name being shown",
    quotes: "Quotes",
    addParticipant: "Add the participant",
    newParticipant: "New participant",
    removeParticipant: (pseudonym: string) => `Remove ${pseudonym}`,
    participantInUse: (pseudonym: string) =>
      `${pseudonym} already has recorded ratings: they cannot be removed.`,
    defaultPseudonym: (n: number) => `Participant ${f.number(n)}`,
    cycleParticipants: (cycle: string, count: number) =>
      f.plural(count, {
        one: `The cycle “${cycle}” has # participant.`,
        other: `The cycle “${cycle}” has # participants.`,
      }),
  },
  kinds: LABELS.en.organisationKinds,
  sides: LABELS.en.sides,
  consent: {
    none: "Never quoted outside the workshop",
    internal: "Quoted within the organisation",
    public: "Quoted anywhere",
  },
  suggestedGroups: {
    staff: "Staff",
    volunteers: "Volunteers",
    board: "Board members",
    users: "Users",
    partners: "Partners",
    funders: "Funders",
    authorities: "Local authorities",
    peers: "Peers",
  },
} satisfies Messages;
