import { afterEach, describe, expect, it } from "vitest";
import { createIndexedDbRepository } from "./indexedDbRepository.ts";
import { installLeaveGuard } from "./leaveGuard.ts";
import { newWorkspace } from "./newWorkspace.ts";
import type { WorkspaceRepository } from "./repository.ts";
import { createWorkspaceStore } from "./workspaceStore.ts";

/** Whether the browser would ask before leaving. */
function asksBeforeLeaving(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

let uninstall = () => {};
afterEach(() => uninstall());

describe("leave guard", () => {
  it("lets the page go when everything is on the device, asks while the device refused work", async () => {
    const real = createIndexedDbRepository();
    let failing = false;
    const flaky: WorkspaceRepository = {
      ...real,
      save: (record) => (failing ? Promise.reject(new Error("quota")) : real.save(record)),
    };
    const store = createWorkspaceStore(flaky);
    uninstall = installLeaveGuard(store);
    await store.getState().create(newWorkspace({ name: "A" }));
    expect(asksBeforeLeaving()).toBe(false);

    failing = true;
    const refused = store.getState().retry();
    expect(asksBeforeLeaving()).toBe(true);
    await refused;
    expect(asksBeforeLeaving()).toBe(true);

    failing = false;
    await store.getState().retry();
    expect(asksBeforeLeaving()).toBe(false);
  });
});
