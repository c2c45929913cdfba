import { readFile, writeFile } from "node:fs/promises";

/**
 * Everything the CLI touches outside itself. `run` receives it so tests can
 * drive every command in-process with an in-memory file system.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a UTF-8 text file; rejects with an error whose `code` is "ENOENT" when it does not exist. */
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, content: string) => Promise<void>;
  /** Writes bytes as they are (a PDF). */
  writeBinaryFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Relative paths given on the command line are resolved against this directory. */
  cwd: string;
  /** Environment variables (COEVAL_LANG); none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
    writeFile: (path, content) => writeFile(path, content, "utf8"),
    writeBinaryFile: (path, bytes) => writeFile(path, bytes),
    cwd: process.cwd(),
    env: process.env,
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
