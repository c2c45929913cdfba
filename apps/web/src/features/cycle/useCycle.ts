import type { ValidationIssue } from "@coeval/core";
import { useCallback, useMemo } from "react";
import { useServices, useWorkspace } from "../../app/services.tsx";
import {
  type CycleContext,
  type CycleEdit,
  cycleContext,
  editCycle,
} from "../../store/cycleEdits.ts";
import { newId } from "../../store/ids.ts";
import { timeStoreUpdate } from "../session/performanceMarks.ts";

/** The open workspace's cycle with its pinned grid and organisation, or undefined. */
export function useCycleContext(cycleId: string): CycleContext | undefined {
  const workspace = useWorkspace((state) => state.record?.workspace);
  return useMemo(
    () => (workspace === undefined ? undefined : cycleContext(workspace, cycleId)),
    [workspace, cycleId],
  );
}

/** The clock and id source every edit of a cycle gets. */
export function editDeps(): { now: string; newId: () => string } {
  return { now: new Date().toISOString(), newId };
}

/**
 * Applies core edits to a cycle: memory changes at once and the write follows. Returns
 * the core's reasons when it refused (nothing is changed then), or an empty list.
 */
export function useCycleEditor(cycleId: string): (edit: CycleEdit) => ValidationIssue[] {
  const { workspaceStore } = useServices();
  return useCallback(
    (edit: CycleEdit) => {
      const current = workspaceStore.getState().record?.workspace;
      if (current === undefined) return [];
      const outcome = editCycle(current, cycleId, edit);
      if (outcome.workspace !== current) {
        void timeStoreUpdate(() =>
          workspaceStore.getState().update((workspace) =>
            // Another edit may have landed in between: apply this one to the newest state.
            workspace === current
              ? outcome.workspace
              : editCycle(workspace, cycleId, edit).workspace,
          ),
        );
      }
      return outcome.issues;
    },
    [workspaceStore, cycleId],
  );
}
