import { afterEach, describe, expect, it, vi } from "vitest";

const zone = process.env.TZ;

describe("dates on the app's screens", () => {
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("shows a calendar date as that day on a clock west of UTC", async () => {
    process.env.TZ = "America/Los_Angeles";
    // On this clock midnight UTC is the evening before: a formatter in the local zone
    // would print 28 February.
    expect(new Date("2026-03-01T00:00:00Z").getDate()).toBe(28);
    // Modules loaded afresh, so the formatters are built under this clock.
    vi.resetModules();
    const { i18nFor } = await import("./index.tsx");
    expect(i18nFor("fr").format.date("2026-03-01")).toBe("1 mars 2026");
    expect(i18nFor("en").format.date("2026-03-01")).toBe("1 March 2026");
    expect(i18nFor("fr").format.dateRange("2026-03-01", "2026-03-31")).toBe("1–31 mars 2026");
  });
});
