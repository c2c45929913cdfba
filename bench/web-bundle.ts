/**
 * What the web app's first screen costs to download: the entry chunk of a
 * production build and every chunk it imports statically, gzipped. Screens,
 * the chart library and the PDF code are dynamic imports and do not count;
 * they load when someone opens them. Fails above the limit.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { BenchCase } from "./harness.ts";

export const FIRST_SCREEN_LIMIT_KB = 150;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** The files of the entry chunk and of its static imports, transitively, each once. */
export function firstScreenFiles(manifest: Manifest): string[] {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error("the build manifest has no entry chunk");
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`the build manifest has no chunk ${key}`);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key] of entries) visit(key);
  return files.filter((file) => file.endsWith(".js"));
}

export const webBundleCase: BenchCase = {
  name: "web-bundle",
  description: `JavaScript the web app's home screen loads (entry chunk and its static imports), gzipped; limit ${FIRST_SCREEN_LIMIT_KB} kB`,
  run: async ({ log }) => {
    const webRoot = fileURLToPath(new URL("../apps/web/", import.meta.url));
    const outDir = mkdtempSync(join(tmpdir(), "coeval-web-bundle-"));
    try {
      execFileSync(
        "pnpm",
        ["exec", "vite", "build", "--outDir", outDir, "--emptyOutDir", "--manifest"],
        {
          cwd: webRoot,
          stdio: ["ignore", "ignore", "inherit"],
          env: { ...process.env, CI: "true" },
        },
      );
      const manifest = JSON.parse(
        readFileSync(join(outDir, ".vite", "manifest.json"), "utf8"),
      ) as Manifest;
      const bytes = firstScreenFiles(manifest).reduce(
        (sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length,
        0,
      );
      const kB = bytes / 1000;
      log(`BENCH web-bundle first-screen=${kB.toFixed(1)}kB gzip limit=${FIRST_SCREEN_LIMIT_KB}kB`);
      return kB <= FIRST_SCREEN_LIMIT_KB;
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};
