import { describe, expect, it } from "vitest";
import type { Workspace } from "../model/workspace.ts";
import { defined, sampleGrid, sampleWorkspace } from "./fixtures.test-support.ts";
import { formatIssue } from "./format-issue.ts";
import {
  describeScale,
  inspectWorkspace,
  type ValidateWorkspaceOptions,
  validateGrid,
  validateWorkspace,
} from "./validate.ts";

/** The issues of the sample workspace after one change. */
function issuesAfter(change: (workspace: Workspace) => void) {
  const workspace = sampleWorkspace();
  change(workspace);
  return validateWorkspace(workspace);
}

const structuredCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const cycleOf = (workspace: Workspace) => defined(workspace.cycles[0]);

describe("validateGrid", () => {
  it("accepts the sample grid", () => {
    expect(validateGrid(sampleGrid())).toEqual([]);
  });

  it("finds empty dimensions, duplicate ids, disordered levels, inverted bands, unknown principles", () => {
    const grid = sampleGrid();
    const dimension = defined(grid.dimensions[0]);
    const [participation, listening] = dimension.criteria;
    grid.dimensions.push({ id: "vide", label: "Vide", criteria: [] });
    defined(listening).id = "participation";
    defined(listening).principleIds = ["absent"];
    const indicators = defined(participation).indicators;
    const scale = defined(indicators[0]);
    if (scale.kind === "scale") {
      scale.scale.levels = [
        { value: 1, label: "a" },
        { value: 3, label: "b" },
        { value: 2, label: "c" },
        { value: 3, label: "d" },
      ];
    }
    const quantity = defined(indicators[1]);
    if (quantity.kind === "quantitative") quantity.targetBand = { min: 30, max: 10 };
    defined(indicators[2]).id = "presence-ag";

    const scalePath = ["dimensions", 0, "criteria", 0, "indicators", 0, "scale", "levels"];
    expect(validateGrid(grid)).toEqual([
      {
        path: ["dimensions", 0, "criteria", 0, "indicators", 0, "scale", "levels", 2, "value"],
        code: "scale.notIncreasing",
        params: { value: 2, previous: 3 },
      },
      { path: [...scalePath, 3, "value"], code: "scale.duplicateLevel", params: { value: 3 } },
      {
        path: ["dimensions", 0, "criteria", 0, "indicators", 1, "targetBand"],
        code: "indicator.bandInverted",
        params: { min: 30, max: 10 },
      },
      {
        path: ["dimensions", 0, "criteria", 0, "indicators", 2, "id"],
        code: "id.duplicate",
        params: { id: "presence-ag" },
      },
      {
        path: ["dimensions", 0, "criteria", 1, "id"],
        code: "id.duplicate",
        params: { id: "participation" },
      },
      {
        path: ["dimensions", 0, "criteria", 1, "principleIds", 0],
        code: "ref.principle",
        params: { id: "absent" },
      },
      { path: ["dimensions", 1, "criteria"], code: "grid.emptyDimension" },
    ]);
  });
});

