// Writes docs/schema/coeval-workspace.schema.json from the zod schemas (`pnpm schema`).
// With --check, writes nothing and exits 1 if the checked-in file is out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { workspaceJsonSchemaText } from "../src/format/json-schema.ts";
import { JSON_SCHEMA_FILE } from "./json-schema-file.ts";

const expected = workspaceJsonSchemaText();

if (process.argv.includes("--check")) {
  const current = existsSync(JSON_SCHEMA_FILE) ? readFileSync(JSON_SCHEMA_FILE, "utf8") : "";
  if (current !== expected) {
    console.error(`${JSON_SCHEMA_FILE} is out of date: run \`pnpm schema\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${JSON_SCHEMA_FILE} is up to date.`);
} else {
  mkdirSync(dirname(JSON_SCHEMA_FILE), { recursive: true });
  writeFileSync(JSON_SCHEMA_FILE, expected);
  console.log(`wrote ${JSON_SCHEMA_FILE}`);
}
