/**
 * What text a file's bytes hold. Coéval writes UTF-8; people also bring files saved as
 * "ANSI" by Notepad or Excel on Windows (Windows-1252) and, now and then, UTF-16
 * ("Unicode Text"). Decoding is done here, by hand, because the engine has neither the
 * DOM's nor Node's `TextDecoder`, and because every front must read a file the same way.
 */
import { issue, type ValidationIssue } from "./issues.ts";

export type TextEncoding = "utf-8" | "windows-1252";

export type DecodeTextResult =
  /** `warnings`: how the file was read, when it deserves a word (Windows-1252). */
  | { ok: true; text: string; encoding: TextEncoding; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Windows-1252 bytes 0x80–0x9F (the WHATWG table); 0 for the five bytes it leaves
 * undefined. Every other byte is the Unicode code point of the same value.
 */
const WINDOWS_1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Code units turned into a string this many at a time: `fromCharCode` takes its arguments on the stack. */
const CHUNK = 8192;

/** How many leading bytes are looked at to recognise UTF-16 without a byte order mark. */
const UTF16_SAMPLE = 4096;

function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let start = 0; start < length; start += CHUNK) {
    const chunk = units.subarray(start, Math.min(start + CHUNK, length));
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join("");
}

/** The line (1-based) of a byte offset, counting LF, CRLF and lone CR as line ends. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) {
    const byte = bytes[index];
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * The length of the well-formed UTF-8 sequence at `index` (1 to 4), or 0 when it is not
 * one: no overlong forms, no surrogates, nothing above U+10FFFF (RFC 3629).
 */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] as number;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k++) {
    const byte = bytes[index + k];
    if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) {
      return 0;
    }
  }
  return length;
}

interface Utf8Scan {
  /** Well-formed sequences of more than one byte (accented letters, typographic quotes…). */
  multibyte: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
  firstInvalid: number;
}

function scanUtf8(bytes: Uint8Array, start: number): Utf8Scan {
  const scan: Utf8Scan = { multibyte: 0, invalid: 0, firstInvalid: -1 };
  let index = start;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) {
      if (scan.invalid === 0) scan.firstInvalid = index;
      scan.invalid++;
      index++;
    } else {
      if (length > 1) scan.multibyte++;
      index += length;
    }
  }
  return scan;
}

/** Decodes bytes already known to be well-formed UTF-8. */
function decodeUtf8(bytes: Uint8Array, start: number): string {
  // Each byte gives at most one UTF-16 code unit (four bytes give two).
  const units = new Uint16Array(bytes.length - start);
  let length = 0;
  let index = start;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    const size = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    let codePoint = size === 1 ? lead : lead & (0xff >> (size + 1));
    for (let k = 1; k < size; k++)
      codePoint = (codePoint << 6) | ((bytes[index + k] as number) & 0x3f);
    if (codePoint >= 0x10000) {
      codePoint -= 0x10000;
      units[length++] = 0xd800 + (codePoint >> 10);
      units[length++] = 0xdc00 + (codePoint & 0x3ff);
    } else {
      units[length++] = codePoint;
    }
    index += size;
  }
  return unitsToString(units, length);
}

/**
 * Windows-1252 text, or undefined when the bytes cannot be text in it: a byte the code
 * page leaves undefined, or a control character other than tab and line ends (a
 * spreadsheet, a PDF or an image, not text).
 */
function decodeWindows1252(bytes: Uint8Array): string | undefined {
  const units = new Uint16Array(bytes.length);
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] as number;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return undefined;
    if (byte >= 0x80 && byte <= 0x9f) {
      const codePoint = WINDOWS_1252_80_9F[byte - 0x80] as number;
      if (codePoint === 0) return undefined;
      units[index] = codePoint;
    } else {
      units[index] = byte;
    }
  }
  return unitsToString(units, bytes.length);
}

function isTextByte(byte: number): boolean {
  return byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * "LE" or "BE" when the bytes look like UTF-16 without a byte order mark: text in
 * Latin script has a zero byte in nearly every pair, always on the same side, next to
 * a text character (binary files have zeros too, next to anything).
 */
function utf16ByteOrder(bytes: Uint8Array): "LE" | "BE" | undefined {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE) / 2);
  if (pairs === 0) return undefined;
  const count = { LE: 0, BE: 0, textLE: 0, textBE: 0 };
  for (let pair = 0; pair < pairs; pair++) {
    const first = bytes[2 * pair] as number;
    const second = bytes[2 * pair + 1] as number;
    if (second === 0) {
      count.LE++;
      if (isTextByte(first)) count.textLE++;
    }
    if (first === 0) {
      count.BE++;
      if (isTextByte(second)) count.textBE++;
    }
  }
  const looksLike = (zeros: number, text: number, otherZeros: number) =>
    zeros >= pairs * 0.3 && otherZeros <= pairs * 0.05 && text >= zeros * 0.9;
  if (looksLike(count.LE, count.textLE, count.BE)) return "LE";
  if (looksLike(count.BE, count.textBE, count.LE)) return "BE";
  return undefined;
}

/**
 * The text of a file, from its bytes:
 * - UTF-8, with or without a byte order mark (removed): read as it is;
 * - UTF-16, little or big endian, with a byte order mark or recognised by its zero
 *   bytes: refused, with a message that says how to save the file as UTF-8;
 * - not UTF-8 but plausible Windows-1252 ("ANSI"): read as Windows-1252, with a warning;
 * - mostly UTF-8 with a few malformed bytes (a damaged file, or text of another encoding
 *   pasted in): refused, naming the line of the first one, rather than guessed;
 * - anything else (a spreadsheet, a PDF): refused as not text.
 * Valid UTF-8 is never read as anything else. Pure and total: never throws.
 */
export function decodeText(bytes: Uint8Array): DecodeTextResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: false, issues: [issue([], "encoding.utf16", { byteOrder: "LE" })] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: false, issues: [issue([], "encoding.utf16", { byteOrder: "BE" })] };
  }
  const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = byteOrderMark ? 3 : 0;
  const byteOrder = byteOrderMark ? undefined : utf16ByteOrder(bytes);
  if (byteOrder !== undefined) {
    return { ok: false, issues: [issue([], "encoding.utf16", { byteOrder })] };
  }

  const scan = scanUtf8(bytes, start);
  if (scan.invalid === 0) {
    return { ok: true, text: decodeUtf8(bytes, start), encoding: "utf-8", warnings: [] };
  }
  if (byteOrderMark || scan.multibyte > scan.invalid) {
    const damaged = issue([], "encoding.damagedUtf8");
    return {
      ok: false,
      issues: [{ ...damaged, params: { line: lineOf(bytes, scan.firstInvalid) } }],
    };
  }
  const text = decodeWindows1252(bytes);
  if (text === undefined) return { ok: false, issues: [issue([], "encoding.notText")] };
  return {
    ok: true,
    text,
    encoding: "windows-1252",
    warnings: [issue([], "encoding.windows1252")],
  };
}
