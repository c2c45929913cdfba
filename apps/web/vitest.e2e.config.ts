import { defineConfig } from "vitest/config";

// Real-browser journeys: one build served by Vite's preview(), Chromium driven by playwright-core.
export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: "web-e2e",
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/support/globalSetup.ts"],
    // Browsers are heavy on two cores: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
