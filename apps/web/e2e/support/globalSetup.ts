import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Builds the app once and serves it on a free port for every end-to-end file. */
export default async function setup(project: TestProject) {
  // A folder of its own per run: two runs at once must not overwrite each other's build.
  const outDir = await mkdtemp(join(tmpdir(), "coeval-e2e-"));
  await build({ root, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    logLevel: "warn",
    build: { outDir },
    preview: { port: 0, strictPort: false, host: "127.0.0.1" },
  });
  const address = server.httpServer.address() as AddressInfo;
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
