import type { Refusal, WorkspaceEdit } from "@coeval/core";
import { useCallback, useState } from "react";
import { useI18n } from "../i18n/index.tsx";
import { dispatchToStore } from "../store/dispatchEdit.ts";
import { useServices } from "./services.tsx";

export interface WorkspaceEditor {
  /** Applies the edit to the open workspace; false when core refused it (nothing changed). */
  dispatch(edit: WorkspaceEdit): boolean;
  /** Why core refused the last edit, in the screen's language; null once an edit is applied. */
  refusal: Refusal | null;
}

/** Dispatches workspace edits from a screen and keeps core's last refusal for it to show. */
export function useWorkspaceEdit(): WorkspaceEditor {
  const { workspaceStore } = useServices();
  const { language } = useI18n();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const dispatch = useCallback(
    (edit: WorkspaceEdit) => {
      const result = dispatchToStore(workspaceStore, edit, language);
      setRefusal(result === undefined || result.ok ? null : result.refusal);
      return result?.ok === true;
    },
    [workspaceStore, language],
  );
  return { dispatch, refusal };
}
