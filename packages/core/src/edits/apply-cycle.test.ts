import { describe, expect, it } from "vitest";
import { EXAMPLE_IDS, exampleWorkspace } from "../examples/epicerie-du-lien.ts";
import type { Cycle } from "../model/cycle.ts";
import type { Workspace } from "../model/workspace.ts";
import { participantHasRecords } from "../session/cycle.ts";
import { applyWorkspaceEdit } from "./apply.ts";
import { applied, deps, NOW, refusal, refusals } from "./edits.test-support.ts";
import type { WorkspaceEdit } from "./schema.ts";

const cycleId = EXAMPLE_IDS.cycle2026;
const CRITERION = EXAMPLE_IDS.participationCriterion;
const GROUPS = EXAMPLE_IDS.groups;

function cycleOf(workspace: Workspace, id: string = cycleId): Cycle {
  const cycle = workspace.cycles.find((c) => c.id === id);
  if (!cycle) throw new Error(`no cycle ${id}`);
  return cycle;
}

/** The example's 2026 cycle and what it already holds. */
function example() {
  const workspace = exampleWorkspace();
  const cycle = cycleOf(workspace);
  const previous = cycleOf(workspace, EXAMPLE_IDS.cycle2025);
  const first = <T>(items: readonly T[]): T => {
    const [item] = items;
    if (item === undefined) throw new Error("the example lacks a record");
    return item;
  };
  return {
    workspace,
    cycle,
    previous,
    rater: first(cycle.participants.filter((p) => participantHasRecords(cycle, p.id))),
    newcomer: first(cycle.participants.filter((p) => !participantHasRecords(cycle, p.id))),
    session: first(cycle.sessions),
    measure: first(cycle.measures),
    story: first(cycle.stories),
    recommendation: first(
      cycle.recommendations.filter((r) => cycle.actions.some((a) => a.recommendationId === r.id)),
    ),
    carriedOver: first(cycle.actions.filter((a) => a.previousActionId !== undefined)),
  };
}

/** A new cycle of the example's organisation, with nobody in it yet. */
function emptyCycle(): Workspace {
  return applied(exampleWorkspace(), {
    type: "cycle.create",
    id: "cycle-2027",
    organisationId: EXAMPLE_IDS.organisation,
    grid: { gridId: EXAMPLE_IDS.grid, version: 1 },
    name: "Cycle 2027",
    mode: "selfEvaluation",
    previousCycleId: cycleId,
  }).workspace;
}

describe("edits of a cycle's records", () => {
  it("refuses an unknown cycle, in French and English", () => {
    const { fr, en } = refusals(exampleWorkspace(), {
      type: "session.remove",
      cycleId: "nope",
      sessionId: "s",
    });
    expect(fr).toBe("Le cycle «\u00a0nope\u00a0» n’existe pas dans cet espace.");
    expect(en).toBe('The cycle "nope" is not in this workspace.');
  });

  it("shares the other cycles, and says which record changed", () => {
    const { workspace, session } = example();
    const result = applied(workspace, {
      type: "session.update",
      cycleId,
      sessionId: session.id,
      fields: { place: "Salle des fêtes" },
    });
    expect(result.changed).toEqual([{ kind: "cycle", id: cycleId }]);
    expect(cycleOf(result.workspace, EXAMPLE_IDS.cycle2025)).toBe(
      cycleOf(workspace, EXAMPLE_IDS.cycle2025),
    );
    expect(result.workspace.grids).toBe(workspace.grids);
  });

  it("takes its ids and its clock from the caller, so a replay gives the same workspace", () => {
    const { workspace, newcomer } = example();
    const edits: WorkspaceEdit[] = [
      { type: "cycleParticipant.add", cycleId, pseudonym: "Zoé", groupId: GROUPS.customers },
      { type: "session.create", cycleId, date: "2026-09-12", participantIds: [newcomer.id] },
      { type: "position.set", cycleId, criterionId: CRITERION, level: null, status: "noAgreement" },
      {
        type: "measure.add",
        cycleId,
        criterionId: CRITERION,
        indicatorId: "ties.participation.general-meeting",
        value: 15,
      },
      {
        type: "story.add",
        cycleId,
        text: "On m’a demandé mon avis.",
        kind: "testimony",
        valence: "positive",
        consent: "internal",
        criterionIds: [CRITERION],
      },
      { type: "recommendation.add", cycleId, text: "Ouvrir le conseil", criterionIds: [] },
      { type: "action.add", cycleId, title: "AG le samedi" },
    ];
    const replay = () => {
      const ids = deps();
      return edits.reduce((current, edit) => {
        const result = applyWorkspaceEdit(current, edit, ids);
        if (!result.ok) throw new Error(result.refusal.message);
        return result.workspace;
      }, workspace);
    };
    const once = replay();
    expect(replay()).toEqual(once);
    const cycle = cycleOf(once);
    expect(cycle.participants.at(-1)?.id).toBe("new-1");
    expect(cycle.sessions.at(-1)?.id).toBe("new-2");
    expect(cycle.positions.find((p) => p.criterionId === CRITERION)?.updatedAt).toBe(NOW);
    expect(cycle.measures.at(-1)).toMatchObject({ id: "new-3", recordedAt: NOW });
    expect([cycle.stories.at(-1)?.id, cycle.recommendations.at(-1)?.id]).toEqual([
      "new-4",
      "new-5",
    ]);
    expect(cycle.actions.at(-1)).toMatchObject({ id: "new-6", status: "planned" });
  });
});

