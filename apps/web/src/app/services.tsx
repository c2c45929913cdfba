import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { WorkspaceRepository } from "../store/repository.ts";
import type { WorkspaceState, WorkspaceStore } from "../store/workspaceStore.ts";

/** What screens reach the outside world through: swapped for fresh ones in tests. */
export interface AppServices {
  repository: WorkspaceRepository;
  workspaceStore: WorkspaceStore;
  /** Hands a file to the user (a download in the browser): text, or bytes such as a PDF. */
  download(fileName: string, content: string | Uint8Array, type: string): void;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices needs a ServicesProvider above it");
  return services;
}

/** Subscribes to part of the open workspace's state. */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(useServices().workspaceStore, selector);
}

/** Downloads through a temporary Blob link: works offline, with no server. */
export function browserDownload(
  fileName: string,
  content: string | Uint8Array,
  type: string,
): void {
  const part = typeof content === "string" ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
