import { useState } from "react";
import { useServices, useWorkspace } from "../../app/services.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { flushPendingEdits } from "../../store/pendingEdits.ts";
import { workspaceTitle } from "../../ui/workspaceTitle.ts";
import { exportedWorkspaceText, exportFileName } from "./exportFile.ts";

/**
 * The warning that the device refused some work, on every screen until a write of that workspace
 * succeeds or the work is exported: leaving the workspace's screens must not hide it. Participants
 * on a locked device get no export, which would hand them everyone's answers.
 */
export function SaveFailureAlert({ allowExport = true }: { allowExport?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { workspaceStore, download } = useServices();
  const unsaved = useWorkspace((state) => state.unsaved);
  const [exportedTo, setExportedTo] = useState("");

  function exportRefused() {
    flushPendingEdits();
    const { record, unsaved: refused, saveState } = workspaceStore.getState();
    if (!refused) return;
    // The open workspace may hold newer changes than the refused state: export those, unless
    // the device holds what is open (the refused state could not be merged with another tab's).
    const isOpen = record?.id === refused.id && saveState !== "saved";
    const latest = isOpen ? record : refused;
    const fileName = exportFileName(workspaceTitle(latest.workspace, i18n));
    download(
      fileName,
      exportedWorkspaceText(latest.workspace, new Date().toISOString()),
      "application/json",
    );
    const store = workspaceStore.getState();
    void (isOpen ? store.markExported() : store.markUnsavedExported());
    setExportedTo(fileName);
  }

  return (
    <div className="save-failure">
      {unsaved && (
        <div role="alert" className="error">
          <p dir="auto">
            {allowExport
              ? t.save.failedNamed(workspaceTitle(unsaved.workspace, i18n))
              : t.save.failedLocked}
          </p>
          <div className="actions">
            <button type="button" onClick={() => void workspaceStore.getState().retry()}>
              {t.save.retry}
            </button>
            {allowExport && (
              <button type="button" onClick={exportRefused}>
                {t.save.exportCopy}
              </button>
            )}
          </div>
        </div>
      )}
      {/* Mounted before it speaks, so that screen readers announce the download. */}
      {allowExport && (
        <p role="status" className={exportedTo ? "notice" : "visually-hidden"} dir="auto">
          {exportedTo && t.save.exported(exportedTo)}
        </p>
      )}
    </div>
  );
}
