export { CoevalError } from "./coeval-error.ts";
export { type DecodeTextResult, decodeText, type TextEncoding } from "./encoding.ts";
export { fileSizeIssue, MAX_FILE_SIZE } from "./file-size.ts";
export {
  formatIssue,
  formatIssueMessage,
  formatLocation,
  isKnownIssueCode,
} from "./format-issue.ts";
export {
  type ExportGridCsvOptions,
  exportGridCsv,
  GRID_CSV_COLUMNS,
  type ImportGridCsvOptions,
  type ImportGridCsvResult,
  importGridCsv,
  slugify,
} from "./grid-csv.ts";
export { formatPath, type IssueCode, type ValidationIssue } from "./issues.ts";
export {
  WORKSPACE_JSON_SCHEMA_PATH,
  workspaceJsonSchema,
  workspaceJsonSchemaText,
} from "./json-schema.ts";
export { MIGRATIONS, type Migration } from "./migrations.ts";
export {
  type ParseWorkspaceOptions,
  type ParseWorkspaceResult,
  parseWorkspace,
  safeParseWorkspace,
  serialiseWorkspace,
} from "./parse.ts";
export {
  describeScale,
  inspectWorkspace,
  type ValidateWorkspaceOptions,
  validateGrid,
  validateWorkspace,
  type WorkspaceFindings,
} from "./validate.ts";
