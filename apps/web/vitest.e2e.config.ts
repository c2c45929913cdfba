import { defineConfig } from "vitest/config";

// Real-browser journeys: one build served by Vite's preview(), Chromium driven by playwright-core.
export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: "web-e2e",
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/support/globalSetup.ts"],
    // Two files at a time: a journey mostly waits for the browser, so two keep two cores busy.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