describe("validateWorkspace", () => {
  it("accepts the sample workspace", () => {
    expect(validateWorkspace(sampleWorkspace())).toEqual([]);
  });

  it("finds a grid version given twice and grid rules under its path", () => {
    const issues = issuesAfter((workspace) => {
      const copy = sampleGrid();
      defined(copy.dimensions[0]).criteria = [];
      workspace.grids.push(copy);
    });
    expect(issues).toEqual([
      {
        path: ["grids", 1, "version"],
        code: "grid.duplicateVersion",
        params: { gridId: "grille-lien", version: 1 },
      },
      { path: ["grids", 1, "dimensions", 0, "criteria"], code: "grid.emptyDimension" },
    ]);
  });

  it("finds duplicate ids in each scope", () => {
    const issues = issuesAfter((workspace) => {
      const organisation = defined(workspace.organisations[0]);
      organisation.stakeholderGroups.push({ id: "clients", label: "Encore", side: "external" });
      const cycle = cycleOf(workspace);
      cycle.participants.push({ ...defined(cycle.participants[0]) });
      cycle.ratings.push({ ...defined(cycle.ratings[0]) });
      workspace.cycles.push({ ...cycle });
    });
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["id.duplicate", "organisations.0.stakeholderGroups.2.id"],
      ["id.duplicate", "cycles.1.id"],
      ["id.duplicate", "cycles.0.participants.2.id"],
      ["id.duplicate", "cycles.0.ratings.2.id"],
      ["id.duplicate", "cycles.1.participants.2.id"],
      ["id.duplicate", "cycles.1.ratings.2.id"],
    ]);
  });

  it("finds a cycle's missing organisation, grid version and previous cycle", () => {
    const issues = issuesAfter((workspace) => {
      const cycle = cycleOf(workspace);
      cycle.organisationId = "ailleurs";
      cycle.grid = { gridId: "grille-lien", version: 2 };
      cycle.previousCycleId = "2025";
    });
    expect(issues.map((issue) => formatIssue(issue, "fr"))).toEqual([
      "cycles[0].organisationId : la structure « ailleurs » n'existe pas dans ce fichier ; ajoutez-la ou corrigez l'identifiant",
      "cycles[0].grid : la grille « grille-lien » en version 2 n'existe pas dans ce fichier ; ajoutez cette version ou corrigez la référence",
      "cycles[0].previousCycleId : le cycle « 2025 » n'existe pas dans ce fichier ; ajoutez-le ou retirez la référence",
    ]);
  });

  it("refuses a cycle that follows itself", () => {
    const issues = issuesAfter((workspace) => {
      cycleOf(workspace).previousCycleId = "cycle-2026";
    });
    expect(issues).toEqual([
      { path: ["cycles", 0, "previousCycleId"], code: "cycle.selfReference" },
    ]);
  });

  it("checks participants' groups, in cycles and in the organisation's roster", () => {
    const issues = issuesAfter((workspace) => {
      defined(cycleOf(workspace).participants[0]).groupId = "financeurs";
      defined(workspace.organisations[0]).participants = [
        {
          id: "p1",
          pseudonym: "A",
          groupId: "salaries",
          roles: [],
          consent: { showName: false, quotes: "none" },
        },
        {
          id: "p1",
          pseudonym: "B",
          groupId: "elus",
          roles: [],
          consent: { showName: false, quotes: "none" },
        },
      ];
    });
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["id.duplicate", "organisations.0.participants.1.id"],
      ["ref.group", "organisations.0.participants.1.groupId"],
      ["ref.group", "cycles.0.participants.0.groupId"],
    ]);
  });

  it("checks every reference of a rating, and that it rates an ordinal indicator", () => {
    const issues = issuesAfter((workspace) => {
      const [first, second] = cycleOf(workspace).ratings;
      Object.assign(defined(first), {
        sessionId: "atelier-9",
        participantId: "p9",
        indicatorId: "ecoute-onp",
      });
      defined(second).indicatorId = "presence-ag";
    });
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["ref.session", "cycles.0.ratings.0.sessionId"],
      ["ref.participant", "cycles.0.ratings.0.participantId"],
      ["ref.indicator", "cycles.0.ratings.0.indicatorId"],
      ["rating.notOrdinal", "cycles.0.ratings.1.indicatorId"],
    ]);
  });

  it("checks a rating's value against its scale and what the grid allows", () => {
    const ratingsWith = (
      values: (number | "na" | "dontKnow")[],
      indicatorId = "participation-niveau",
    ) =>
      issuesAfter((workspace) => {
        const cycle = cycleOf(workspace);
        const template = defined(cycle.ratings[0]);
        cycle.ratings = values.map((value, index) => ({
          ...template,
          id: `00000000-0000-4000-8000-00000000000${index}`,
          criterionId: indicatorId === "ecoute-onp" ? "ecoute" : "participation",
          indicatorId,
          value,
        }));
      });
    expect(ratingsWith([1, 4, "dontKnow"])).toEqual([]);
    expect(ratingsWith([0, 7, "na"]).map((issue) => formatIssue(issue, "fr"))).toEqual([
      "cycles[0].ratings[0].value : 0 n'est pas un niveau de l'échelle 1–4 ; choisissez un niveau de l'échelle",
      "cycles[0].ratings[1].value : 7 n'est pas un niveau de l'échelle 1–4 ; choisissez un niveau de l'échelle",
      expect.stringContaining(
        "cycles[0].ratings[2].value : « non concerné » (na) n'est pas permis",
      ),
    ]);
    expect(ratingsWith([3, "na", "dontKnow", 4], "ecoute-onp").map((issue) => issue.code)).toEqual([
      "rating.notALevel",
    ]);
  });

  it("ties a collective position's level to its status and to the criterion's scale", () => {
    const positionIssues = (
      level: number | null,
      status: Workspace["cycles"][number]["positions"][number]["status"],
      criterionId = "participation",
    ) =>
      issuesAfter((workspace) => {
        const position = defined(cycleOf(workspace).positions[0]);
        Object.assign(position, { level, status, criterionId });
      }).map((issue) => issue.code);
    expect(positionIssues(null, "noAgreement")).toEqual([]);
    expect(positionIssues(null, "notDiscussed")).toEqual([]);
    expect(positionIssues(4, "consensus")).toEqual([]);
    expect(positionIssues(null, "consensus")).toEqual(["position.levelRequired"]);
    expect(positionIssues(2, "noAgreement")).toEqual(["position.levelMustBeNull"]);
    expect(positionIssues(5, "consent")).toEqual(["position.notALevel"]);
    expect(positionIssues(3, "consent", "ecoute")).toEqual([]);
    expect(positionIssues(4, "consent", "ecoute")).toEqual(["position.notALevel"]);
    expect(positionIssues(2, "consent", "inconnu")).toEqual(["ref.criterion"]);
  });

  it("refuses a level on a criterion without an ordinal indicator", () => {
    const issues = issuesAfter((workspace) => {
      const criterion = defined(defined(workspace.grids[0]?.dimensions[0]).criteria[1]);
      criterion.indicators = [{ id: "recit-ecoute", label: "Récits", kind: "narrative" }];
      Object.assign(defined(cycleOf(workspace).positions[0]), { criterionId: "ecoute", level: 2 });
    });
    expect(issues).toEqual([
      {
        path: ["cycles", 0, "positions", 0, "level"],
        code: "position.noScale",
        params: { criterionId: "ecoute" },
      },
    ]);
  });

  it("checks measures, stories, recommendations, actions, dissents, sessions and the opinion", () => {
    const issues = issuesAfter((workspace) => {
      const cycle = cycleOf(workspace);
      defined(cycle.measures[0]).indicatorId = "participation-niveau";
      Object.assign(defined(cycle.stories[0]), {
        criterionIds: ["x"],
        indicatorId: "y",
        tellerId: "z",
      });
      defined(cycle.recommendations[0]).criterionIds = ["w"];
      Object.assign(defined(cycle.actions[0]), {
        recommendationId: "r9",
        previousActionId: "a0",
        criterionIds: ["v"],
      });
      defined(defined(cycle.positions[0]).dissents[0]).groupIds = ["elus"];
      Object.assign(defined(cycle.sessions[0]), { participantIds: ["p7"], criterionIds: ["u"] });
      cycle.opinion = { verdict: "favourable", conditions: [], sessionId: "comite" };
    });
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["ref.participant", "cycles.0.sessions.0.participantIds.0"],
      ["ref.criterion", "cycles.0.sessions.0.criterionIds.0"],
      ["ref.group", "cycles.0.positions.0.dissents.0.groupIds.0"],
      ["measure.notQuantitative", "cycles.0.measures.0.indicatorId"],
      ["ref.criterion", "cycles.0.stories.0.criterionIds.0"],
      ["ref.gridIndicator", "cycles.0.stories.0.indicatorId"],
      ["ref.participant", "cycles.0.stories.0.tellerId"],
      ["ref.criterion", "cycles.0.recommendations.0.criterionIds.0"],
      ["ref.criterion", "cycles.0.actions.0.criterionIds.0"],
      ["ref.recommendation", "cycles.0.actions.0.recommendationId"],
      ["ref.previousAction", "cycles.0.actions.0.previousActionId"],
      ["ref.session", "cycles.0.opinion.sessionId"],
    ]);
  });

  it("accepts an action that continues one of the previous cycle", () => {
    const issues = issuesAfter((workspace) => {
      const previous = { ...structuredCopy(cycleOf(workspace)), id: "cycle-2025" };
      const current = cycleOf(workspace);
      current.previousCycleId = "cycle-2025";
      defined(current.actions[0]).previousActionId = "a1";
      workspace.cycles.unshift(previous);
    });
    expect(issues).toEqual([]);
  });
});