describe("who takes part in a cycle", () => {
  it("adds people of the roster with their ids, once", () => {
    const workspace = emptyCycle();
    const roster = exampleWorkspace().organisations[0]?.participants ?? [];
    const participantIds = roster.slice(0, 2).map((p) => p.id);
    const result = applied(workspace, {
      type: "cycleParticipant.addFromRoster",
      cycleId: "cycle-2027",
      participantIds,
    });
    expect(cycleOf(result.workspace, "cycle-2027").participants).toEqual(roster.slice(0, 2));
    const again = applied(result.workspace, {
      type: "cycleParticipant.addFromRoster",
      cycleId: "cycle-2027",
      participantIds,
    });
    expect(again.workspace).toBe(result.workspace);
    expect(again.changed).toEqual([]);
  });

  it("refuses someone who is not on the roster", () => {
    const { fr, en } = refusals(emptyCycle(), {
      type: "cycleParticipant.addFromRoster",
      cycleId: "cycle-2027",
      participantIds: ["nope"],
    });
    expect(fr).toBe("La personne «\u00a0nope\u00a0» n’est pas dans la liste de cette structure.");
    expect(en).toBe('The person "nope" is not on this organisation\'s list.');
  });

  it("adds a person of the cycle only, with nothing consented yet", () => {
    const result = applied(emptyCycle(), {
      type: "cycleParticipant.add",
      cycleId: "cycle-2027",
      pseudonym: " Zoé ",
      groupId: GROUPS.customers,
    });
    expect(cycleOf(result.workspace, "cycle-2027").participants).toEqual([
      {
        id: "new-1",
        pseudonym: "Zoé",
        groupId: GROUPS.customers,
        roles: [],
        consent: { showName: false, quotes: "none" },
      },
    ]);
    expect(
      refusal(result.workspace, {
        type: "cycleParticipant.add",
        cycleId: "cycle-2027",
        id: "new-1",
        pseudonym: "Zoé",
        groupId: GROUPS.customers,
      }).code,
    ).toBe("edit.idInUse");
  });

  it("refuses a group the organisation does not have", () => {
    const edit: WorkspaceEdit = {
      type: "cycleParticipant.add",
      cycleId,
      pseudonym: "Zoé",
      groupId: "nope",
    };
    const { fr, en } = refusals(exampleWorkspace(), edit);
    expect(fr).toBe(
      "Le groupe «\u00a0nope\u00a0» n’existe pas dans cette structure. Choisissez un groupe de la liste.",
    );
    expect(en).toBe('The group "nope" is not in this organisation. Choose a group from the list.');
  });

  it("renames a person and moves them to another group of the organisation", () => {
    const { workspace, newcomer } = example();
    const result = applied(workspace, {
      type: "cycleParticipant.update",
      cycleId,
      participantId: newcomer.id,
      fields: { pseudonym: "Nour", groupId: GROUPS.peers },
    });
    expect(cycleOf(result.workspace).participants.find((p) => p.id === newcomer.id)).toMatchObject({
      pseudonym: "Nour",
      groupId: GROUPS.peers,
    });
    expect(
      refusal(workspace, {
        type: "cycleParticipant.update",
        cycleId,
        participantId: newcomer.id,
        fields: { groupId: "nope" },
      }).code,
    ).toBe("group.unknown");
    const unknown = refusals(workspace, {
      type: "cycleParticipant.update",
      cycleId,
      participantId: "nope",
      fields: { pseudonym: "X" },
    });
    expect(unknown.fr).toBe("La personne «\u00a0nope\u00a0» ne participe pas à ce cycle.");
    expect(unknown.en).toBe('The person "nope" does not take part in this cycle.');
  });

  it("removes a person who gave nothing yet, and keeps one whose ratings are recorded", () => {
    const { workspace, newcomer, rater } = example();
    const result = applied(workspace, {
      type: "cycleParticipant.remove",
      cycleId,
      participantId: newcomer.id,
    });
    const cycle = cycleOf(result.workspace);
    expect(cycle.participants.some((p) => p.id === newcomer.id)).toBe(false);
    expect(cycle.sessions.some((s) => s.participantIds.includes(newcomer.id))).toBe(false);

    const { fr, en } = refusals(workspace, {
      type: "cycleParticipant.remove",
      cycleId,
      participantId: rater.id,
    });
    expect(fr).toBe(
      `Des appréciations ou des récits de «\u00a0${rater.pseudonym}\u00a0» sont enregistrés dans ce cycle\u00a0; retirer cette personne les rendrait orphelins. Gardez-la dans le cycle.`,
    );
    expect(en).toBe(
      `Ratings or stories by "${rater.pseudonym}" are recorded in this cycle; removing them would orphan those records. Keep them in the cycle.`,
    );
  });
});

