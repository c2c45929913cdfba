import { describe, expect, it } from "vitest";
import type { Workspace } from "../model/workspace.ts";
import { defined, sampleGrid, sampleWorkspace } from "./fixtures.test-support.ts";
import { formatIssue } from "./format-issue.ts";
import { describeScale, validateGrid, validateWorkspace } from "./validate.ts";

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