describe("describeScale", () => {
  it("names a scale by its range when its levels follow each other, else by its levels", () => {
    expect(
      describeScale([
        { value: 1, label: "a" },
        { value: 2, label: "b" },
        { value: 3, label: "c" },
        { value: 4, label: "d" },
      ]),
    ).toBe("1–4");
    expect(
      describeScale([
        { value: 0, label: "a" },
        { value: 2, label: "b" },
        { value: 5, label: "c" },
      ]),
    ).toBe("0, 2, 5");
  });
});

describe("validateGrid on drafts", () => {
  it("lets a draft keep an empty dimension its authors are about to fill, but not an adopted grid", () => {
    const grid = { ...sampleGrid(), status: "draft" as const };
    grid.dimensions = [...grid.dimensions, { id: "a-remplir", label: "À remplir", criteria: [] }];
    expect(validateGrid(grid)).toEqual([]);
    const emptyPath = ["dimensions", grid.dimensions.length - 1, "criteria"];
    expect(validateGrid(grid, { complete: true })).toEqual([
      { path: emptyPath, code: "grid.emptyDimension" },
    ]);
    expect(validateGrid({ ...grid, status: "adopted" })).toEqual([
      { path: emptyPath, code: "grid.emptyDimension" },
    ]);
  });
});

