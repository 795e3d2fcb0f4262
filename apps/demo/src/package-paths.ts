import { fileURLToPath } from 'node:url';

/**
 * The bundled fictional sample series, every command's default input. This file sits
 * directly in `src/`, and tsup bundles it into `dist/cli.js`, so `../samples/` is the
 * right path both when run from source (tsx) and from the built binary.
 */
export const samplesDirectory = fileURLToPath(new URL('../samples/', import.meta.url));
