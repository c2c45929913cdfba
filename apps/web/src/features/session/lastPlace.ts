import type { SessionStep } from "../cycle/cyclePaths.ts";

/** Where a session was left on this device, so "Resume" opens it there another day. */
export interface SessionPlace {
  criterionId: string;
  step: SessionStep;
}

const key = (sessionId: string) => `coeval.session.${sessionId}`;

export function rememberPlace(sessionId: string, place: SessionPlace): void {
  try {
    localStorage.setItem(key(sessionId), JSON.stringify(place));
  } catch {
    // Storage full or forbidden: resuming falls back to the first criterion without a position.
  }
}

export function rememberedPlace(sessionId: string): SessionPlace | undefined {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key(sessionId)) ?? "null");
    if (
      typeof stored === "object" &&
      stored !== null &&
      typeof (stored as SessionPlace).criterionId === "string" &&
      typeof (stored as SessionPlace).step === "string"
    ) {
      return stored as SessionPlace;
    }
  } catch {
    // A hand-edited value is ignored.
  }
  return undefined;
}

/** The entry mode the facilitator chose last, kept across criteria and sessions. */
export type EntryMode = "passDevice" | "quickTable" | "counts";
const ENTRY_MODE_KEY = "coeval.entryMode";

export function rememberedEntryMode(): EntryMode {
  try {
    const stored = localStorage.getItem(ENTRY_MODE_KEY);
    if (stored === "quickTable" || stored === "counts") return stored;
  } catch {
    // Fall back to the default.
  }
  return "passDevice";
}

export function rememberEntryMode(mode: EntryMode): void {
  try {
    localStorage.setItem(ENTRY_MODE_KEY, mode);
  } catch {
    // Not remembered: the default comes back next time.
  }
}
