#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a machine that has only Node 20 and npm:
// installs pnpm and the dependencies when they are missing, then runs the task.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM_VERSION = "10.34.9";
const task = process.argv[2];
const passThrough = process.argv.slice(3);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  return result.status ?? 1;
}

function output(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

function pnpmCommand() {
  if (output("pnpm", ["--version"]) === PNPM_VERSION) return ["pnpm"];
  console.log(`Installing pnpm ${PNPM_VERSION}…`);
  if (
    run("npm", ["install", "--global", `pnpm@${PNPM_VERSION}`]) === 0 &&
    output("pnpm", ["--version"]) === PNPM_VERSION
  ) {
    return ["pnpm"];
  }
  // No permission for a global install: run pnpm through npx instead.
  return ["npx", "--yes", `pnpm@${PNPM_VERSION}`];
}

/** Chromium and poppler are needed by the end-to-end and PDF tests; install them when we can. */
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync("/usr/bin/chromium") && output("sh", ["-c", "command -v chromium"]) === null)
    missing.push("chromium");
  if (output("sh", ["-c", "command -v pdftotext"]) === null) missing.push("poppler-utils");
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = output("sh", ["-c", "command -v apt-get"]) !== null;
  if (!isRoot || !hasApt) {
    console.log(
      `Missing system packages for the browser and PDF tests: ${missing.join(", ")}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install chromium poppler-utils fonts-dejavu-core); those tests will fail until then.`,
    );
    return;
  }
  console.log(`Installing ${missing.join(", ")} with apt-get…`);
  run("apt-get", ["update", "-qq"]);
  run(
    "apt-get",
    ["install", "-y", "-qq", "--no-install-recommends", ...missing, "fonts-dejavu-core"],
    {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    },
  );
}

const pnpm = pnpmCommand();
const [command, ...prefix] = pnpm;
const install = run(command, [...prefix, "install", "--frozen-lockfile", "--prefer-offline"]);
if (install !== 0) {
  console.error("Installing the dependencies failed (see above).");
  process.exit(install);
}

if (task === "test") {
  ensureSystemPackages();
  process.exit(run(process.execPath, [join(root, "scripts", "test-all.mjs"), ...passThrough]));
} else if (task === "start") {
  process.exit(run(command, [...prefix, "run", "start:app", ...passThrough]));
} else {
  console.error(`Unknown task "${task}": use start or test.`);
  process.exit(2);
}
