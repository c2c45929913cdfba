import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  encodeUtf16,
  encodeWindows1252,
  WINDOWS_1252_BYTES,
} from "../examples/hostile.test-support.ts";
import { decodeText } from "./encoding.ts";
import { formatIssue } from "./format-issue.ts";

/** UTF-8 by hand, so that the test does not share the decoder's logic. */
function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) {
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    } else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
    }
  }
  return Uint8Array.from(bytes);
}

const windows1252Text = fc.string({ unit: fc.constantFrom(...WINDOWS_1252_BYTES.keys()) });
/** Text without U+0000 (never in a text file) and not starting with a byte order mark. */
const unicodeText = fc
  .string({ unit: "grapheme" })
  .filter((text) => !text.includes("\u0000") && !text.startsWith("\uFEFF"));

describe("decodeText", () => {
  it("reads valid UTF-8 as it is, never as anything else, with or without a byte order mark", () => {
    fc.assert(
      fc.property(unicodeText, fc.boolean(), (text, byteOrderMark) => {
        const bytes = encodeUtf8(byteOrderMark ? `\uFEFF${text}` : text);
        expect(decodeText(bytes)).toEqual({ ok: true, text, encoding: "utf-8", warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it("reads back Windows-1252 text exactly, with a warning, unless its bytes also read as UTF-8", () => {
    // A lead byte (Â…ô) followed by a continuation byte (€…¿) may be UTF-8: "Ã©" is "é".
    const readsAsUtf8 = (bytes: Uint8Array) =>
      bytes.some((byte, k) => byte >= 0xc2 && byte <= 0xf4 && (bytes[k + 1] ?? 0) >> 6 === 0b10);
    fc.assert(
      fc.property(
        windows1252Text.map(encodeWindows1252).filter((bytes) => !readsAsUtf8(bytes)),
        (bytes) => {
          const text = [...bytes].map(
            (byte) => [...WINDOWS_1252_BYTES].find(([, b]) => b === byte)?.[0],
          );
          const result = decodeText(bytes);
          if (!result.ok) throw new Error(`refused: ${result.issues[0]?.code}`);
          expect(result.text).toBe(text.join(""));
          const ascii = bytes.every((byte) => byte < 0x80);
          expect(result.encoding).toBe(ascii ? "utf-8" : "windows-1252");
          expect(result.warnings).toHaveLength(ascii ? 0 : 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads as UTF-8 the rare Windows-1252 text whose bytes are valid UTF-8", () => {
    expect(decodeText(encodeWindows1252("Ã©tÃ©"))).toMatchObject({
      ok: true,
      text: "été",
      encoding: "utf-8",
    });
  });

  it("reads a French ANSI file with its accents, ligatures, euro sign and curly quotes", () => {
    const text = "dimension;critère\r\nÉgalité;L’œuvre coûte 5 € « ça » — ÿ\r\n";
    const result = decodeText(encodeWindows1252(text));
    expect(result).toEqual({
      ok: true,
      text,
      encoding: "windows-1252",
      warnings: [{ path: [], code: "encoding.windows1252" }],
    });
    const bytes = Uint8Array.from([0x80, 0x92, 0x9c, 0x8c, 0x85, 0xe9, 0x9f]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: "€’œŒ…éŸ" });
    expect(formatIssue({ path: [], code: "encoding.windows1252" }, "fr")).toMatch(
      /^le fichier était enregistré en Windows-1252 \(« ANSI »/,
    );
    expect(formatIssue({ path: [], code: "encoding.windows1252" }, "en")).toContain("UTF-8");
  });

  it("refuses UTF-16, with or without a byte order mark, naming it and saying what to do", () => {
    const text = '{ "formatVersion": 1, "id": "épicerie" }';
    for (const byteOrder of ["LE", "BE"] as const) {
      for (const byteOrderMark of [true, false]) {
        const result = decodeText(encodeUtf16(text, byteOrder, byteOrderMark));
        expect(result).toEqual({
          ok: false,
          issues: [{ path: [], code: "encoding.utf16", params: { byteOrder } }],
        });
      }
    }
    const message = formatIssue(
      { path: [], code: "encoding.utf16", params: { byteOrder: "LE" } },
      "fr",
    );
    expect(message).toContain("UTF-16 LE");
    expect(message).toContain("CSV UTF-8");
  });

  it("refuses a UTF-8 file damaged in a few places, naming the line, rather than guess", () => {
    const head = encodeUtf8("dimension;critère\nÉgalité;Accès\n");
    const damaged = Uint8Array.from([...head, 0x65, 0xe9, 0x0a]);
    const result = decodeText(damaged);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: [], code: "encoding.damagedUtf8", params: { line: 3 } }],
    });
    if (!result.ok) expect(formatIssue(defined(result.issues[0]), "fr")).toMatch(/^ligne 3 : /);
    const markedThenBroken = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xe9]);
    expect(decodeText(markedThenBroken)).toMatchObject({ ok: false });
  });

  it("refuses what is not text: a spreadsheet, a PDF, bytes Windows-1252 leaves undefined", () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xe9]);
    const pdf = Uint8Array.from([
      ...encodeUtf8("%PDF-1.7\n%"),
      ...[0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x78, 0x9c, 0x01, 0x00, 0x9b],
    ]);
    const undefinedByte = Uint8Array.from([0x61, 0x81, 0x62]);
    for (const bytes of [zip, pdf, undefinedByte]) {
      expect(decodeText(bytes)).toEqual({
        ok: false,
        issues: [{ path: [], code: "encoding.notText" }],
      });
    }
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const result = decodeText(bytes);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("decodes four-byte characters and never takes overlong forms or surrogates for UTF-8", () => {
    expect(decodeText(encodeUtf8("🌱 AMAP"))).toMatchObject({ ok: true, text: "🌱 AMAP" });
    for (const bytes of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const result = decodeText(Uint8Array.from(bytes));
      expect(result.ok ? result.encoding : "refused").not.toBe("utf-8");
    }
  });
});

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("expected a value");
  return value;
}
