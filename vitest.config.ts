import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import projects from "./vitest.workspace.ts";

// One worker per core: vitest keeps one core for itself by default, which halves a two-core machine.
export default defineConfig({ test: { projects, maxWorkers: availableParallelism() } });
