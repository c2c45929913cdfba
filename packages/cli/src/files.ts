import { decodeText, fileSizeIssue, formatIssue, type ValidationIssue } from "@coeval/core";
import { type CommandContext, EXIT_FAILURE, line, resolvePath } from "./command.ts";
import { errorCode } from "./io.ts";

function describeFailure(context: CommandContext, path: string, error: unknown): string {
  const { files } = context.m;
  switch (errorCode(error)) {
    case "ENOENT":
      return files.notFound(path);
    case "EISDIR":
      return files.isDirectory(path);
    case "EACCES":
    case "EPERM":
      return files.notAllowed(path);
    default:
      return files.unreadable(path, error instanceof Error ? error.message : String(error));
  }
}

/** A text file as read: its text, and what deserves a word about how it was read. */
export interface TextFile {
  text: string;
  /** E.g. "read as Windows-1252": printed by the caller, with the file's other warnings. */
  warnings: ValidationIssue[];
}

/**
 * The size first (a file over the limit is never loaded), then the bytes, decoded as
 * every front decodes them. Prints why and returns undefined when the bytes are not
 * text Coéval reads; file system errors are thrown for the caller to word.
 */
async function readDecoded(context: CommandContext, path: string): Promise<TextFile | undefined> {
  const absolutePath = resolvePath(context.io, path);
  const sizeIssue = fileSizeIssue(await context.io.fileSize(absolutePath));
  const decoded = sizeIssue
    ? { ok: false as const, issues: [sizeIssue] }
    : decodeText(await context.io.readBytes(absolutePath));
  if (!decoded.ok) {
    printIssues(context.io.stderr, context.m.files.cannotRead(path), decoded.issues, context);
    return undefined;
  }
  return { text: decoded.text, warnings: decoded.warnings };
}

/** Reads a text file named on the command line; prints why and returns undefined when it cannot. */
export async function readTextFile(
  context: CommandContext,
  path: string,
): Promise<TextFile | undefined> {
  try {
    return await readDecoded(context, path);
  } catch (error) {
    line(context.io.stderr, describeFailure(context, path, error));
    return undefined;
  }
}

/** Like readTextFile, but a missing file is an expected answer (`exists: false`), not an error. */
export async function readOptionalTextFile(
  context: CommandContext,
  path: string,
): Promise<({ exists: true } & TextFile) | { exists: false } | undefined> {
  try {
    const file = await readDecoded(context, path);
    return file && { exists: true, ...file };
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { exists: false };
    line(context.io.stderr, describeFailure(context, path, error));
    return undefined;
  }
}

/** Whether a file exists, without reading it (it may be a PDF); undefined when that cannot be told. */
export async function fileExists(
  context: CommandContext,
  path: string,
): Promise<boolean | undefined> {
  try {
    await context.io.fileSize(resolvePath(context.io, path));
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    line(context.io.stderr, describeFailure(context, path, error));
    return undefined;
  }
}

/** Prints a heading and every issue as `path : message`, one per line. */
export function printIssues(
  write: (text: string) => void,
  heading: string,
  issues: readonly ValidationIssue[],
  context: CommandContext,
): void {
  line(write, heading);
  for (const issue of issues) line(write, `  ${formatIssue(issue, context.t.language)}`);
}

/** Prints the problems that stop a command, then that no file changed: the command's failure. */
export function refuseWithIssues(
  context: CommandContext,
  heading: string,
  issues: readonly ValidationIssue[],
): typeof EXIT_FAILURE {
  printIssues(context.io.stderr, heading, issues, context);
  line(context.io.stderr, context.m.files.nothingWritten);
  return EXIT_FAILURE;
}

/** Warnings go to standard error, so that standard output stays the command's answer. */
export function printWarnings(
  context: CommandContext,
  path: string,
  warnings: readonly ValidationIssue[],
): void {
  if (warnings.length === 0) return;
  printIssues(
    context.io.stderr,
    context.m.files.warningsHeading(path, warnings.length, context.f),
    warnings,
    context,
  );
}

/** Writes with `write`; prints why and returns false when it cannot. */
async function writeFileWith(
  context: CommandContext,
  path: string,
  write: (absolutePath: string) => Promise<void>,
): Promise<boolean> {
  try {
    await write(resolvePath(context.io, path));
    return true;
  } catch (error) {
    const { files } = context.m;
    const code = errorCode(error);
    const reason =
      code === "ENOENT"
        ? files.folderMissing
        : code === "EACCES" || code === "EPERM"
          ? files.accessDenied
          : code === "EISDIR"
            ? files.isFolder
            : error instanceof Error
              ? error.message
              : String(error);
    line(context.io.stderr, files.unwritable(path, reason));
    return false;
  }
}

export function writeTextFile(
  context: CommandContext,
  path: string,
  content: string,
): Promise<boolean> {
  return writeFileWith(context, path, (absolutePath) =>
    context.io.writeFile(absolutePath, content),
  );
}

export function writeBinaryFile(
  context: CommandContext,
  path: string,
  bytes: Uint8Array,
): Promise<boolean> {
  return writeFileWith(context, path, (absolutePath) =>
    context.io.writeBinaryFile(absolutePath, bytes),
  );
}
