import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * @coeval/core is pure (no module-level side effects, enforced by its lint rules), but its
 * barrel re-exports everything: telling the bundler so lets it drop what the app does not
 * use and move what one screen uses (the demo data, the results engine) into that screen's chunk.
 */
const isCoreModule = (id: string) => /[\\/]packages[\\/]core[\\/]src[\\/]/.test(id);

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the built app also works from a sub-folder or a USB stick's web server.
  base: "./",
  build: {
    // The report chunk carries the embedded PDF fonts (about 1.1 MB) and loads only when a
    // report is downloaded; the first screen's budget is checked by `pnpm bench web-bundle`.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      treeshake: { moduleSideEffects: (id: string) => !isCoreModule(id) },
    },
  },
  preview: { port: 4173, strictPort: true },
});
