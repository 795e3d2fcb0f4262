import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, nodeSchemeSpecifiers } from '../src/bundle.js';
import { ENTRY_CEILINGS, MICROMARK_GZIP, MUST_NOT_APPEAR_IN_PARSER, PARSER_BROWSER_CEILING } from '../src/size-budgets.js';
import { externalNames, publishedPackages, repoRoot } from '../src/workspace.js';

// Bundles resolve the workspace packages from here, through their `exports`, so
// they hold the built dist/ (the turbo task builds the packages first).
const workingDir = join(repoRoot, 'tooling/package-checks');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

describe('size budgets (gzip bytes, minified for the browser)', () => {
  for (const { manifest } of publishedPackages()) {
    it(`${manifest.name}: its own entry stays within its ceiling and names no node: module`, async () => {
      const ceiling = ENTRY_CEILINGS[manifest.name];
      expect(ceiling, `add a ceiling for ${manifest.name} to src/size-budgets.ts`).toBeTypeOf('number');
      const bundle = await bundleForBrowser(
        { contents: `export * from '${manifest.name}';` },
        { workingDir, external: externalNames(manifest) },
      );
      console.log(`${manifest.name} entry: ${kb(bundle.gzipBytes)} gzipped (ceiling ${kb(ceiling!)})`);
      expect(bundle.gzipBytes).toBeLessThanOrEqual(ceiling!);
      expect(nodeSchemeSpecifiers(bundle.code)).toEqual([]);
    });
  }

  // Known gap: the bundle is 21.1 KB, over micromark's 15 KB; this starts failing when the parser gets there.
  it.fails('@lsmp/parser: the whole browser bundle is smaller than micromark (15 KB)', async () => {
    const bundle = await bundleForBrowser({ contents: `export * from '@lsmp/parser';` }, { workingDir });
    expect(bundle.gzipBytes).toBeLessThan(MICROMARK_GZIP);
  });

  it('@lsmp/parser: the whole browser bundle stays within its ceiling and carries no zod', async () => {
    const bundle = await bundleForBrowser({ contents: `export * from '@lsmp/parser';` }, { workingDir });
    console.log(`@lsmp/parser browser bundle: ${kb(bundle.gzipBytes)} gzipped (ceiling ${kb(PARSER_BROWSER_CEILING)})`);
    expect(bundle.gzipBytes).toBeLessThan(PARSER_BROWSER_CEILING);
    for (const name of MUST_NOT_APPEAR_IN_PARSER) {
      expect(bundle.inputs.filter((input) => input.includes(`node_modules/${name}/`))).toEqual([]);
    }
    // Sanity: the bundle does hold the parser's own build.
    expect(bundle.inputs.some((input) => input.endsWith('parser/dist/index.js'))).toBe(true);
  });
});

describe('library builds are browser-safe', () => {
  for (const pkg of publishedPackages()) {
    it(`${pkg.manifest.name}: no file in dist names a node: module`, () => {
      const dist = join(pkg.dir, 'dist');
      const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.[cm]?js$/.test(file));
      expect(scripts.length).toBeGreaterThan(0);
      const offenders = scripts.flatMap((file) =>
        nodeSchemeSpecifiers(readFileSync(join(dist, file), 'utf8')).map((specifier) => `${file}: ${specifier}`),
      );
      expect(offenders).toEqual([]);
    });
  }
});
