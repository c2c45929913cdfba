import { type CommandContext, line, resolvePath } from "./command.ts";
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

/** Reads a text file named on the command line; prints why and returns undefined when it cannot. */
export async function readTextFile(
  context: CommandContext,
  path: string,
): Promise<string | undefined> {
  try {
    return await context.io.readFile(resolvePath(context.io, path));
  } catch (error) {
    line(context.io.stderr, describeFailure(context, path, error));
    return undefined;
  }
}

/** Like readTextFile, but a missing file is an expected answer (`exists: false`), not an error. */
export async function readOptionalTextFile(
  context: CommandContext,
  path: string,
): Promise<{ exists: true; text: string } | { exists: false } | undefined> {
  try {
    return { exists: true, text: await context.io.readFile(resolvePath(context.io, path)) };
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { exists: false };
    line(context.io.stderr, describeFailure(context, path, error));
    return undefined;
  }
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
