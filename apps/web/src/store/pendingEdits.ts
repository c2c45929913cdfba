import { useEffect, useRef, useState, useSyncExternalStore } from "react";

/**
 * Edits typed but not yet handed to the store (debounced). They are flushed on blur, before
 * export or navigation, and when the page is hidden or closed, so nothing typed is lost.
 */
const pending = new Set<() => void>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function flushPendingEdits(): void {
  for (const flush of [...pending]) flush();
}

export function hasPendingEdits(): boolean {
  return pending.size > 0;
}

export function usePendingEdits(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, hasPendingEdits);
}

/** Flushes pending edits when the page is hidden or closed, then calls `afterFlush`. */
export function installPageHideFlush(afterFlush: () => void, target: Window = window): () => void {
  const onHide = () => {
    flushPendingEdits();
    afterFlush();
  };
  const onVisibility = () => {
    if (target.document.visibilityState === "hidden") onHide();
  };
  target.addEventListener("pagehide", onHide);
  target.document.addEventListener("visibilitychange", onVisibility);
  return () => {
    target.removeEventListener("pagehide", onHide);
    target.document.removeEventListener("visibilitychange", onVisibility);
  };
}

export const COMMIT_DELAY_MS = 300;

/**
 * `schedule(value)` commits after a pause in typing; `flush()` commits at once what is waiting;
 * `isWaiting()` tells whether a value is waiting. A pending edit is also flushed when the
 * component unmounts.
 */
export function useDebouncedCommit<T>(
  commit: (value: T) => void,
  delay = COMMIT_DELAY_MS,
): { schedule(value: T): void; flush(): void; isWaiting(): boolean } {
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const [controller] = useState(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting: { value: T } | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!waiting) return;
      const { value } = waiting;
      waiting = undefined;
      pending.delete(flush);
      changed();
      commitRef.current(value);
    };
    const schedule = (value: T) => {
      clearTimeout(timer);
      waiting = { value };
      timer = setTimeout(flush, delay);
      if (!pending.has(flush)) {
        pending.add(flush);
        changed();
      }
    };
    return { schedule, flush, isWaiting: () => waiting !== undefined };
  });
  useEffect(() => controller.flush, [controller]);
  return controller;
}
