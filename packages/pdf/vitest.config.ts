import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "pdf",
    environment: "node",
    include: ["src/**/*.test.ts"],
    setupFiles: ["../../scripts/vitest-no-console.ts"],
    testTimeout: 60_000,
  },
});
