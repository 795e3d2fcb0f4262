import { fileURLToPath } from 'node:url';

// This file sits directly in `src/`, and tsup bundles it into `dist/cli.js`, so paths
// relative to it are the same whether lsmp runs from source (tsx) or from the build.

/** The bundled fictional sample series, every command's default input. */
export const samplesDirectory = fileURLToPath(new URL('../samples/', import.meta.url));

/** Where `vite build` leaves the browser page (see vite.config.ts). */
export const builtPageFolder = fileURLToPath(new URL('../dist-page/', import.meta.url));