describe("sessions", () => {
  it("creates a session on some criteria, and refuses one on a criterion the grid lacks", () => {
    const { workspace, newcomer } = example();
    const result = applied(workspace, {
      type: "session.create",
      cycleId,
      date: "2026-09-12",
      title: " ",
      participantIds: [newcomer.id, newcomer.id],
      criterionIds: [CRITERION],
    });
    expect(cycleOf(result.workspace).sessions.at(-1)).toEqual({
      id: "new-1",
      kind: "workshop",
      date: "2026-09-12",
      participantIds: [newcomer.id],
      criterionIds: [CRITERION],
    });
    const fr = refusal(workspace, {
      type: "session.create",
      cycleId,
      date: "2026-09-12",
      criterionIds: ["nope"],
    });
    expect(fr.code).toBe("session.invalid");
    expect(fr.issues?.map((issue) => issue.code)).toEqual(["ref.criterion"]);
    expect(fr.message).toMatch(
      /^Cette séance ne peut pas être enregistrée ainsi\u00a0: .*«\snope\s»/,
    );
    expect(
      refusal(
        workspace,
        { type: "session.create", cycleId, date: "2026-09-12", criterionIds: ["nope"] },
        "en",
      ).message,
    ).toMatch(/^This session cannot be saved like this: .*"nope"/);
  });

  it("changes a session; a blank text is removed", () => {
    const { workspace, session } = example();
    const result = applied(workspace, {
      type: "session.update",
      cycleId,
      sessionId: session.id,
      fields: { kind: "visit", title: "" },
    });
    const changed = cycleOf(result.workspace).sessions[0];
    expect(changed?.kind).toBe("visit");
    expect(changed && "title" in changed).toBe(false);
    const { fr, en } = refusals(workspace, {
      type: "session.update",
      cycleId,
      sessionId: "nope",
      fields: {},
    });
    expect(fr).toBe("La séance «\u00a0nope\u00a0» n’existe pas dans ce cycle.");
    expect(en).toBe('The session "nope" is not in this cycle.');
  });

  it("removes a session with nothing recorded in it, and keeps one where people rated", () => {
    const { workspace, session } = example();
    const created = applied(workspace, { type: "session.create", cycleId, date: "2026-09-12" });
    const removed = applied(created.workspace, {
      type: "session.remove",
      cycleId,
      sessionId: "new-1",
    });
    expect(cycleOf(removed.workspace).sessions).toEqual(cycleOf(workspace).sessions);
    const { fr, en } = refusals(workspace, {
      type: "session.remove",
      cycleId,
      sessionId: session.id,
    });
    expect(fr).toBe(
      `Des appréciations, des positionnements collectifs ou un avis ont été enregistrés pendant la séance «\u00a0${session.title}\u00a0»\u00a0: elle est gardée pour qu’ils gardent leur contexte.`,
    );
    expect(en).toBe(
      `Ratings, collective positions or an opinion were recorded during the session "${session.title}": it is kept so that they keep their context.`,
    );
  });
});

