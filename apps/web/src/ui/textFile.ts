import { type DecodeTextResult, decodeText, fileSizeIssue } from "@coeval/core";

export type TextFileResult =
  | DecodeTextResult
  /** The browser could not read the file at all (removed, no permission). */
  | { ok: false; unreadable: true };

/**
 * A file chosen by the person, as text: its size is checked before it is read, and its
 * bytes are decoded by the engine, as the command line does, so that both say the same
 * thing about a file saved as Windows-1252 or UTF-16.
 */
export async function readTextFile(file: Blob): Promise<TextFileResult> {
  const tooLarge = fileSizeIssue(file.size);
  if (tooLarge !== undefined) return { ok: false, issues: [tooLarge] };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, unreadable: true };
  }
  return decodeText(new Uint8Array(buffer));
}
