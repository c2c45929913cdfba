import { issue, type ValidationIssue } from "../format/issues.ts";
import {
  type Cycle,
  DEFAULT_MIN_GROUP_SIZE,
  type EvaluationMode,
  type Participant,
  type Perspective,
  type Session,
  type SessionKind,
} from "../model/cycle.ts";
import type { Criterion, Grid, GridRef } from "../model/grid.ts";
import { findGrid } from "../model/lookup.ts";
import type { Side } from "../model/organisation.ts";
import type { Workspace } from "../model/workspace.ts";
import { type CycleEditResult, refused } from "./result.ts";

/** Why a cycle cannot be created. */
export type CreateCycleRefusal =
  | "organisationNotFound"
  | "gridNotFound"
  /** Only an adopted version may be pinned: a draft may still change, an archived one is retired. */
  | "gridNotAdopted"
  | "previousCycleNotFound"
  /** A threshold of 1 shows every answer: it needs `individualAnswersVisible: true`. */
  | "individualAnswersNotConfirmed";

export interface CreateCycleInput {
  organisationId: string;
  grid: GridRef;
  name: string;
  mode: EvaluationMode;
  purpose?: string;
  evaluativeQuestion?: string;
  startDate?: string;
  endDate?: string;
  /** The anonymity threshold k (default 3). */
  minGroupSize?: number;
  /** Required with k = 1: the people chose to let every answer be read. */
  individualAnswersVisible?: boolean;
  /** A previous cycle of the same organisation, for the progress loop. */
  previousCycleId?: string;
  /** People who take part, e.g. copied from the organisation's roster (ids kept). */
  participants?: Participant[];
}

export type CreateCycleResult =
  | { ok: true; cycle: Cycle; workspace: Workspace }
  | { ok: false; reason: CreateCycleRefusal };

/** Optional text fields: an empty or blank value is left out rather than stored as "". */
function optionalText<K extends string>(
  key: K,
  value: string | undefined,
): Partial<Record<K, string>> {
  return value === undefined || value.trim() === "" ? {} : ({ [key]: value } as Record<K, string>);
}

/**
 * A new cycle of an organisation on an adopted grid version, which it pins: later
 * versions of the grid never change what this cycle was evaluated on. The workspace
 * returned holds the cycle at the end of its list.
 */
export function createCycle(
  workspace: Workspace,
  input: CreateCycleInput,
  deps: { newId: () => string },
): CreateCycleResult {
  if (!workspace.organisations.some((o) => o.id === input.organisationId)) {
    return { ok: false, reason: "organisationNotFound" };
  }
  const grid = findGrid(workspace, input.grid);
  if (grid === undefined) return { ok: false, reason: "gridNotFound" };
  if (grid.status !== "adopted") return { ok: false, reason: "gridNotAdopted" };
  if (
    input.previousCycleId !== undefined &&
    !workspace.cycles.some(
      (c) => c.id === input.previousCycleId && c.organisationId === input.organisationId,
    )
  ) {
    return { ok: false, reason: "previousCycleNotFound" };
  }
  const minGroupSize = input.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  if (minGroupSize === 1 && input.individualAnswersVisible !== true) {
    return { ok: false, reason: "individualAnswersNotConfirmed" };
  }
  const cycle: Cycle = {
    id: deps.newId(),
    organisationId: input.organisationId,
    name: input.name.trim(),
    grid: { gridId: grid.id, version: grid.version },
    mode: input.mode,
    status: "planned",
    ...optionalText("purpose", input.purpose),
    ...optionalText("evaluativeQuestion", input.evaluativeQuestion),
    ...optionalText("startDate", input.startDate),
    ...optionalText("endDate", input.endDate),
    anonymity: anonymityOf(minGroupSize),
    ...(input.previousCycleId === undefined ? {} : { previousCycleId: input.previousCycleId }),
    participants: (input.participants ?? []).map((p) => ({ ...p, roles: [...p.roles] })),
    sessions: [],
    ratings: [],
    positions: [],
    measures: [],
    stories: [],
    recommendations: [],
    actions: [],
  };
  return { ok: true, cycle, workspace: { ...workspace, cycles: [...workspace.cycles, cycle] } };
}

/** The adopted grid versions a new cycle may pin, newest version of each grid first. */
export function adoptedGrids(workspace: Workspace): Grid[] {
  return workspace.grids
    .filter((grid) => grid.status === "adopted")
    .sort((a, b) => (a.id === b.id ? b.version - a.version : 0));
}

/** A cycle's anonymity: with k = 1 (only ever set once confirmed), every answer is visible. */
function anonymityOf(minGroupSize: number): Cycle["anonymity"] {
  return minGroupSize === 1 ? { minGroupSize, individualAnswersVisible: true } : { minGroupSize };
}

export type CycleDetails = Pick<
  Cycle,
  "name" | "mode" | "status" | "purpose" | "evaluativeQuestion" | "startDate" | "endDate"
> & {
  minGroupSize: number;
  /** The confirmation a threshold of 1 needs: every answer can then be read. */
  individualAnswersVisible: boolean;
  previousCycleId: string | undefined;
};

