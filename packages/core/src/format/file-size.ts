import { issue, type ValidationIssue } from "./issues.ts";

/**
 * The largest file Coéval opens: 100 MB (of 1,048,576 bytes, as Windows counts them).
 * Coéval writes about 440 bytes per rating, so some 200,000 ratings fit: far more than a
 * structure gathers in years. Beyond, decoding and parsing take several times the file's
 * size in memory, more than a phone or an old laptop gives a browser tab; and JavaScript
 * cannot hold a text of 512 MB as one string at all ("Invalid string length").
 */
export const MAX_FILE_SIZE = 100 * 1_048_576;

/** The problem with a file of `size` bytes, checked before reading it; undefined when it is fine. */
export function fileSizeIssue(size: number): ValidationIssue | undefined {
  return size > MAX_FILE_SIZE
    ? issue([], "file.tooLarge", { size, limit: MAX_FILE_SIZE })
    : undefined;
}
