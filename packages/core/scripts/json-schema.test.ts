import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { workspaceJsonSchema, workspaceJsonSchemaText } from "../src/format/json-schema.ts";
import { safeParseWorkspace } from "../src/format/parse.ts";
import { JSON_SCHEMA_FILE } from "./json-schema-file.ts";

describe("docs/schema/coeval-workspace.schema.json", () => {
  it("is up to date with the zod schemas; run `pnpm schema` if not", () => {
    expect(readFileSync(JSON_SCHEMA_FILE, "utf8")).toBe(workspaceJsonSchemaText());
  });

  it("describes the input side: fields with a default are optional, the version is fixed", () => {
    const schema = workspaceJsonSchema() as {
      required: string[];
      properties: { formatVersion: { const: number } };
    };
    expect(schema.required).toEqual(["formatVersion", "id"]);
    expect(schema.properties.formatVersion.const).toBe(1);
    expect(safeParseWorkspace({ formatVersion: 1, id: "minimal" }).ok).toBe(true);
  });
});
