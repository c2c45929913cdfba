import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../format/validate.ts";
import { Workspace } from "../model/workspace.ts";
import {
  addCycleParticipant,
  addRosterParticipants,
  adoptedGrids,
  createCycle,
  createSession,
  defaultPerspective,
  removeCycleParticipant,
  removeSession,
  sessionCriteria,
  sessionParticipants,
  updateCycleDetails,
  updateCycleParticipant,
  updateSession,
} from "./cycle.ts";
import { recordRating } from "./ratings.ts";
import { NOW, uuids, workshopCycle, workshopGrid, workshopWorkspace } from "./test-support.ts";

const base = {
  organisationId: "epicerie",
  grid: { gridId: "grille", version: 2 },
  name: "  Cycle 2027 ",
  mode: "jointEvaluation" as const,
};

describe("createCycle", () => {
  it("pins an adopted grid version and copies the roster it is given", () => {
    const workspace = workshopWorkspace();
    const roster = workspace.organisations[0]?.participants ?? [];
    const result = createCycle(
      workspace,
      {
        ...base,
        purpose: "Préparer l'AG",
        evaluativeQuestion: " ",
        participants: roster,
        previousCycleId: "cycle-2026",
      },
      { newId: () => "cycle-2027" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.cycle).toMatchObject({
      id: "cycle-2027",
      name: "Cycle 2027",
      grid: { gridId: "grille", version: 2 },
      status: "planned",
      purpose: "Préparer l'AG",
      anonymity: { minGroupSize: 3 },
      previousCycleId: "cycle-2026",
    });
    expect(result.cycle).not.toHaveProperty("evaluativeQuestion");
    expect(result.cycle.participants.map((p) => p.id)).toEqual(["ana", "bea"]);
    expect(result.workspace.cycles.map((c) => c.id)).toEqual(["cycle-2026", "cycle-2027"]);
    expect(workspace.cycles).toHaveLength(1);
    expect(Workspace.safeParse(result.workspace).success).toBe(true);
    expect(validateWorkspace(result.workspace)).toEqual([]);
  });

  it("takes a threshold of 1 only when it is confirmed", () => {
    const newId = () => "cycle-ouvert";
    expect(createCycle(workshopWorkspace(), { ...base, minGroupSize: 1 }, { newId })).toEqual({
      ok: false,
      reason: "individualAnswersNotConfirmed",
    });
    const open = createCycle(
      workshopWorkspace(),
      { ...base, minGroupSize: 1, individualAnswersVisible: true },
      { newId },
    );
    expect(open.ok && open.cycle.anonymity).toEqual({
      minGroupSize: 1,
      individualAnswersVisible: true,
    });
    expect(open.ok && validateWorkspace(open.workspace)).toEqual([]);
  });

  it("refuses a draft or archived grid, an unknown grid, organisation or previous cycle", () => {
    const draft = { ...workshopWorkspace(), grids: [workshopGrid("draft")] };
    const archived = { ...workshopWorkspace(), grids: [workshopGrid("archived")] };
    const newId = () => "x";
    expect(createCycle(draft, base, { newId })).toEqual({ ok: false, reason: "gridNotAdopted" });
    expect(createCycle(archived, base, { newId })).toEqual({ ok: false, reason: "gridNotAdopted" });
    expect(
      createCycle(
        workshopWorkspace(),
        { ...base, grid: { gridId: "grille", version: 1 } },
        { newId },
      ),
    ).toEqual({
      ok: false,
      reason: "gridNotFound",
    });
    expect(
      createCycle(workshopWorkspace(), { ...base, organisationId: "autre" }, { newId }),
    ).toEqual({
      ok: false,
      reason: "organisationNotFound",
    });
    expect(
      createCycle(workshopWorkspace(), { ...base, previousCycleId: "nope" }, { newId }),
    ).toEqual({
      ok: false,
      reason: "previousCycleNotFound",
    });
  });

  it("lists the adopted grids only", () => {
    const workspace = {
      ...workshopWorkspace(),
      grids: [workshopGrid("draft"), { ...workshopGrid(), version: 3 }, workshopGrid()],
    };
    expect(adoptedGrids(workspace).map((g) => g.version)).toEqual([3, 2]);
  });
});

describe("updateCycleDetails", () => {
  it("changes the description, removes blank texts, keeps the grid pinned", () => {
    const result = updateCycleDetails(workshopCycle(), {
      name: " Cycle ",
      purpose: "",
      evaluativeQuestion: "En quoi sommes-nous utiles ?",
      minGroupSize: 4,
      previousCycleId: undefined,
    });
    expect(result.ok && result.cycle).toMatchObject({
      name: "Cycle",
      evaluativeQuestion: "En quoi sommes-nous utiles ?",
      anonymity: { minGroupSize: 4 },
      grid: { gridId: "grille", version: 2 },
    });
    expect(result.ok && "purpose" in result.cycle).toBe(false);
  });

  it("refuses a threshold outside 1–100, an empty name and a cycle following itself", () => {
    const cycle = workshopCycle();
    expect(updateCycleDetails(cycle, { minGroupSize: 0 }).ok).toBe(false);
    expect(updateCycleDetails(cycle, { minGroupSize: 101 }).ok).toBe(false);
    expect(updateCycleDetails(cycle, { minGroupSize: 2.5 }).ok).toBe(false);
    expect(updateCycleDetails(cycle, { name: " " }).ok).toBe(false);
    expect(updateCycleDetails(cycle, { previousCycleId: cycle.id }).ok).toBe(false);
  });

  it("takes a threshold of 1 only with the confirmation that every answer can be read", () => {
    const cycle = workshopCycle();
    expect(updateCycleDetails(cycle, { minGroupSize: 1 })).toEqual({
      ok: false,
      issues: [{ path: ["anonymity", "minGroupSize"], code: "anonymity.singleUnconfirmed" }],
    });
    const open = updateCycleDetails(cycle, { minGroupSize: 1, individualAnswersVisible: true });
    expect(open.ok && open.cycle.anonymity).toEqual({
      minGroupSize: 1,
      individualAnswersVisible: true,
    });
    if (!open.ok) return;
    // Already confirmed: other edits keep it; a threshold of 2 drops it.
    const renamed = updateCycleDetails(open.cycle, { name: "Renommé", minGroupSize: 1 });
    expect(renamed.ok && renamed.cycle.anonymity.individualAnswersVisible).toBe(true);
    const closed = updateCycleDetails(open.cycle, { minGroupSize: 2 });
    expect(closed.ok && closed.cycle.anonymity).toEqual({ minGroupSize: 2 });
    if (!closed.ok) return;
    expect(updateCycleDetails(closed.cycle, { minGroupSize: 1 }).ok).toBe(false);
  });
});

describe("participants of a cycle", () => {
  it("adds roster people once, adds and edits people of the cycle only", () => {
    const cycle = { ...workshopCycle(), participants: [] };
    const roster = workshopWorkspace().organisations[0]?.participants ?? [];
    const withRoster = addRosterParticipants(addRosterParticipants(cycle, roster), roster);
    expect(withRoster.participants.map((p) => p.id)).toEqual(["ana", "bea"]);
    const added = addCycleParticipant(
      withRoster,
      { pseudonym: " Zoé ", groupId: "clients" },
      { newId: () => "zoe" },
    );
    expect(added.ok && added.participant).toMatchObject({
      id: "zoe",
      pseudonym: "Zoé",
      groupId: "clients",
    });
    if (!added.ok) return;
    expect(
      addCycleParticipant(withRoster, { pseudonym: "", groupId: "clients" }, { newId: () => "z" })
        .ok,
    ).toBe(false);
    const renamed = updateCycleParticipant(added.cycle, "zoe", {
      pseudonym: "Zoé B.",
      groupId: "services",
    });
    expect(renamed.ok && renamed.cycle.participants[2]).toMatchObject({
      pseudonym: "Zoé B.",
      groupId: "services",
    });
    expect(updateCycleParticipant(added.cycle, "nobody", { pseudonym: "X" }).ok).toBe(false);
  });

  it("keeps a participant whose ratings are recorded, removes one without, from sessions too", () => {
    let cycle = workshopCycle();
    const session = updateSession(cycle, "atelier-1", { participantIds: ["ana", "bea"] });
    if (!session.ok) throw new Error("refused");
    const rated = recordRating(
      session.cycle,
      {
        sessionId: "atelier-1",
        participantId: "ana",
        criterionId: "participation",
        value: 2,
        round: 1,
      },
      { grid: workshopGrid(), now: NOW, newId: uuids() },
    );
    if (!rated.ok) throw new Error("refused");
    cycle = rated.cycle;
    expect(removeCycleParticipant(cycle, "ana")).toBe(cycle);
    const without = removeCycleParticipant(cycle, "bea");
    expect(without.participants.map((p) => p.id)).not.toContain("bea");
    expect(without.sessions[0]?.participantIds).toEqual(["ana"]);
    expect(removeSession(cycle, "atelier-1")).toBe(cycle);
  });
});

describe("sessions", () => {
  it("creates a session with who is present and which criteria, in order", () => {
    const result = createSession(
      workshopCycle(),
      {
        date: "2026-04-02",
        place: "La salle du fond",
        facilitator: "",
        participantIds: ["dia", "ana", "dia"],
        criterionIds: ["accueil", "participation"],
      },
      { newId: () => "atelier-2", grid: workshopGrid() },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session).toEqual({
      id: "atelier-2",
      kind: "workshop",
      date: "2026-04-02",
      place: "La salle du fond",
      participantIds: ["dia", "ana"],
      criterionIds: ["accueil", "participation"],
    });
    expect(sessionCriteria(result.session, workshopGrid()).map((c) => c.id)).toEqual([
      "accueil",
      "participation",
    ]);
    expect(sessionParticipants(result.cycle, result.session).map((p) => p.id)).toEqual([
      "ana",
      "dia",
    ]);
    expect(removeSession(result.cycle, "atelier-2").sessions).toHaveLength(1);
  });

  it("reads an empty list as everyone and the whole grid", () => {
    const cycle = workshopCycle();
    const session = cycle.sessions[0];
    if (!session) throw new Error("no session");
    expect(sessionCriteria(session, workshopGrid()).map((c) => c.id)).toEqual([
      "participation",
      "accueil",
      "ancrage",
    ]);
    expect(sessionParticipants(cycle, session)).toHaveLength(8);
  });

  it("refuses unknown people, criteria, sessions and malformed dates", () => {
    const cycle = workshopCycle();
    const deps = { newId: () => "s", grid: workshopGrid() };
    expect(createSession(cycle, { date: "2026-4-2" }, deps).ok).toBe(false);
    expect(createSession(cycle, { date: "2026-04-02", participantIds: ["zoe"] }, deps).ok).toBe(
      false,
    );
    expect(createSession(cycle, { date: "2026-04-02", criterionIds: ["nope"] }, deps).ok).toBe(
      false,
    );
    expect(updateSession(cycle, "nope", { place: "Ici" }).ok).toBe(false);
  });
});

it("reads the perspective from the side and the mode", () => {
  expect(defaultPerspective("selfEvaluation", "internal")).toBe("self");
  expect(defaultPerspective("jointEvaluation", "external")).toBe("external");
  expect(defaultPerspective("peerVisit", "external")).toBe("peer");
  expect(defaultPerspective("peerVisit", "internal")).toBe("self");
});
