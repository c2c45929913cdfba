import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { App } from "../app/App.tsx";
import { type AppServices, ServicesProvider } from "../app/services.tsx";
import { createIndexedDbRepository } from "../store/indexedDbRepository.ts";
import { createWorkspaceStore } from "../store/workspaceStore.ts";

export interface Download {
  fileName: string;
  content: string | Uint8Array;
  type: string;
}

/** Fresh services over the test's fresh IndexedDB; downloads are captured instead of saved. */
export function testServices(): AppServices & { downloads: Download[] } {
  const repository = createIndexedDbRepository();
  const downloads: Download[] = [];
  return {
    repository,
    workspaceStore: createWorkspaceStore(repository),
    download: (fileName, content, type) => downloads.push({ fileName, content, type }),
    downloads,
  };
}

export function renderWithServices(ui: ReactNode, services = testServices()) {
  return { services, ...render(<ServicesProvider services={services}>{ui}</ServicesProvider>) };
}

/** The whole app at a given hash route. */
export function renderApp(hash = "#/", services = testServices()) {
  window.location.hash = hash;
  return renderWithServices(<App />, services);
}
