// @vitest-environment node
import { describe, expect, it } from "vitest";
import { parseRoute, type Route, routeHref } from "./routes.ts";

describe("hash routes", () => {
  it("reads the home screen from an empty or root hash", () => {
    for (const hash of ["", "#", "#/", "#//"]) expect(parseRoute(hash)).toEqual({ screen: "home" });
  });

  it("round-trips every route through its href", () => {
    const routes: Route[] = [
      { screen: "home" },
      { screen: "workspace", workspaceId: "épicerie du lien/2026", section: "structure" },
      { screen: "workspace", workspaceId: "abc", section: "grids", path: ["grille/1", "2"] },
      { screen: "workspace", workspaceId: "abc", section: "coconstruction" },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it("opens a workspace on its structure when no section is given", () => {
    expect(parseRoute("#/w/abc")).toEqual({
      screen: "workspace",
      workspaceId: "abc",
      section: "structure",
    });
  });

  it("sends unknown or malformed hashes to the not-found screen", () => {
    for (const hash of ["#/nope", "#/w/abc/unknown", "#/w/abc/structure/extra", "#/w/%E0%A4%A"]) {
      expect(parseRoute(hash).screen).toBe(hash === "#/w/%E0%A4%A" ? "workspace" : "notFound");
    }
  });
});
