/**
 * `pnpm bench [case…] [--quick] [--list]`: runs the benchmark cases and prints
 * one `BENCH` line each. Exits 1 when a case fails (for instance when the engine
 * and its baseline disagree).
 */
import { parseArgs } from "node:util";
import { cases } from "./cases.ts";

const { values, positionals } = parseArgs({
  options: { quick: { type: "boolean" }, list: { type: "boolean" } },
  allowPositionals: true,
});

if (values.list) {
  for (const benchCase of cases) console.log(`${benchCase.name}: ${benchCase.description}`);
  process.exit(0);
}

const unknown = positionals.filter((name) => !cases.some((benchCase) => benchCase.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown case(s): ${unknown.join(", ")}. Known: ${cases.map((c) => c.name).join(", ")}`,
  );
  process.exit(2);
}

const selected =
  positionals.length === 0
    ? cases
    : cases.filter((benchCase) => positionals.includes(benchCase.name));
let failed = 0;
for (const benchCase of selected) {
  try {
    const ok = await benchCase.run({
      quick: values.quick ?? false,
      log: (line) => console.log(line),
    });
    if (!ok) failed++;
  } catch (error) {
    failed++;
    console.log(
      `BENCH ${benchCase.name} FAILED: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
process.exit(failed > 0 ? 1 : 0);
