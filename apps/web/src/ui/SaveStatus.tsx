import { useServices, useWorkspace } from "../app/services.tsx";
import { useI18n } from "../i18n/index.tsx";
import { usePendingEdits } from "../store/pendingEdits.ts";

/**
 * "Enregistré" once everything typed is on the device. Not a live region: it changes on every
 * keystroke pause and would chatter; a failed write is announced by the alert below instead.
 */
export function SaveStatus() {
  const { t } = useI18n();
  const { workspaceStore } = useServices();
  const saveState = useWorkspace((state) => state.saveState);
  const pending = usePendingEdits();
  const state = pending ? "pending" : saveState;
  return (
    <div className="save-status" data-save-state={state}>
      {state === "failed" ? (
        <div role="alert" className="error">
          <p>{t.save.failed}</p>
          <button type="button" onClick={() => void workspaceStore.getState().retry()}>
            {t.save.retry}
          </button>
        </div>
      ) : (
        <p className="muted">{state === "saved" ? `✓ ${t.save.saved}` : t.save.saving}</p>
      )}
    </div>
  );
}