describe("collective positions", () => {
  it("records the agreed level, the reasons and the dissent that remains, at the edit's time", () => {
    const { workspace, session } = example();
    const result = applied(workspace, {
      type: "position.set",
      cycleId,
      criterionId: CRITERION,
      sessionId: session.id,
      level: 2,
      status: "majorityWithDissent",
      rationale: "Consultés sur les produits, pas sur la gestion",
      dissents: [
        { text: "La boîte à idées, c’est de la participation", groupIds: [GROUPS.volunteers] },
        { text: " ", groupIds: [] },
      ],
      strengths: ["Boîte à idées"],
    });
    const positions = cycleOf(result.workspace).positions.filter(
      (p) => p.criterionId === CRITERION,
    );
    expect(positions).toEqual([
      {
        criterionId: CRITERION,
        sessionId: session.id,
        level: 2,
        status: "majorityWithDissent",
        rationale: "Consultés sur les produits, pas sur la gestion",
        dissents: [
          { text: "La boîte à idées, c’est de la participation", groupIds: [GROUPS.volunteers] },
        ],
        strengths: ["Boîte à idées"],
        weaknesses: [],
        updatedAt: NOW,
      },
    ]);
  });

  it("refuses a level off the scale, and a dissent held by a group the organisation lacks", () => {
    const { workspace } = example();
    const edit: WorkspaceEdit = {
      type: "position.set",
      cycleId,
      criterionId: CRITERION,
      level: 9,
      status: "consensus",
    };
    const fr = refusal(workspace, edit);
    expect(fr.code).toBe("position.invalid");
    expect(fr.issues?.map((issue) => issue.code)).toEqual(["position.notALevel"]);
    expect(fr.message).toMatch(
      /^Ce positionnement collectif ne peut pas être enregistré ainsi\u00a0: /,
    );
    expect(refusal(workspace, edit, "en").message).toMatch(
      /^This collective position cannot be saved like this: /,
    );
    expect(
      refusal(workspace, {
        type: "position.set",
        cycleId,
        criterionId: CRITERION,
        level: null,
        status: "noAgreement",
        dissents: [{ text: "Pas d’accord", groupIds: ["nope"] }],
      }).code,
    ).toBe("group.unknown");
  });

  it("clears a criterion's position, and refuses to clear one that has none", () => {
    const { workspace } = example();
    const cleared = applied(workspace, { type: "position.clear", cycleId, criterionId: CRITERION });
    const cycle = cycleOf(cleared.workspace);
    expect(cycle.positions.some((p) => p.criterionId === CRITERION)).toBe(false);
    expect(cycle.ratings).toBe(cycleOf(workspace).ratings);
    const { fr, en } = refusals(cleared.workspace, {
      type: "position.clear",
      cycleId,
      criterionId: CRITERION,
    });
    expect(fr).toBe(
      `Le critère «\u00a0${CRITERION}\u00a0» n’a pas de positionnement collectif à effacer.`,
    );
    expect(en).toBe(`The criterion "${CRITERION}" has no collective position to clear.`);
  });
});