/**
 * Changes a cycle's description. Blank optional texts are removed. The pinned grid
 * never changes. Refused: a threshold outside 1–100, a threshold of 1 without
 * `individualAnswersVisible: true`, a cycle that follows itself. A threshold of 2 or
 * more drops the confirmation: choosing 1 again asks for it again.
 */
export function updateCycleDetails(cycle: Cycle, fields: Partial<CycleDetails>): CycleEditResult {
  const issues: ValidationIssue[] = [];
  const { minGroupSize, individualAnswersVisible, previousCycleId, ...rest } = fields;
  const confirmed = individualAnswersVisible ?? cycle.anonymity.individualAnswersVisible;
  if (minGroupSize === 1 && confirmed !== true) {
    issues.push(issue(["anonymity", "minGroupSize"], "anonymity.singleUnconfirmed"));
  }
  if (minGroupSize !== undefined && !(Number.isInteger(minGroupSize) && minGroupSize >= 1)) {
    issues.push(issue(["anonymity", "minGroupSize"], "number.tooSmall", { minimum: 1 }));
  }
  if (minGroupSize !== undefined && minGroupSize > 100) {
    issues.push(issue(["anonymity", "minGroupSize"], "number.tooBig", { maximum: 100 }));
  }
  if (previousCycleId === cycle.id) issues.push(issue(["previousCycleId"], "cycle.selfReference"));
  if (fields.name !== undefined && fields.name.trim() === "") {
    issues.push(issue(["name"], "string.empty"));
  }
  if (issues.length > 0) return refused(issues);
  const next: Cycle = { ...cycle, ...rest };
  if (fields.name !== undefined) next.name = fields.name.trim();
  for (const key of ["purpose", "evaluativeQuestion", "startDate", "endDate"] as const) {
    if (key in fields && (fields[key] === undefined || fields[key]?.trim() === ""))
      delete next[key];
  }
  if (minGroupSize !== undefined) next.anonymity = anonymityOf(minGroupSize);
  if ("previousCycleId" in fields) {
    if (previousCycleId === undefined) delete next.previousCycleId;
    else next.previousCycleId = previousCycleId;
  }
  return { ok: true, cycle: next };
}

/** Adds people of the organisation's roster to the cycle, keeping their ids; those already in are skipped. */
export function addRosterParticipants(cycle: Cycle, roster: readonly Participant[]): Cycle {
  const present = new Set(cycle.participants.map((p) => p.id));
  const added = roster
    .filter((p) => !present.has(p.id))
    .map((p) => ({ ...p, roles: [...p.roles] }));
  return added.length === 0 ? cycle : { ...cycle, participants: [...cycle.participants, ...added] };
}

/** A new participant of the cycle only (not of the organisation's roster). */
export function addCycleParticipant(
  cycle: Cycle,
  input: { pseudonym: string; groupId: string },
  deps: { newId: () => string },
): CycleEditResult<{ participant: Participant }> {
  if (input.pseudonym.trim() === "") return refused([issue(["pseudonym"], "string.empty")]);
  const participant: Participant = {
    id: deps.newId(),
    pseudonym: input.pseudonym.trim(),
    groupId: input.groupId,
    roles: [],
    consent: { showName: false, quotes: "none" },
  };
  return {
    ok: true,
    participant,
    cycle: { ...cycle, participants: [...cycle.participants, participant] },
  };
}

export function updateCycleParticipant(
  cycle: Cycle,
  participantId: string,
  fields: Partial<Pick<Participant, "pseudonym" | "groupId">>,
): CycleEditResult {
  if (fields.pseudonym !== undefined && fields.pseudonym.trim() === "") {
    return refused([issue(["pseudonym"], "string.empty")]);
  }
  if (!cycle.participants.some((p) => p.id === participantId)) {
    return refused([issue(["participants"], "ref.participant", { id: participantId })]);
  }
  return {
    ok: true,
    cycle: {
      ...cycle,
      participants: cycle.participants.map((p) =>
        p.id === participantId
          ? { ...p, ...fields, ...(fields.pseudonym ? { pseudonym: fields.pseudonym.trim() } : {}) }
          : p,
      ),
    },
  };
}

/** True when a rating or a story of the cycle names this participant. */
export function participantHasRecords(cycle: Cycle, participantId: string): boolean {
  return (
    cycle.ratings.some((r) => r.participantId === participantId) ||
    cycle.stories.some((s) => s.tellerId === participantId)
  );
}

/**
 * Removes a participant from the cycle and its sessions. A participant whose ratings or
 * stories are recorded is kept (the cycle is returned unchanged): those records would
 * lose their author. `participantHasRecords` tells the screen why.
 */
export function removeCycleParticipant(cycle: Cycle, participantId: string): Cycle {
  if (participantHasRecords(cycle, participantId)) return cycle;
  return {
    ...cycle,
    participants: cycle.participants.filter((p) => p.id !== participantId),
    sessions: cycle.sessions.map((s) =>
      s.participantIds.includes(participantId)
        ? { ...s, participantIds: s.participantIds.filter((id) => id !== participantId) }
        : s,
    ),
  };
}

