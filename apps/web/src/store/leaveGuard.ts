import { hasPendingEdits } from "./pendingEdits.ts";
import type { WorkspaceState, WorkspaceStore } from "./workspaceStore.ts";

/**
 * True while leaving the page could lose work: something typed is not yet handed to the store,
 * a write is under way, or the device refused a state that was not exported since.
 */
export function hasWorkAtRisk(state: Pick<WorkspaceState, "saveState" | "unsaved">): boolean {
  return hasPendingEdits() || state.saveState === "saving" || state.unsaved !== null;
}

/**
 * Asks the browser to confirm before the page is closed or reloaded while work is at risk. The
 * browser writes the question itself; `returnValue` is still needed by older Chromium and Safari.
 */
export function installLeaveGuard(store: WorkspaceStore, target: Window = window): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasWorkAtRisk(store.getState())) return;
    event.preventDefault();
    event.returnValue = "";
  };
  target.addEventListener("beforeunload", onBeforeUnload);
  return () => target.removeEventListener("beforeunload", onBeforeUnload);
}
