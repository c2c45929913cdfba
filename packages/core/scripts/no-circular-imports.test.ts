import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findImportCycles, type ImportGraph, readImportGraph } from "./import-cycles.ts";

const CORE_SOURCE = fileURLToPath(new URL("../src", import.meta.url));

describe("findImportCycles", () => {
  const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  it("finds nothing in a graph without cycles, even where two paths meet", () => {
    expect(findImportCycles(graphOf({ a: ["b", "c"], b: ["d"], c: ["d"], d: [] }))).toEqual([]);
  });

  it("writes each cycle as a path back to its first module", () => {
    const graph = graphOf({ a: ["b"], b: ["c"], c: ["a", "d"], d: ["e"], e: ["d"], f: ["f"] });
    expect(findImportCycles(graph)).toEqual([
      ["f", "f"],
      ["d", "e", "d"],
      ["a", "b", "c", "a"],
    ]);
  });

  it("gives the shortest way round a tangle of modules", () => {
    const graph = graphOf({ a: ["b", "d"], b: ["c"], c: ["a"], d: ["a"] });
    expect(findImportCycles(graph)).toEqual([["a", "d", "a"]]);
  });

  it("follows long chains without overflowing the stack", () => {
    const size = 10_000;
    const edges = Object.fromEntries(
      Array.from({ length: size }, (_, k) => [`m${k}`, [`m${(k + 1) % size}`]]),
    );
    expect(findImportCycles(graphOf(edges))[0]).toHaveLength(size + 1);
  });
});

describe("readImportGraph", () => {
  const graph = readImportGraph(CORE_SOURCE);

  it("reads imports, type-only imports and re-exports, spread over several lines", () => {
    // results/types.ts only imports types; results/index.ts re-exports.
    expect(graph.get("results/types.ts")).toContain("privacy/disclosure-terms.ts");
    expect(graph.get("results/index.ts")).toContain("results/divergence.ts");
    expect(graph.get("results/compute.ts")).toContain("results/plan.ts");
  });
});

describe("packages/core/src", () => {
  it("has no import cycle, type-only imports included", () => {
    const cycles = findImportCycles(readImportGraph(CORE_SOURCE)).map((cycle) => cycle.join(" → "));
    expect(cycles).toEqual([]);
  });
});
