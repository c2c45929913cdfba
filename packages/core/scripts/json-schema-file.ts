import { fileURLToPath } from "node:url";
import { WORKSPACE_JSON_SCHEMA_PATH } from "../src/format/json-schema.ts";

/** The checked-in JSON Schema, wherever the command is run from. */
export const JSON_SCHEMA_FILE = fileURLToPath(
  new URL(`../../../${WORKSPACE_JSON_SCHEMA_PATH}`, import.meta.url),
);
