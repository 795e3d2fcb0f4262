import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** A minified browser bundle and what went into it. */
export interface BrowserBundle {
  code: string;
  gzipBytes: number;
  /** Paths of the files esbuild read, relative to the working folder. */
  inputs: string[];
}

export interface BundleOptions {
  /** Folder whose node_modules resolve the imports. */
  workingDir: string;
  /** Module specifiers left out of the bundle (a package's own dependencies). */
  external?: string[];
  /** `iife` to run the bundle as a script; `esm` to measure a library entry. */
  format?: 'esm' | 'iife';
}

/**
 * Bundles `source` for the browser as a web app would (esbuild, `platform: 'browser'`,
 * minified) and gzips it. Packages resolve through their `exports` with the
 * browser's conditions, so the bundle holds the built `dist`, never `src`.
 */
export async function bundleForBrowser(entry: { path: string } | { contents: string }, options: BundleOptions): Promise<BrowserBundle> {
  const result = await build({
    ...('path' in entry
      ? { entryPoints: [entry.path] }
      : { stdin: { contents: entry.contents, resolveDir: options.workingDir, loader: 'js' } }),
    absWorkingDir: options.workingDir,
    bundle: true,
    minify: true,
    platform: 'browser',
    format: options.format ?? 'esm',
    target: 'es2022',
    external: options.external ?? [],
    loader: { '.txt': 'text' },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, gzipBytes: gzipSync(code, { level: 9 }).byteLength, inputs: Object.keys(result.metafile.inputs) };
}

/** Quoted module specifiers with the `node:` scheme, as in `import 'node:fs'` or `require("node:path")`. */
export function nodeSchemeSpecifiers(code: string): string[] {
  return [...code.matchAll(/["'`]node:[\w/]+["'`]/g)].map((match) => match[0]);
}
