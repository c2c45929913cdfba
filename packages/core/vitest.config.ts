import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "core",
    environment: "node",
    // A safety net against hangs, not a performance check: machines under load are slow.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    setupFiles: ["../../scripts/vitest-no-console.ts"],
  },
});
