import { z } from "zod";
import { FORMAT_VERSION, Workspace } from "../model/workspace.ts";

/** Where the published schema lives, relative to the repository root. */
export const WORKSPACE_JSON_SCHEMA_PATH = "docs/schema/coeval-workspace.schema.json";

/**
 * The JSON Schema of `*.coeval.json` files, generated from the zod schemas, for
 * other tools and editors. It describes the shape of what a file may contain
 * (fields with a default may be left out); the rules between records (references,
 * scales) are checked by Coéval itself.
 */
export function workspaceJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Workspace, { io: "input", target: "draft-2020-12" });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: "Coéval workspace",
    description: `A Coéval file (*.coeval.json), format version ${FORMAT_VERSION}: grids, organisations and evaluation cycles. Generated from the zod schemas; do not edit by hand.`,
    ...rest,
  };
}

/** The schema as the checked-in file holds it: two-space indentation, final newline. */
export function workspaceJsonSchemaText(): string {
  return `${JSON.stringify(workspaceJsonSchema(), null, 2)}\n`;
}
