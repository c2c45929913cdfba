import { routeHref } from "../../app/routes.ts";

/** The steps of one criterion in a session, in the order a workshop goes through them. */
export const SESSION_STEPS = [
  "rate-1",
  "reveal-1",
  "rate-2",
  "reveal-2",
  "position",
  "evidence",
] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];

/** What the cycles section shows, read from the path after `#/w/<id>/cycles`. */
export type CyclePage =
  | { page: "list" }
  | { page: "setup"; cycleId: string }
  | { page: "plan"; cycleId: string }
  | {
      page: "session";
      cycleId: string;
      sessionId: string;
      criterionId?: string;
      step?: SessionStep;
    }
  | { page: "notFound" };

export function parseCyclePath(path: readonly string[]): CyclePage {
  const [cycleId, kind, sessionId, criterionId, step, ...rest] = path;
  if (cycleId === undefined) return { page: "list" };
  if (kind === undefined) return { page: "setup", cycleId };
  if (kind === "plan" && sessionId === undefined) return { page: "plan", cycleId };
  if (kind === "session" && sessionId !== undefined && rest.length === 0) {
    if (criterionId === undefined) return { page: "session", cycleId, sessionId };
    const known = SESSION_STEPS.find((candidate) => candidate === step);
    return known === undefined && step !== undefined
      ? { page: "notFound" }
      : { page: "session", cycleId, sessionId, criterionId, ...(known ? { step: known } : {}) };
  }
  return { page: "notFound" };
}

export function cyclePath(page: CyclePage): string[] {
  switch (page.page) {
    case "list":
    case "notFound":
      return [];
    case "setup":
      return [page.cycleId];
    case "plan":
      return [page.cycleId, "plan"];
    case "session":
      return [
        page.cycleId,
        "session",
        page.sessionId,
        ...(page.criterionId === undefined ? [] : [page.criterionId, page.step ?? "rate-1"]),
      ];
  }
}

export function cycleHref(workspaceId: string, page: CyclePage): string {
  return routeHref({ screen: "workspace", workspaceId, section: "cycles", path: cyclePath(page) });
}