describe("validateWorkspace on grid workshops", () => {
  const NOW = "2026-02-01T18:00:00+01:00";
  function withWorkshop(change: (workspace: Workspace) => void = () => {}) {
    return issuesAfter((workspace) => {
      workspace.gridWorkshops = [
        {
          id: "atelier-grille",
          organisationId: "epicerie-du-lien",
          gridId: "grille-lien",
          title: "Notre grille",
          proposals: [
            {
              id: "p1",
              label: "Les clients décident",
              status: "pending",
              objections: [],
              createdAt: NOW,
            },
            {
              id: "p2",
              label: "Les clients participent",
              status: "merged",
              mergedIntoId: "p1",
              groupId: "clients",
              objections: [{ id: "o1", text: "Trop proche", groupId: "salaries", createdAt: NOW }],
              createdAt: NOW,
            },
          ],
          pointsPerVoter: 3,
          voters: [{ id: "v1", pseudonym: "Ana", groupId: "salaries" }],
          votes: [{ voterId: "v1", criterionId: "participation", points: 3 }],
          minGroupSize: 3,
        },
      ];
      change(workspace);
    });
  }

  it("accepts a consistent workshop", () => {
    expect(withWorkshop()).toEqual([]);
  });

  it("names unknown organisations, grids, groups, proposals and voters, duplicate and over-budget votes", () => {
    const issues = withWorkshop((workspace) => {
      const workshop = defined(workspace.gridWorkshops[0]);
      workshop.gridId = "absente";
      defined(workshop.proposals[1]).mergedIntoId = "p9";
      defined(workshop.voters[0]).groupId = "inconnu";
      workshop.votes.push(
        { voterId: "v1", criterionId: "participation", points: 1 },
        { voterId: "fantome", criterionId: "participation", points: 1 },
      );
    });
    expect(issues.map((found) => [found.path.join("."), found.code])).toEqual([
      ["gridWorkshops.0.gridId", "ref.grid"],
      ["gridWorkshops.0.proposals.1.mergedIntoId", "ref.proposal"],
      ["gridWorkshops.0.voters.0.groupId", "ref.group"],
      ["gridWorkshops.0.votes.1", "vote.duplicate"],
      ["gridWorkshops.0.votes.1.points", "vote.overBudget"],
      ["gridWorkshops.0.votes.2.voterId", "ref.voter"],
    ]);
    for (const found of issues) {
      expect(formatIssue(found, "fr")).toMatch(/^gridWorkshops\[0\]/);
      expect(formatIssue(found, "en")).not.toContain("undefined");
    }
  });
});

/** Errors and warnings of the sample workspace after one change. */
function findingsAfter(change: (workspace: Workspace) => void, options?: ValidateWorkspaceOptions) {
  const workspace = sampleWorkspace();
  change(workspace);
  return inspectWorkspace(workspace, options);
}

const codesAt = (issues: readonly { path: (string | number)[]; code: string }[]) =>
  issues.map((found) => [found.path.join("."), found.code]);

