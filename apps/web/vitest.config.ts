import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

export default defineProject({
  plugins: [react()],
  test: {
    name: "web",
    environment: "jsdom",
    // A safety net against hangs, not a performance check: machines under load are slow.
    testTimeout: 30_000,
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["../../scripts/vitest-no-console.ts", "./src/test/setup.ts"],
  },
});
