// The `coeval` executable: wires the process to `run`, which does all the work.
import { errorCode, processIo } from "./io.ts";
import { run } from "./run.ts";

// `coeval results f | head` closes the pipe early: stop quietly rather than print a stack trace.
process.stdout.on("error", (error) => {
  if (errorCode(error) === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), processIo());
