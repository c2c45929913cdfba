// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readTextFile } from "./textFile.ts";

describe("readTextFile", () => {
  it("decodes UTF-8 and Windows-1252 as the engine does", async () => {
    expect(await readTextFile(new Blob(["Égalité"]))).toEqual({
      ok: true,
      text: "Égalité",
      encoding: "utf-8",
      warnings: [],
    });
    const ansi = await readTextFile(new Blob([Uint8Array.from([0xc9, 0x67, 0x61, 0x6c])]));
    expect(ansi).toMatchObject({ ok: true, text: "Égal", encoding: "windows-1252" });
  });

  it("refuses a file over the limit without reading it", async () => {
    const huge = { size: 560 * 1_048_576, arrayBuffer: () => Promise.reject(new Error("read")) };
    expect(await readTextFile(huge as unknown as Blob)).toMatchObject({
      ok: false,
      issues: [{ code: "file.tooLarge", params: { size: 560 * 1_048_576 } }],
    });
  });

  it("says a file the browser cannot read is unreadable", async () => {
    const gone = { size: 10, arrayBuffer: () => Promise.reject(new Error("NotReadableError")) };
    expect(await readTextFile(gone as unknown as Blob)).toEqual({ ok: false, unreadable: true });
  });
});
