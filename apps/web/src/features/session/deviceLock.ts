import { useSyncExternalStore } from "react";
import { z } from "zod";

/**
 * The "pass the device" lock: while it is set, the app shows only the participants' rating
 * view, whatever the address. It is a UI state of this device, not workspace data.
 *
 * Kept in localStorage, under one key for the whole device: every tab of the app, a reload,
 * a tab closed and opened again or a browser restarted all come back locked. sessionStorage
 * would not do: it belongs to one tab, so opening the app in a new tab would escape the lock.
 * One key rather than one per session, because the lock is about who holds the device: with a
 * key per session, opening another workspace or the home page would escape it.
 */
const LOCK_KEY = "coeval.deviceLock";
/** Set when the lock was lifted without the code, so the session says so. */
const NOTICE_KEY = "coeval.deviceLock.unlockedWithoutCode";

export const UNLOCK_CODE = /^\d{4,8}$/;
/** Wrong codes allowed before each further try has to wait. */
export const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 5 * 60_000;
/** How long "unlock without the code" makes everyone wait, in full view. */
export const FORCED_UNLOCK_WAIT_MS = 60_000;

const LockedItem = z.object({ criterionId: z.string().min(1), indicatorId: z.string().min(1) });

export const DeviceLock = z.object({
  version: z.literal(1),
  workspaceId: z.string().min(1),
  cycleId: z.string().min(1),
  sessionId: z.string().min(1),
  round: z.union([z.literal(1), z.literal(2)]),
  /** What each person rates on their turn, in order: one indicator per criterion. */
  items: z.array(LockedItem).min(1),
  /**
   * The facilitator's code, as typed. Hashing it would not protect it: a code of 4 to 8 digits
   * is found by trying them all, and whoever can read this storage can also delete it. It is
   * removed with the lock, and the form asks for a code used for this session only.
   */
  code: z.string().regex(UNLOCK_CODE),
  failedAttempts: z.number().int().min(0),
  /** Epoch milliseconds before which no code is checked, after repeated wrong codes. */
  retryAt: z.number().optional(),
});
export type DeviceLock = z.infer<typeof DeviceLock>;
export type LockedItem = z.infer<typeof LockedItem>;

export type NewDeviceLock = Omit<DeviceLock, "version" | "failedAttempts" | "retryAt">;

export type UnlockOutcome =
  | { ok: true }
  | { ok: false; reason: "wrongCode"; attemptsBeforeWait: number }
  | { ok: false; reason: "wait"; retryAt: number };

/** Checks a typed code; `lock` is what to store next (null: unlocked). */
export function attemptUnlock(
  lock: DeviceLock,
  code: string,
  now: number,
): { outcome: UnlockOutcome; lock: DeviceLock | null } {
  if (lock.retryAt !== undefined && now < lock.retryAt) {
    return { outcome: { ok: false, reason: "wait", retryAt: lock.retryAt }, lock };
  }
  if (code === lock.code) return { outcome: { ok: true }, lock: null };
  const failedAttempts = lock.failedAttempts + 1;
  const beyond = failedAttempts - FREE_ATTEMPTS;
  if (beyond < 0) {
    return {
      outcome: { ok: false, reason: "wrongCode", attemptsBeforeWait: -beyond },
      lock: { ...lock, failedAttempts },
    };
  }
  // Each wrong code past the free ones doubles the wait: guessing takes hours, a typo seconds.
  const retryAt = now + Math.min(FIRST_WAIT_MS * 2 ** beyond, LONGEST_WAIT_MS);
  return {
    outcome: { ok: false, reason: "wrongCode", attemptsBeforeWait: 0 },
    lock: { ...lock, failedAttempts, retryAt },
  };
}

const listeners = new Set<() => void>();
let readRaw: string | null | undefined;
let readLock: DeviceLock | null = null;

function storedItem(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function parseLock(raw: string | null): DeviceLock | null {
  if (raw === null) return null;
  try {
    const parsed = DeviceLock.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The lock on this device, or null; the same object while the stored value is unchanged. */
function currentDeviceLock(): DeviceLock | null {
  const raw = storedItem(LOCK_KEY);
  if (raw !== readRaw) {
    readRaw = raw;
    readLock = parseLock(raw);
  }
  return readLock;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  // Another tab locking or unlocking the device changes this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === LOCK_KEY || event.key === NOTICE_KEY) listener();
  };
  listeners.add(listener);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function isDeviceLocked(): boolean {
  return currentDeviceLock() !== null;
}

export function useDeviceLock(): DeviceLock | null {
  return useSyncExternalStore(subscribe, currentDeviceLock);
}

function store(key: string, value: unknown): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  } finally {
    notify();
  }
}

/** Locks the device; false when the browser refuses to store it (then nothing is locked). */
export function lockDevice(lock: NewDeviceLock): boolean {
  return store(LOCK_KEY, { ...lock, version: 1, failedAttempts: 0 } satisfies DeviceLock);
}

/** Tries a code against the stored lock, and stores what follows (attempts, wait, or unlocked). */
export function unlockDevice(code: string, now = Date.now()): UnlockOutcome {
  const lock = currentDeviceLock();
  if (lock === null) return { ok: true };
  const attempt = attemptUnlock(lock, code, now);
  if (attempt.lock !== lock) store(LOCK_KEY, attempt.lock);
  return attempt.outcome;
}

export interface UnlockedWithoutCode {
  sessionId: string;
  at: string;
}

/** Lifts the lock without the code, and leaves a notice for the session it locked. */
export function unlockWithoutCode(now = new Date()): void {
  const lock = currentDeviceLock();
  if (lock === null) return;
  store(NOTICE_KEY, {
    sessionId: lock.sessionId,
    at: now.toISOString(),
  } satisfies UnlockedWithoutCode);
  store(LOCK_KEY, null);
}

const UnlockedWithoutCodeSchema = z.object({ sessionId: z.string(), at: z.string() });
let readNoticeRaw: string | null | undefined;
let readNotice: UnlockedWithoutCode | null = null;

function currentNotice(): UnlockedWithoutCode | null {
  const raw = storedItem(NOTICE_KEY);
  if (raw !== readNoticeRaw) {
    readNoticeRaw = raw;
    try {
      const parsed = UnlockedWithoutCodeSchema.safeParse(JSON.parse(raw ?? "null"));
      readNotice = parsed.success ? parsed.data : null;
    } catch {
      readNotice = null;
    }
  }
  return readNotice;
}

/** When this session's device was last unlocked without the code and nobody has acknowledged it. */
export function useUnlockedWithoutCode(sessionId: string): UnlockedWithoutCode | null {
  const notice = useSyncExternalStore(subscribe, currentNotice);
  return notice?.sessionId === sessionId ? notice : null;
}

export function dismissUnlockedWithoutCode(): void {
  store(NOTICE_KEY, null);
}