describe("evidence", () => {
  const indicatorId = "ties.participation.general-meeting";

  it("records a counted value, corrects it and removes it", () => {
    const { workspace } = example();
    const added = applied(workspace, {
      type: "measure.add",
      cycleId,
      criterionId: CRITERION,
      indicatorId,
      value: 12.5,
      period: "AG 2026",
      source: " ",
    });
    expect(cycleOf(added.workspace).measures.at(-1)).toEqual({
      id: "new-1",
      criterionId: CRITERION,
      indicatorId,
      value: 12.5,
      period: "AG 2026",
      recordedAt: NOW,
    });
    const corrected = applied(added.workspace, {
      type: "measure.update",
      cycleId,
      measureId: "new-1",
      fields: { value: 14, period: "" },
    });
    expect(cycleOf(corrected.workspace).measures.at(-1)).toEqual({
      id: "new-1",
      criterionId: CRITERION,
      indicatorId,
      value: 14,
      recordedAt: NOW,
    });
    const removed = applied(corrected.workspace, {
      type: "measure.remove",
      cycleId,
      measureId: "new-1",
    });
    expect(cycleOf(removed.workspace).measures).toEqual(cycleOf(workspace).measures);
  });

  it("refuses a value on an indicator that is not counted, and an unknown value", () => {
    const { workspace } = example();
    const fr = refusal(workspace, {
      type: "measure.add",
      cycleId,
      criterionId: CRITERION,
      indicatorId: EXAMPLE_IDS.participationIndicator,
      value: 3,
    });
    expect(fr.code).toBe("measure.invalid");
    expect(fr.message).toMatch(/^Cette valeur ne peut pas être enregistrée ainsi\u00a0: /);
    const { fr: unknownFr, en } = refusals(workspace, {
      type: "measure.remove",
      cycleId,
      measureId: "nope",
    });
    expect(unknownFr).toBe("La valeur «\u00a0nope\u00a0» n’est pas enregistrée dans ce cycle.");
    expect(en).toBe('The value "nope" is not recorded in this cycle.');
  });

  it("adds a story with its teller, changes it, and removes it", () => {
    const { workspace, newcomer } = example();
    const added = applied(workspace, {
      type: "story.add",
      cycleId,
      text: "Je travaille le mardi, je ne peux jamais venir à l’AG.",
      title: "",
      kind: "testimony",
      valence: "mixed",
      consent: "internal",
      criterionIds: [CRITERION],
      tellerId: newcomer.id,
    });
    expect(cycleOf(added.workspace).stories.at(-1)).toEqual({
      id: "new-1",
      text: "Je travaille le mardi, je ne peux jamais venir à l’AG.",
      kind: "testimony",
      valence: "mixed",
      consent: "internal",
      criterionIds: [CRITERION],
      tellerId: newcomer.id,
    });
    const changed = applied(added.workspace, {
      type: "story.update",
      cycleId,
      storyId: "new-1",
      fields: { valence: "negative", tellerId: "" },
    });
    const story = cycleOf(changed.workspace).stories.at(-1);
    expect(story?.valence).toBe("negative");
    expect(story && "tellerId" in story).toBe(false);
    const removed = applied(changed.workspace, { type: "story.remove", cycleId, storyId: "new-1" });
    expect(cycleOf(removed.workspace).stories).toEqual(cycleOf(workspace).stories);
  });

  it("refuses a story told by someone outside the cycle, and an unknown story", () => {
    const { workspace, story } = example();
    const edit: WorkspaceEdit = {
      type: "story.update",
      cycleId,
      storyId: story.id,
      fields: { tellerId: "nope" },
    };
    const fr = refusal(workspace, edit);
    expect(fr.code).toBe("story.invalid");
    expect(fr.message).toMatch(/^Ce récit ne peut pas être enregistré ainsi\u00a0: /);
    expect(refusal(workspace, edit, "en").message).toMatch(
      /^This story cannot be saved like this: /,
    );
    const unknown = refusals(workspace, { type: "story.remove", cycleId, storyId: "nope" });
    expect(unknown.fr).toBe("Le récit «\u00a0nope\u00a0» n’est pas enregistré dans ce cycle.");
    expect(unknown.en).toBe('The story "nope" is not recorded in this cycle.');
  });
});

