import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/** Where `vite build` writes the page; `lsmp report` copies it into the report site. */
export const pageOutDir = fileURLToPath(new URL('./dist-page/', import.meta.url));

/**
 * The built page may load only its own files: no network requests, no inline scripts.
 * Added at build time only, because the dev server's live reload needs a websocket.
 */
const contentSecurityPolicy: Plugin = {
  name: 'lsmp-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content:
          "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-src 'self' blob:; connect-src 'none'; base-uri 'none'; form-action 'none'",
      },
      injectTo: 'head-prepend',
    },
  ],
};

/**
 * The report site is often opened straight from disk (file://), where browsers refuse
 * module scripts and `crossorigin` requests. The page is one chunk, built as a classic
 * deferred script, so it runs there too.
 */
const classicScript: Plugin = {
  name: 'lsmp-classic-script',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/<script type="module" crossorigin /g, '<script defer ').replace(/ crossorigin(?=[ >])/g, ''),
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('./web/', import.meta.url)),
  // Relative asset paths, so the page works from any folder of the report site and from file://.
  base: './',
  // Workspace packages resolve to their TypeScript sources, as in the tests and the CLI.
  resolve: {
    conditions: ['@lsmp/source', ...defaultClientConditions],
    // csv-stringify's Node build (which @lsmp/report imports) uses Buffer; its browser
    // build bundles what it needs. Its exports map has no `browser` condition to pick it.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  },
  plugins: [contentSecurityPolicy, classicScript],
  build: { outDir: pageOutDir, emptyOutDir: true, target: 'es2022', rollupOptions: { output: { format: 'iife' } } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