export interface SessionInput {
  kind?: SessionKind;
  title?: string;
  date: string;
  place?: string;
  facilitator?: string;
  /** Who is present; empty means everyone of the cycle. */
  participantIds?: string[];
  /** The criteria it goes through, in order; empty means the whole grid. */
  criterionIds?: string[];
  notes?: string;
}

function sessionIssues(cycle: Cycle, input: Partial<SessionInput>, grid?: Grid): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const participants = new Set(cycle.participants.map((p) => p.id));
  input.participantIds?.forEach((id, index) => {
    if (!participants.has(id))
      issues.push(issue(["participantIds", index], "ref.participant", { id }));
  });
  if (grid !== undefined) {
    const criteria = new Set(grid.dimensions.flatMap((d) => d.criteria.map((c) => c.id)));
    input.criterionIds?.forEach((id, index) => {
      if (!criteria.has(id)) issues.push(issue(["criterionIds", index], "ref.criterion", { id }));
    });
  }
  if (input.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
    issues.push(issue(["date"], "format.date", { received: input.date }));
  }
  return issues;
}

function sessionFields(input: Partial<SessionInput>): Partial<Session> {
  const fields: Partial<Session> = {};
  if (input.kind !== undefined) fields.kind = input.kind;
  if (input.date !== undefined) fields.date = input.date;
  if (input.participantIds !== undefined)
    fields.participantIds = [...new Set(input.participantIds)];
  if (input.criterionIds !== undefined) fields.criterionIds = [...new Set(input.criterionIds)];
  for (const key of ["title", "place", "facilitator", "notes"] as const) {
    const value = input[key];
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}

function withoutBlankTexts(session: Session): Session {
  const next = { ...session };
  for (const key of ["title", "place", "facilitator", "notes"] as const) {
    if (next[key] !== undefined && next[key]?.trim() === "") delete next[key];
  }
  return next;
}

/** A new session (workshop, visit, committee) of the cycle, at the end of its list. */
export function createSession(
  cycle: Cycle,
  input: SessionInput,
  deps: { newId: () => string; grid?: Grid },
): CycleEditResult<{ session: Session }> {
  const issues = sessionIssues(cycle, input, deps.grid);
  if (issues.length > 0) return refused(issues);
  const session = withoutBlankTexts({
    id: deps.newId(),
    kind: "workshop",
    participantIds: [],
    criterionIds: [],
    ...sessionFields(input),
  } as Session);
  return { ok: true, session, cycle: { ...cycle, sessions: [...cycle.sessions, session] } };
}

export function updateSession(
  cycle: Cycle,
  sessionId: string,
  fields: Partial<SessionInput>,
  deps: { grid?: Grid } = {},
): CycleEditResult {
  if (!cycle.sessions.some((s) => s.id === sessionId)) {
    return refused([issue(["sessions"], "ref.session", { id: sessionId })]);
  }
  const issues = sessionIssues(cycle, fields, deps.grid);
  if (issues.length > 0) return refused(issues);
  return {
    ok: true,
    cycle: {
      ...cycle,
      sessions: cycle.sessions.map((s) =>
        s.id === sessionId ? withoutBlankTexts({ ...s, ...sessionFields(fields) }) : s,
      ),
    },
  };
}

/** True when ratings, positions or the opinion of the cycle were recorded in this session. */
export function sessionHasRecords(cycle: Cycle, sessionId: string): boolean {
  return (
    cycle.ratings.some((r) => r.sessionId === sessionId) ||
    cycle.positions.some((p) => p.sessionId === sessionId) ||
    cycle.opinion?.sessionId === sessionId
  );
}

/** Removes a session; one holding records is kept (the cycle is returned unchanged). */
export function removeSession(cycle: Cycle, sessionId: string): Cycle {
  if (sessionHasRecords(cycle, sessionId)) return cycle;
  return { ...cycle, sessions: cycle.sessions.filter((s) => s.id !== sessionId) };
}

/** The criteria a session goes through, in its order; the whole grid when it names none. */
export function sessionCriteria(session: Session, grid: Grid): Criterion[] {
  const all = grid.dimensions.flatMap((d) => d.criteria);
  if (session.criterionIds.length === 0) return all;
  const byId = new Map(all.map((c) => [c.id, c]));
  return session.criterionIds.flatMap((id) => {
    const criterion = byId.get(id);
    return criterion === undefined ? [] : [criterion];
  });
}

/** Who is present at a session, in the cycle's order; everyone when it names nobody. */
export function sessionParticipants(cycle: Cycle, session: Session): Participant[] {
  if (session.participantIds.length === 0) return cycle.participants;
  const present = new Set(session.participantIds);
  return cycle.participants.filter((p) => present.has(p.id));
}

/**
 * The perspective a rating is given from when nobody says otherwise: the structure's
 * own people (internal groups) rate as "self"; external groups rate as "peer" during
 * a peer visit and as "external" otherwise.
 */
export function defaultPerspective(mode: EvaluationMode, side: Side): Perspective {
  if (side === "internal") return "self";
  return mode === "peerVisit" ? "peer" : "external";
}
