// Builds the app, then serves the build on a fixed port: the README's start command.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PORT = 4173;

await build({ root, logLevel: "warn" });
const server = await preview({
  root,
  preview: { port: PORT, strictPort: true, host: "127.0.0.1" },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${PORT}/`;
process.stdout.write(
  `Coéval est prêt : ouvrez ${url} dans votre navigateur (Ctrl+C pour arrêter).\n` +
    `Coéval is ready: open ${url} in your browser (Ctrl+C to stop).\n`,
);
