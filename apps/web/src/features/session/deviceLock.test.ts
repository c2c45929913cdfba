// @vitest-environment node
import { describe, expect, it } from "vitest";
import { attemptUnlock, type DeviceLock, FREE_ATTEMPTS } from "./deviceLock.ts";

const LOCK: DeviceLock = {
  version: 1,
  workspaceId: "espace",
  cycleId: "cycle",
  sessionId: "atelier",
  round: 1,
  items: [{ criterionId: "participation", indicatorId: "participation-niveau" }],
  code: "2468",
  failedAttempts: 0,
};

describe("unlocking the device", () => {
  it("opens with the code chosen when locking, and only with it", () => {
    expect(attemptUnlock(LOCK, "2468", 0)).toEqual({ outcome: { ok: true }, lock: null });
    expect(attemptUnlock(LOCK, "24680", 0).lock).not.toBeNull();
    expect(attemptUnlock(LOCK, "", 0).outcome.ok).toBe(false);
  });

  it("lets a typo pass, then makes every further try wait longer, up to five minutes", () => {
    let lock = LOCK;
    for (let attempt = 1; attempt < FREE_ATTEMPTS; attempt++) {
      const next = attemptUnlock(lock, "0000", 0);
      expect(next.outcome).toEqual({
        ok: false,
        reason: "wrongCode",
        attemptsBeforeWait: FREE_ATTEMPTS - attempt,
      });
      lock = next.lock as DeviceLock;
    }
    const waits: number[] = [];
    let now = 1_000;
    for (let attempt = 0; attempt < 6; attempt++) {
      const next = attemptUnlock(lock, "0000", now);
      lock = next.lock as DeviceLock;
      waits.push((lock.retryAt ?? now) - now);
      now = lock.retryAt ?? now;
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, 300_000]);
    // While waiting, even the right code is not checked; afterwards it opens.
    expect(attemptUnlock(lock, "2468", now - 1)).toEqual({
      outcome: { ok: false, reason: "wait", retryAt: now },
      lock,
    });
    expect(attemptUnlock(lock, "2468", now).lock).toBeNull();
  });
});
