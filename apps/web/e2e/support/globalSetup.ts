import type { AddressInfo } from "node:net";
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
  const outDir = join(root, "node_modules", ".e2e-dist");
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
  };
}
