import { useWorkspace } from "../app/services.tsx";
import { useI18n } from "../i18n/index.tsx";
import { usePendingEdits } from "../store/pendingEdits.ts";

/**
 * "Enregistré" once everything typed is on the device. Not a live region: it changes on every
 * keystroke pause and would chatter; a failed write is announced, with what to do, by
 * `SaveFailureAlert`, which every screen shows.
 */
export function SaveStatus() {
  const { t } = useI18n();
  const saveState = useWorkspace((state) => state.saveState);
  const pending = usePendingEdits();
  const state = pending ? "pending" : saveState;
  const label =
    state === "failed" ? t.save.notSaved : state === "saved" ? `✓ ${t.save.saved}` : t.save.saving;
  return (
    <div className="save-status" data-save-state={state}>
      <p className={state === "failed" ? "save-status-failed" : "muted"}>{label}</p>
    </div>
  );
}