describe("the action plan", () => {
  it("adds, changes and removes a recommendation; its actions keep their content", () => {
    const { workspace, recommendation } = example();
    const added = applied(workspace, {
      type: "recommendation.add",
      cycleId,
      text: "Ouvrir deux sièges du conseil aux clients",
      criterionIds: [CRITERION, CRITERION],
    });
    expect(cycleOf(added.workspace).recommendations.at(-1)).toEqual({
      id: "new-1",
      text: "Ouvrir deux sièges du conseil aux clients",
      criterionIds: [CRITERION],
    });
    const changed = applied(added.workspace, {
      type: "recommendation.update",
      cycleId,
      recommendationId: "new-1",
      fields: { criterionIds: [] },
    });
    expect(cycleOf(changed.workspace).recommendations.at(-1)?.criterionIds).toEqual([]);
    const removed = applied(workspace, {
      type: "recommendation.remove",
      cycleId,
      recommendationId: recommendation.id,
    });
    const cycle = cycleOf(removed.workspace);
    expect(cycle.recommendations.some((r) => r.id === recommendation.id)).toBe(false);
    expect(cycle.actions).toHaveLength(cycleOf(workspace).actions.length);
    expect(cycle.actions.some((a) => a.recommendationId === recommendation.id)).toBe(false);
  });

  it("refuses a blank recommendation and an unknown one", () => {
    const { workspace } = example();
    const edit: WorkspaceEdit = {
      type: "recommendation.add",
      cycleId,
      text: "  ",
      criterionIds: [],
    };
    expect(refusal(workspace, edit).message).toMatch(
      /^Cette recommandation ne peut pas être enregistrée ainsi\u00a0: text\s: /,
    );
    expect(refusal(workspace, edit, "en").message).toMatch(
      /^This recommendation cannot be saved like this: text: /,
    );
    const unknown = refusals(workspace, {
      type: "recommendation.remove",
      cycleId,
      recommendationId: "nope",
    });
    expect(unknown.fr).toBe("La recommandation «\u00a0nope\u00a0» n’existe pas dans ce cycle.");
    expect(unknown.en).toBe('The recommendation "nope" is not in this cycle.');
  });

  it("carries over an action of the previous cycle, and only one of those", () => {
    const { workspace, previous, cycle } = example();
    const previousAction = previous.actions[0];
    if (!previousAction) throw new Error("no action in 2025");
    const result = applied(workspace, {
      type: "action.add",
      cycleId,
      title: "Reprendre le porte-à-porte",
      owner: " ",
      previousActionId: previousAction.id,
    });
    expect(cycleOf(result.workspace).actions.at(-1)).toEqual({
      id: "new-1",
      title: "Reprendre le porte-à-porte",
      status: "planned",
      criterionIds: [],
      previousActionId: previousAction.id,
      followUps: [],
    });
    const ownAction = cycle.actions[0]?.id ?? "";
    const { fr, en } = refusals(workspace, {
      type: "action.update",
      cycleId,
      actionId: ownAction,
      fields: { previousActionId: ownAction },
    });
    expect(fr).toBe(
      `L’action «\u00a0${ownAction}\u00a0» n’est pas dans le plan du cycle précédent\u00a0: une action ne peut prolonger que l’une de celles-là. Choisissez le cycle précédent d’abord.`,
    );
    expect(en).toBe(
      `The action "${ownAction}" is not in the plan of the previous cycle: an action can only carry over one of those. Choose the previous cycle first.`,
    );
  });

  it("changes an action, notes how it goes, and refuses a follow-up that says nothing", () => {
    const { workspace, carriedOver } = example();
    const changed = applied(workspace, {
      type: "action.update",
      cycleId,
      actionId: carriedOver.id,
      fields: { owner: "", dueDate: "2026-12-31", previousActionId: "" },
    });
    const action = cycleOf(changed.workspace).actions.find((a) => a.id === carriedOver.id);
    expect(action?.dueDate).toBe("2026-12-31");
    expect(action && ("owner" in action || "previousActionId" in action)).toBe(false);
    const followed = applied(workspace, {
      type: "action.addFollowUp",
      cycleId,
      actionId: carriedOver.id,
      date: "2026-06-01",
      note: "Salle réservée",
      status: "inProgress",
    });
    const after = cycleOf(followed.workspace).actions.find((a) => a.id === carriedOver.id);
    expect(after?.status).toBe("inProgress");
    expect(after?.followUps.at(-1)).toEqual({
      date: "2026-06-01",
      note: "Salle réservée",
      status: "inProgress",
    });
    const edit: WorkspaceEdit = {
      type: "action.addFollowUp",
      cycleId,
      actionId: carriedOver.id,
      date: "2026-06-01",
      note: " ",
    };
    expect(refusal(workspace, edit).message).toMatch(
      /^Ce suivi ne peut pas être noté ainsi\u00a0: /,
    );
    expect(refusal(workspace, edit, "en").message).toMatch(
      /^This follow-up cannot be noted like this: /,
    );
    const unknown = refusals(workspace, { type: "action.remove", cycleId, actionId: "nope" });
    expect(unknown.fr).toBe("L’action «\u00a0nope\u00a0» n’est pas dans le plan de ce cycle.");
    expect(unknown.en).toBe('The action "nope" is not in this cycle\'s plan.');
  });

  it("removes an action, but not one that a later cycle carries over", () => {
    const { workspace, carriedOver, previous } = example();
    const removed = applied(workspace, {
      type: "action.remove",
      cycleId,
      actionId: carriedOver.id,
    });
    expect(cycleOf(removed.workspace).actions.some((a) => a.id === carriedOver.id)).toBe(false);
    const continued = previous.actions.find((a) => a.id === carriedOver.previousActionId);
    if (!continued) throw new Error("no continued action");
    const { fr, en } = refusals(workspace, {
      type: "action.remove",
      cycleId: previous.id,
      actionId: continued.id,
    });
    expect(fr).toBe(
      `L’action «\u00a0${continued.title}\u00a0» est prolongée par 1 action d’un cycle suivant\u00a0: la retirer leur ferait perdre leur origine. Notez plutôt qu’elle est abandonnée.`,
    );
    expect(en).toBe(
      `The action "${continued.title}" is carried over by 1 action of a later cycle: removing it would lose their origin. Mark it abandoned instead.`,
    );
  });
});
