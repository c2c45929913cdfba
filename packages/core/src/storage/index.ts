export {
  type MergeConflict,
  type MergeResult,
  mergeWorkspaces,
  sameJson,
} from "./merge.ts";
export {
  type AssembleResult,
  applyChanges,
  assembleWorkspace,
  type ChangeIssue,
  type DiffResult,
  diffWorkspace,
  type StoredRecord,
  type StoredWorkspace,
  splitWorkspace,
  type WorkspaceChanges,
} from "./records.ts";
