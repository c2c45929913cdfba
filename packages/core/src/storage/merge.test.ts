import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { workspaceArbitrary } from "../format/arbitraries.test-support.ts";
import type { Workspace } from "../model/workspace.ts";
import { workshopWorkspace } from "../session/test-support.ts";
import { mergeWorkspaces, sameJson } from "./merge.ts";

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function withOrganisation(
  workspace: Workspace,
  fields: Partial<Workspace["organisations"][number]>,
): Workspace {
  const [organisation, ...others] = workspace.organisations;
  if (!organisation) throw new Error("no organisation");
  return { ...workspace, organisations: [{ ...organisation, ...fields }, ...others] };
}

describe("two copies of a workspace changed apart", () => {
  it("keeps both changes when they touch different fields", () => {
    const base = workshopWorkspace();
    const mine = withOrganisation(base, { territory: "Pays de Rennes" });
    const theirs = withOrganisation(copy(base), { network: "Réseau des épiceries" });
    const { merged, conflicts } = mergeWorkspaces(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.organisations[0]).toMatchObject({
      territory: "Pays de Rennes",
      network: "Réseau des épiceries",
    });
  });

  it("keeps the other side's value when both changed one field, and says so", () => {
    const base = workshopWorkspace();
    const mine = withOrganisation(base, { territory: "Rennes" });
    const theirs = withOrganisation(copy(base), { territory: "Nantes" });
    const { merged, conflicts } = mergeWorkspaces(base, mine, theirs);
    expect(merged.organisations[0]?.territory).toBe("Nantes");
    expect(conflicts).toEqual([
      {
        path: ["organisations", base.organisations[0]?.id, "territory"],
        mine: "Rennes",
        theirs: "Nantes",
      },
    ]);
  });

  it("keeps the records both sides added to one list, theirs first", () => {
    const base = workshopWorkspace();
    const cycle = base.cycles[0];
    if (!cycle) throw new Error("no cycle");
    const rating = (id: string) => ({
      id,
      sessionId: cycle.sessions[0]?.id ?? "",
      participantId: cycle.participants[0]?.id ?? "",
      criterionId: "c",
      indicatorId: "i",
      value: 1,
      round: 1 as const,
      perspective: "self" as const,
      createdAt: "2026-03-01T10:00:00.000Z",
    });
    const add = (workspace: Workspace, id: string): Workspace => ({
      ...workspace,
      cycles: [{ ...cycle, ratings: [...cycle.ratings, rating(id)] }],
    });
    const { merged, conflicts } = mergeWorkspaces(
      base,
      add(base, "mine"),
      add(copy(base), "theirs"),
    );
    expect(conflicts).toEqual([]);
    expect(merged.cycles[0]?.ratings.map((r) => r.id).slice(-2)).toEqual(["theirs", "mine"]);
  });

  it("keeps a record removed on one side but changed on the other, and says so", () => {
    const base = withOrganisation(workshopWorkspace(), {});
    const cycle = base.cycles[0];
    const participant = cycle?.participants[0];
    if (!cycle || !participant) throw new Error("no participant");
    const mine: Workspace = {
      ...base,
      cycles: [{ ...cycle, participants: cycle.participants.slice(1) }],
    };
    const theirs: Workspace = {
      ...base,
      cycles: [
        {
          ...cycle,
          participants: [{ ...participant, pseudonym: "Renommée" }, ...cycle.participants.slice(1)],
        },
      ],
    };
    const { merged, conflicts } = mergeWorkspaces(base, mine, copy(theirs));
    expect(merged.cycles[0]?.participants[0]?.pseudonym).toBe("Renommée");
    expect(conflicts.map((conflict) => conflict.path.at(-1))).toEqual([participant.id]);
  });

  it("gives one side's workspace when only that side changed", () => {
    fc.assert(
      fc.property(workspaceArbitrary({ maxCycles: 2 }), workspaceArbitrary(), (base, changed) => {
        const next = { ...changed, id: base.id };
        expect(sameJson(mergeWorkspaces(base, next, copy(base)).merged, next)).toBe(true);
        expect(sameJson(mergeWorkspaces(base, copy(base), next).merged, next)).toBe(true);
        expect(mergeWorkspaces(base, next, copy(next)).conflicts).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
