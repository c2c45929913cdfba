import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { parseRoute } from "./app/routes.ts";
import { LockedDevice, preloadRoute } from "./app/screens.ts";
import { browserDownload, ServicesProvider } from "./app/services.tsx";
import { isDeviceLocked } from "./features/session/deviceLock.ts";
import { createIndexedDbRepository } from "./store/indexedDbRepository.ts";
import { installLeaveGuard } from "./store/leaveGuard.ts";
import { installPageHideFlush } from "./store/pendingEdits.ts";
import { clearJournal, recoverJournal, writeJournal } from "./store/unloadJournal.ts";
import { createWorkspaceStore } from "./store/workspaceStore.ts";
import { browserWriteChannel } from "./store/writeChannel.ts";
import "./styles.css";

const repository = createIndexedDbRepository();
const workspaceStore = createWorkspaceStore(repository, { channel: browserWriteChannel() });
const services = { repository, workspaceStore, download: browserDownload };

installPageHideFlush(() => writeJournal(workspaceStore));
installLeaveGuard(workspaceStore);
workspaceStore.subscribe((state) => {
  if (state.saveState === "saved" && state.record) clearJournal(state.record);
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// A change caught by the unload journal reaches the repository before any screen reads it, and
// the first screen's chunks are fetched meanwhile, so it shows whole at once.
const firstScreen = isDeviceLocked()
  ? LockedDevice.preload()
  : preloadRoute(parseRoute(window.location.hash));
void Promise.allSettled([recoverJournal(repository), firstScreen]).finally(() => {
  createRoot(root).render(
    <StrictMode>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  );
});
