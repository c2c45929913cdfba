import { readFile, stat, writeFile } from "node:fs/promises";

/**
 * Everything the CLI touches outside itself. `run` receives it so tests can
 * drive every command in-process with an in-memory file system.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * The size of a file in bytes, read before the file itself so that a huge one is
   * refused without loading it; rejects with an error whose `code` is "ENOENT" when it
   * does not exist, "EISDIR" when it is a folder.
   */
  fileSize: (path: string) => Promise<number>;
  /** Reads a file's bytes; the text and its encoding are worked out by `decodeText`. */
  readBytes: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, content: string) => Promise<void>;
  /** Writes bytes as they are (a PDF). */
  writeBinaryFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Relative paths given on the command line are resolved against this directory. */
  cwd: string;
  /** Environment variables (COEVAL_LANG); none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The current moment, ISO 8601: files are checked for dates after it. */
  now: () => string;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    fileSize: async (path) => {
      const stats = await stat(path);
      if (stats.isDirectory()) {
        throw Object.assign(new Error(`EISDIR: ${path}`), { code: "EISDIR" });
      }
      return stats.size;
    },
    readBytes: (path) => readFile(path),
    writeFile: (path, content) => writeFile(path, content, "utf8"),
    writeBinaryFile: (path, bytes) => writeFile(path, bytes),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date().toISOString(),
  };
}

/** The error code of a failed file operation ("ENOENT", "EACCES"…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}
