import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/** Each module (a path relative to the scanned folder) and the modules it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/**
 * The relative imports and re-exports of every `.ts` file under `folder`, type-only ones included:
 * a cycle made of types still means two modules cannot be understood, moved or tested apart.
 */
export function readImportGraph(folder: string): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const file = join(entry.parentPath, entry.name);
    // preProcessFile reads import, import type, export … from and import("…") without being fooled
    // by comments or strings that merely look like imports.
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => relative(folder, resolve(dirname(file), specifier)));
    graph.set(relative(folder, file), [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * One cycle per group of modules that import each other (strongly connected component), each
 * written as a path that starts and ends with the same module, shortest first.
 */
export function findImportCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  for (const component of stronglyConnectedComponents(graph)) {
    const members = new Set(component);
    const start = [...component].sort()[0] as string;
    const isLoop = component.length > 1 || (graph.get(start) ?? []).includes(start);
    if (isLoop) cycles.push(shortestCycleThrough(start, graph, members));
  }
  return cycles.sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
}

/** Tarjan's algorithm, iterative so that a deep chain of imports cannot overflow the stack. */
function stronglyConnectedComponents(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let nextIndex = 0;
  const lowerLink = (node: string, candidate: number) =>
    lowLink.set(node, Math.min(lowLink.get(node) as number, candidate));
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, nextIndex);
    lowLink.set(root, nextIndex++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, nextIndex);
          lowLink.set(target, nextIndex++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          lowerLink(frame.node, index.get(target) as number);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowerLink(parent.node, lowLink.get(frame.node) as number);
      if (lowLink.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** Breadth-first from `start` back to itself, staying inside its component. */
function shortestCycleThrough(start: string, graph: ImportGraph, members: Set<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const backwards = [start];
        for (let step = node; step !== start; step = cameFrom.get(step) as string) {
          backwards.push(step);
        }
        return [start, ...backwards.reverse()];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}
