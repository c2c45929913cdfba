import { describe, expect, it } from "vitest";
import { validateWorkspace } from "../format/validate.ts";
import type { Cycle, Rating } from "../model/cycle.ts";
import { indexGrid, isOrdinal, ordinalScaleOf, primaryOrdinalIndicator } from "../model/lookup.ts";
import { Workspace } from "../model/workspace.ts";
import { EXAMPLE_IDS, exampleWorkspace } from "./epicerie-du-lien.ts";

const workspace = exampleWorkspace();
const [grid] = workspace.grids;
const [organisation] = workspace.organisations;
const cycle = (id: string): Cycle => {
  const found = workspace.cycles.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no cycle ${id}`);
  return found;
};
const cycle2025 = cycle(EXAMPLE_IDS.cycle2025);
const cycle2026 = cycle(EXAMPLE_IDS.cycle2026);
if (grid === undefined || organisation === undefined)
  throw new Error("example without grid or organisation");

const groupOf = (c: Cycle, participantId: string) =>
  c.participants.find((p) => p.id === participantId)?.groupId;

describe("exampleWorkspace", () => {
  it("is deterministic", () => {
    expect(exampleWorkspace()).toEqual(workspace);
  });

  it("is a valid workspace the schema reads back unchanged, with no semantic issue", () => {
    expect(Workspace.parse(workspace)).toStrictEqual(workspace);
    expect(validateWorkspace(workspace)).toEqual([]);
  });

  it("uses one adopted grid derived from the social utility template, pinned by both cycles", () => {
    expect(grid).toMatchObject({
      id: EXAMPLE_IDS.grid,
      version: 1,
      status: "adopted",
      language: "fr",
    });
    expect(grid.provenance.source).toContain("social-utility-5d");
    for (const c of [cycle2025, cycle2026]) expect(c.grid).toEqual({ gridId: grid.id, version: 1 });
  });

  it("has the stakeholder groups of the worked example, and 16 pseudonymous participants in 2026", () => {
    const sizes = Object.fromEntries(
      organisation.stakeholderGroups.map((g) => [
        g.label,
        cycle2026.participants.filter((p) => p.groupId === g.id).length,
      ]),
    );
    expect(sizes).toEqual({
      Salariés: 4,
      Bénévoles: 4,
      Clients: 5,
      "Services sociaux": 1,
      "Pairs du réseau": 2,
    });
    const named = cycle2026.participants.filter((p) => p.name !== undefined);
    expect(named.length).toBe(2);
    expect(named.every((p) => p.consent.showName)).toBe(true);
  });

  it("records only ratings on a level of the scale, or an allowed N/A or don't know", () => {
    const { indicators } = indexGrid(grid);
    for (const c of workspace.cycles) {
      for (const rating of c.ratings) {
        const entry = indicators.get(rating.indicatorId);
        expect(entry?.criterion.id).toBe(rating.criterionId);
        if (entry === undefined || !isOrdinal(entry.indicator)) throw new Error(rating.indicatorId);
        const scale = ordinalScaleOf(entry.indicator);
        if (rating.value === "na") expect(scale.allowNotApplicable).toBe(true);
        else if (rating.value === "dontKnow") expect(scale.allowDontKnow).toBe(true);
        else expect(scale.levels.map((l) => l.value)).toContain(rating.value);
      }
    }
  });

  it("has each rating made by a participant present at its session, with unique ids", () => {
    for (const c of workspace.cycles) {
      const sessions = new Map(c.sessions.map((s) => [s.id, s]));
      for (const rating of c.ratings) {
        expect(sessions.get(rating.sessionId)?.participantIds).toContain(rating.participantId);
      }
      expect(new Set(c.ratings.map((r) => r.id)).size).toBe(c.ratings.length);
    }
  });

  it("rates every criterion in round 1, with some N/A and don't know", () => {
    for (const c of workspace.cycles) {
      const rated = new Set(c.ratings.filter((r) => r.round === 1).map((r) => r.criterionId));
      const criteria = grid.dimensions.flatMap((d) => d.criteria);
      expect(
        criteria.filter((cr) => primaryOrdinalIndicator(cr)).every((cr) => rated.has(cr.id)),
      ).toBe(true);
      expect(c.ratings.some((r) => r.value === "dontKnow")).toBe(true);
      expect(c.ratings.some((r) => r.value === "na")).toBe(true);
    }
  });

  it("replays the worked example on customers' part in decisions", () => {
    const ratings = cycle2026.ratings.filter(
      (r) => r.indicatorId === EXAMPLE_IDS.participationIndicator,
    );
    const byGroup = (round: 1 | 2) => {
      const values: Record<string, Rating["value"][]> = {};
      for (const r of ratings.filter((x) => x.round === round)) {
        const group = groupOf(cycle2026, r.participantId) ?? "";
        values[group] = [...(values[group] ?? []), r.value];
      }
      return values;
    };
    const { groups } = EXAMPLE_IDS;
    expect(byGroup(1)).toEqual({
      [groups.employees]: [3, 3, 4, 3],
      [groups.volunteers]: [3, 2, 3],
      [groups.customers]: [1, 1, 2, 1, "dontKnow"],
      [groups.socialServices]: [2],
    });
    expect(byGroup(2)[groups.employees]).toEqual([2, 2, 2, 2]);
    const position = cycle2026.positions.find(
      (p) => p.criterionId === EXAMPLE_IDS.participationCriterion,
    );
    expect(position).toMatchObject({ level: 2, status: "majorityWithDissent" });
    expect(position?.dissents[0]?.groupIds).toEqual([groups.volunteers]);
    const attendance = cycle2026.measures.find(
      (m) => m.indicatorId === "ties.participation.general-meeting",
    );
    expect(attendance?.value).toBe(9);
    expect(
      indexGrid(grid).indicators.get("ties.participation.general-meeting")?.indicator,
    ).toMatchObject({
      baseline: { value: 9 },
      target: 20,
    });
  });

  it("keeps every kind of collective outcome, with a level only where one was agreed", () => {
    const statuses = cycle2026.positions.map((p) => p.status);
    expect(statuses.filter((s) => s === "majorityWithDissent")).toHaveLength(1);
    expect(statuses.filter((s) => s === "noAgreement")).toHaveLength(1);
    expect(statuses.filter((s) => s === "notDiscussed").length).toBeGreaterThanOrEqual(2);
    for (const p of cycle2026.positions) {
      expect(p.level === null).toBe(p.status === "noAgreement" || p.status === "notDiscussed");
    }
    const noAgreement = cycle2026.positions.find((p) => p.status === "noAgreement");
    expect(noAgreement?.dissents.length).toBeGreaterThanOrEqual(2);
  });

  it("tells stories at every consent level, public ones only from people who allow it", () => {
    expect(new Set(cycle2026.stories.map((s) => s.consent))).toEqual(
      new Set(["public", "internal", "none"]),
    );
    expect(new Set(cycle2026.stories.map((s) => s.valence))).toEqual(
      new Set(["positive", "negative", "mixed"]),
    );
    for (const story of cycle2026.stories.filter((s) => s.consent === "public")) {
      const teller = cycle2026.participants.find((p) => p.id === story.tellerId);
      expect(teller?.consent.quotes).toBe("public");
    }
  });

  it("follows up last year's cycle and actions", () => {
    expect(cycle2026.previousCycleId).toBe(cycle2025.id);
    expect(cycle2026.actions.length).toBeGreaterThanOrEqual(4);
    expect(cycle2026.actions.length).toBeLessThanOrEqual(6);
    const previousActions = new Set(cycle2025.actions.map((a) => a.id));
    const continued = cycle2026.actions.filter((a) => a.previousActionId !== undefined);
    expect(continued.length).toBeGreaterThanOrEqual(2);
    for (const action of continued)
      expect(previousActions.has(action.previousActionId ?? "")).toBe(true);
    for (const action of cycle2026.actions) {
      expect(action.owner).toBeTruthy();
      expect(action.dueDate).toMatch(/^2026-/);
      expect(action.successSignal).toBeTruthy();
    }
  });

  it("dates the 2026 cycle in 2026", () => {
    const dates = [
      ...cycle2026.sessions.map((s) => s.date),
      ...cycle2026.ratings.map((r) => r.createdAt),
      ...cycle2026.positions.map((p) => p.updatedAt),
    ];
    expect(dates.every((d) => d.startsWith("2026-"))).toBe(true);
  });
});
