import { issue, type ValidationIssue } from "../format/issues.ts";
import type { Action, ActionStatus, Cycle, FollowUp, Recommendation } from "../model/cycle.ts";
import type { Grid } from "../model/grid.ts";
import { gridIndexOf } from "./ratings.ts";
import { type CycleEditResult, refused } from "./result.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function criteriaIssues(
  criterionIds: readonly string[] | undefined,
  grid: Grid,
): ValidationIssue[] {
  const { criteria } = gridIndexOf(grid);
  const issues: ValidationIssue[] = [];
  criterionIds?.forEach((id, index) => {
    if (!criteria.has(id)) issues.push(issue(["criterionIds", index], "ref.criterion", { id }));
  });
  return issues;
}

export interface RecommendationInput {
  text: string;
  criterionIds: string[];
}

export function addRecommendation(
  cycle: Cycle,
  input: RecommendationInput,
  deps: { grid: Grid; newId: () => string },
): CycleEditResult<{ recommendation: Recommendation }> {
  const issues = criteriaIssues(input.criterionIds, deps.grid);
  if (input.text.trim() === "") issues.push(issue(["text"], "string.empty"));
  if (issues.length > 0) return refused(issues);
  const recommendation: Recommendation = {
    id: deps.newId(),
    text: input.text,
    criterionIds: [...new Set(input.criterionIds)],
  };
  return {
    ok: true,
    recommendation,
    cycle: { ...cycle, recommendations: [...cycle.recommendations, recommendation] },
  };
}

export function updateRecommendation(
  cycle: Cycle,
  recommendationId: string,
  fields: Partial<RecommendationInput>,
  deps: { grid: Grid },
): CycleEditResult {
  const issues = criteriaIssues(fields.criterionIds, deps.grid);
  if (fields.text !== undefined && fields.text.trim() === "") {
    issues.push(issue(["text"], "string.empty"));
  }
  if (!cycle.recommendations.some((r) => r.id === recommendationId)) {
    issues.push(issue(["recommendations"], "ref.recommendation", { id: recommendationId }));
  }
  if (issues.length > 0) return refused(issues);
  return {
    ok: true,
    cycle: {
      ...cycle,
      recommendations: cycle.recommendations.map((r) =>
        r.id === recommendationId
          ? {
              ...r,
              ...(fields.text === undefined ? {} : { text: fields.text }),
              ...(fields.criterionIds === undefined
                ? {}
                : { criterionIds: [...new Set(fields.criterionIds)] }),
            }
          : r,
      ),
    },
  };
}

/** Removes a recommendation; the actions that followed from it keep their content and lose the link. */
export function removeRecommendation(cycle: Cycle, recommendationId: string): Cycle {
  return {
    ...cycle,
    recommendations: cycle.recommendations.filter((r) => r.id !== recommendationId),
    actions: cycle.actions.map((action) => {
      if (action.recommendationId !== recommendationId) return action;
      const { recommendationId: _dropped, ...rest } = action;
      return rest;
    }),
  };
}

export interface ActionInput {
  title: string;
  description?: string;
  owner?: string;
  dueDate?: string;
  status?: ActionStatus;
  /** How we will know it worked. */
  successSignal?: string;
  criterionIds?: string[];
  recommendationId?: string;
  previousActionId?: string;
}

const OPTIONAL_ACTION_TEXTS = [
  "description",
  "owner",
  "dueDate",
  "successSignal",
  "recommendationId",
  "previousActionId",
] as const;

function actionIssues(cycle: Cycle, input: Partial<ActionInput>, grid: Grid): ValidationIssue[] {
  const issues = criteriaIssues(input.criterionIds, grid);
  if (input.title !== undefined && input.title.trim() === "") {
    issues.push(issue(["title"], "string.empty"));
  }
  if (input.dueDate !== undefined && input.dueDate !== "" && !ISO_DATE.test(input.dueDate)) {
    issues.push(issue(["dueDate"], "format.date", { received: input.dueDate }));
  }
  if (
    input.recommendationId !== undefined &&
    input.recommendationId !== "" &&
    !cycle.recommendations.some((r) => r.id === input.recommendationId)
  ) {
    issues.push(issue(["recommendationId"], "ref.recommendation", { id: input.recommendationId }));
  }
  return issues;
}

function applyActionFields(action: Action, input: Partial<ActionInput>): Action {
  const next: Action = { ...action };
  if (input.title !== undefined) next.title = input.title.trim();
  if (input.status !== undefined) next.status = input.status;
  if (input.criterionIds !== undefined) next.criterionIds = [...new Set(input.criterionIds)];
  for (const key of OPTIONAL_ACTION_TEXTS) {
    if (!(key in input)) continue;
    const value = input[key];
    if (value === undefined || value.trim() === "") delete next[key];
    else next[key] = value;
  }
  return next;
}

/** A progress action of the plan: it aims to improve, never to punish. New actions are "planned". */
export function addAction(
  cycle: Cycle,
  input: ActionInput,
  deps: { grid: Grid; newId: () => string },
): CycleEditResult<{ action: Action }> {
  const issues = actionIssues(cycle, input, deps.grid);
  if (input.title.trim() === "" && issues.length === 0)
    issues.push(issue(["title"], "string.empty"));
  if (issues.length > 0) return refused(issues);
  const action = applyActionFields(
    {
      id: deps.newId(),
      title: input.title.trim(),
      status: input.status ?? "planned",
      criterionIds: [],
      followUps: [],
    },
    input,
  );
  return { ok: true, action, cycle: { ...cycle, actions: [...cycle.actions, action] } };
}

export function updateAction(
  cycle: Cycle,
  actionId: string,
  fields: Partial<ActionInput>,
  deps: { grid: Grid },
): CycleEditResult {
  const issues = actionIssues(cycle, fields, deps.grid);
  if (!cycle.actions.some((a) => a.id === actionId)) {
    issues.push(issue(["actions"], "value.invalid"));
  }
  if (issues.length > 0) return refused(issues);
  return {
    ok: true,
    cycle: {
      ...cycle,
      actions: cycle.actions.map((a) => (a.id === actionId ? applyActionFields(a, fields) : a)),
    },
  };
}

export function removeAction(cycle: Cycle, actionId: string): Cycle {
  return { ...cycle, actions: cycle.actions.filter((a) => a.id !== actionId) };
}

/**
 * Notes how an action is going. A follow-up that gives a status also becomes the
 * action's status, so the plan always shows where things stand.
 */
export function addFollowUp(cycle: Cycle, actionId: string, followUp: FollowUp): CycleEditResult {
  const issues: ValidationIssue[] = [];
  if (!ISO_DATE.test(followUp.date)) {
    issues.push(issue(["date"], "format.date", { received: followUp.date }));
  }
  if (followUp.note.trim() === "" && followUp.status === undefined) {
    issues.push(issue(["note"], "string.empty"));
  }
  if (!cycle.actions.some((a) => a.id === actionId))
    issues.push(issue(["actions"], "value.invalid"));
  if (issues.length > 0) return refused(issues);
  return {
    ok: true,
    cycle: {
      ...cycle,
      actions: cycle.actions.map((a) =>
        a.id === actionId
          ? {
              ...a,
              followUps: [...a.followUps, { ...followUp }],
              ...(followUp.status === undefined ? {} : { status: followUp.status }),
            }
          : a,
      ),
    },
  };
}