describe("validateWorkspace on records that contradict each other", () => {
  it("has no warning for the sample workspace", () => {
    expect(inspectWorkspace(sampleWorkspace(), { now: "2026-12-01T00:00:00Z" })).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it("refuses two collective positions on one criterion in one session, naming both", () => {
    const { errors } = findingsAfter((workspace) => {
      const cycle = cycleOf(workspace);
      const position = defined(cycle.positions[0]);
      cycle.positions.push({ ...position, level: 3, status: "consensus" });
    });
    expect(errors).toEqual([
      {
        path: ["cycles", 0, "positions", 1],
        code: "position.duplicate",
        params: {
          criterionId: "participation",
          sessionId: "atelier-1",
          firstPath: "cycles[0].positions[0]",
        },
      },
    ]);
    const french = formatIssue(defined(errors[0]), "fr");
    expect(french).toMatch(/^cycles\[0\]\.positions\[1\] : .*cycles\[0\]\.positions\[0\]/);
    expect(formatIssue(defined(errors[0]), "en")).toContain("keep only one");
  });

  it("refuses two positions without a session on one criterion", () => {
    const { errors } = findingsAfter((workspace) => {
      const cycle = cycleOf(workspace);
      const { sessionId: _none, ...position } = defined(cycle.positions[0]);
      cycle.positions = [position, { ...position, updatedAt: "2026-03-15T10:00:00Z" }];
    });
    expect(codesAt(errors)).toEqual([["cycles.0.positions.1", "position.duplicate"]]);
    expect(formatIssue(defined(errors[0]), "fr")).toContain("sans séance");
  });

  it("keeps positions of one criterion from different sessions: that is history", () => {
    const { errors, warnings } = findingsAfter((workspace) => {
      const cycle = cycleOf(workspace);
      cycle.sessions.push({ ...defined(cycle.sessions[0]), id: "atelier-2", date: "2026-04-01" });
      const position = defined(cycle.positions[0]);
      cycle.positions.push({
        ...position,
        sessionId: "atelier-2",
        updatedAt: "2026-04-01T12:00:00Z",
      });
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe("validateWorkspace on dates in the future", () => {
  const NOW = "2026-12-02T09:00:00Z";
  const farFuture = (workspace: Workspace) => {
    defined(cycleOf(workspace).ratings[0]).createdAt = "9999-12-31T23:59:59Z";
  };

  it("refuses a rating dated after now, naming the rating and its date", () => {
    const { errors } = findingsAfter(farFuture, { now: NOW });
    expect(errors).toEqual([
      {
        path: ["cycles", 0, "ratings", 0, "createdAt"],
        code: "rating.future",
        params: {
          id: "3b241101-e2bb-4255-8caf-4136c566a962",
          date: "9999-12-31T23:59:59Z",
          limit: NOW,
          reference: "now",
        },
      },
    ]);
    const french = formatIssue(defined(errors[0]), "fr");
    expect(french).toContain("3b241101-e2bb-4255-8caf-4136c566a962");
    expect(french).toContain("9999-12-31T23:59:59Z");
    expect(french).toContain("corrigez sa date");
  });

  it("refuses a rating dated after the file was saved when no clock is given", () => {
    const { errors } = findingsAfter((workspace) => {
      workspace.savedAt = "2026-03-20T12:00:00Z";
      farFuture(workspace);
    });
    expect(errors).toMatchObject([
      { code: "rating.future", params: { reference: "savedAt", limit: "2026-03-20T12:00:00Z" } },
    ]);
    expect(formatIssue(defined(errors[0]), "en")).toContain("after the file was saved");
  });

  it("refuses a position dated in the future too", () => {
    const { errors } = findingsAfter(
      (workspace) => {
        defined(cycleOf(workspace).positions[0]).updatedAt = "2031-01-01T00:00:00Z";
      },
      { now: NOW },
    );
    expect(codesAt(errors)).toEqual([["cycles.0.positions.0.updatedAt", "position.future"]]);
  });

  it("allows a day of clock skew, and checks nothing without a clock or a savedAt", () => {
    const skewed = (workspace: Workspace) => {
      defined(cycleOf(workspace).ratings[0]).createdAt = "2026-12-03T08:00:00Z";
    };
    expect(findingsAfter(skewed, { now: NOW }).errors).toEqual([]);
    expect(findingsAfter(farFuture).errors).toEqual([]);
    const beyond = (workspace: Workspace) => {
      defined(cycleOf(workspace).ratings[0]).createdAt = "2026-12-03T09:00:01Z";
    };
    expect(codesAt(findingsAfter(beyond, { now: NOW }).errors)).toEqual([
      ["cycles.0.ratings.0.createdAt", "rating.future"],
    ]);
  });

  it("only warns when a date is after a stale savedAt but not after now", () => {
    const { errors, warnings } = findingsAfter(
      (workspace) => {
        workspace.savedAt = "2026-03-01T00:00:00Z";
      },
      { now: NOW },
    );
    expect(errors).toEqual([]);
    expect(codesAt(warnings)).toEqual([
      ["cycles.0.ratings.0.createdAt", "rating.afterSavedAt"],
      ["cycles.0.ratings.1.createdAt", "rating.afterSavedAt"],
      ["cycles.0.positions.0.updatedAt", "position.afterSavedAt"],
    ]);
  });

  it("still refuses a far-future date when savedAt is in the future too", () => {
    const { errors } = findingsAfter(
      (workspace) => {
        workspace.savedAt = "9999-12-31T23:59:59Z";
        farFuture(workspace);
      },
      { now: NOW },
    );
    expect(codesAt(errors)).toEqual([["cycles.0.ratings.0.createdAt", "rating.future"]]);
  });
});

describe("validateWorkspace on an anonymity threshold of 1", () => {
  it("refuses k = 1 on a cycle unless individualAnswersVisible says it was chosen", () => {
    const single = findingsAfter((workspace) => {
      cycleOf(workspace).anonymity = { minGroupSize: 1 };
    });
    expect(single.errors).toEqual([
      { path: ["cycles", 0, "anonymity", "minGroupSize"], code: "anonymity.singleUnconfirmed" },
    ]);
    expect(formatIssue(defined(single.errors[0]), "fr")).toContain(
      "« individualAnswersVisible »: true",
    );
    const confirmed = findingsAfter((workspace) => {
      cycleOf(workspace).anonymity = { minGroupSize: 1, individualAnswersVisible: true };
    });
    expect(confirmed.errors).toEqual([]);
    const refused = findingsAfter((workspace) => {
      cycleOf(workspace).anonymity = { minGroupSize: 1, individualAnswersVisible: false };
    });
    expect(codesAt(refused.errors)).toEqual([
      ["cycles.0.anonymity.minGroupSize", "anonymity.singleUnconfirmed"],
    ]);
  });

  it("refuses k = 1 on a co-construction workshop unless it is confirmed", () => {
    const workshop = (extra: object) => (workspace: Workspace) => {
      workspace.gridWorkshops = [
        {
          id: "atelier-grille",
          organisationId: "epicerie-du-lien",
          gridId: "grille-lien",
          title: "Notre grille",
          proposals: [],
          pointsPerVoter: 5,
          voters: [],
          votes: [],
          minGroupSize: 1,
          ...extra,
        },
      ];
    };
    expect(codesAt(findingsAfter(workshop({})).errors)).toEqual([
      ["gridWorkshops.0.minGroupSize", "anonymity.singleUnconfirmed"],
    ]);
    expect(findingsAfter(workshop({ individualAnswersVisible: true })).errors).toEqual([]);
  });
});

describe("validateWorkspace warnings on who rated", () => {
  it("warns, without refusing, about a rater missing from the session's attendees", () => {
    const { errors, warnings } = findingsAfter((workspace) => {
      defined(cycleOf(workspace).sessions[0]).participantIds = ["p1"];
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      {
        path: ["cycles", 0, "ratings", 1, "participantId"],
        code: "rating.raterNotInSession",
        params: { participantId: "p2", sessionId: "atelier-1" },
      },
    ]);
  });

  it("says nothing when the session lists nobody: everyone may rate", () => {
    const { warnings } = findingsAfter((workspace) => {
      defined(cycleOf(workspace).sessions[0]).participantIds = [];
    });
    expect(warnings).toEqual([]);
  });

  it("warns about an external view from an internal group and a self-assessment from an external one", () => {
    const { errors, warnings } = findingsAfter((workspace) => {
      const [own, customer] = cycleOf(workspace).ratings;
      defined(own).perspective = "external";
      defined(customer).perspective = "self";
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      {
        path: ["cycles", 0, "ratings", 0, "perspective"],
        code: "rating.perspectiveSide",
        params: { perspective: "external", side: "internal", groupId: "salaries" },
      },
      {
        path: ["cycles", 0, "ratings", 1, "perspective"],
        code: "rating.perspectiveSide",
        params: { perspective: "self", side: "external", groupId: "clients" },
      },
    ]);
    expect(formatIssue(defined(warnings[0]), "fr")).toContain("regard extérieur (external)");
  });

  it("accepts a peer view from either side", () => {
    const { warnings } = findingsAfter((workspace) => {
      for (const rating of cycleOf(workspace).ratings) rating.perspective = "peer";
    });
    expect(warnings).toEqual([]);
  });
});
