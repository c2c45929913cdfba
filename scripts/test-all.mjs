#!/usr/bin/env node
// Runs every check of the project in order and ends with the line `N passed, N failed`:
// each test counts once, and each other step (type-check, lint, build) counts as one check.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const reports = join(root, "tmp", "test-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts ?? {};

const steps = [
  { name: "typecheck", args: ["run", "typecheck"] },
  { name: "lint", args: ["exec", "biome", "ci", "."] },
  { name: "unit tests", args: ["exec", "vitest", "run"], vitest: "unit" },
  { name: "build", args: ["-r", "--if-present", "run", "build"] },
  { name: "end-to-end tests", args: ["run", "e2e"], vitest: "e2e", when: () => "e2e" in scripts },
];

let passed = 0;
let failed = 0;
const summary = [];

for (const step of steps) {
  if (step.when && !step.when()) continue;
  const started = Date.now();
  const args = [...step.args];
  const reportFile = step.vitest ? join(reports, `${step.vitest}.json`) : null;
  if (reportFile)
    args.push("--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`);
  console.log(`\n▶ ${step.name}: pnpm ${args.join(" ")}`);
  const status = spawnSync("pnpm", args, { cwd: root, stdio: "inherit" }).status ?? 1;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (reportFile) {
    const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, "utf8")) : null;
    const stepPassed = report?.numPassedTests ?? 0;
    // A run that crashed before reporting, or that failed outside any test, still counts as a failure.
    const stepFailed =
      (report?.numFailedTests ?? 0) + (status !== 0 && !(report?.numFailedTests > 0) ? 1 : 0);
    passed += stepPassed;
    failed += stepFailed;
    summary.push(`${step.name}: ${stepPassed} passed, ${stepFailed} failed (${seconds} s)`);
  } else {
    if (status === 0) passed += 1;
    else failed += 1;
    summary.push(`${step.name}: ${status === 0 ? "ok" : "FAILED"} (${seconds} s)`);
  }
}

console.log(`\n${summary.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
