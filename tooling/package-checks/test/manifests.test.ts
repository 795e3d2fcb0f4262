import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot } from '../src/workspace.js';

it('these checks depend on every published package, so turbo builds each one first', () => {
  const own = JSON.parse(readFileSync(join(repoRoot, 'tooling/package-checks/package.json'), 'utf8'));
  const missing = publishedPackages()
    .map(({ manifest }) => manifest.name)
    .filter((name) => own.devDependencies?.[name] !== 'workspace:*');
  expect(missing, 'add them to the devDependencies of tooling/package-checks').toEqual([]);
});

// publint and attw check that the fields are valid; these check that they say what
// lsmp promises its users.
describe('package.json of each published package', () => {
  for (const { manifest } of publishedPackages()) {
    const raw = manifest as unknown as Record<string, unknown>;
    it(`${manifest.name} is public, side-effect free, MIT, for Node 20`, () => {
      expect(raw.sideEffects).toBe(false);
      expect(raw.license).toBe('MIT');
      // Node 20 or a later 20.x minor, when a dependency needs one.
      expect((raw.engines as { node?: string } | undefined)?.node).toMatch(/^>=20(\.\d+){0,2}$/);
      expect(raw.publishConfig).toMatchObject({ access: 'public' });
      expect(raw.type).toBe('module');
    });

    it(`${manifest.name} puts types first in every condition of its exports`, () => {
      const conditionObjects: [string, Record<string, unknown>][] = [];
      const visit = (path: string, value: unknown): void => {
        if (value === null || typeof value !== 'object') return;
        const entries = Object.entries(value as Record<string, unknown>);
        if (entries.some(([key]) => key === 'default')) conditionObjects.push([path, value as Record<string, unknown>]);
        for (const [key, child] of entries) visit(`${path}/${key}`, child);
      };
      visit('exports', manifest.exports);
      const withTypes = conditionObjects.filter(([, conditions]) => 'types' in conditions);
      expect(withTypes.length).toBeGreaterThanOrEqual(2);
      for (const [path, conditions] of withTypes) {
        expect(Object.keys(conditions)[0], path).toBe('types');
      }
    });

    it(`${manifest.name} gives ESM and CommonJS their own types`, () => {
      const root = manifest.exports?.['.'] as Record<string, Record<string, string>>;
      expect(root.import).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
      expect(root.require).toEqual({ types: './dist/index.d.cts', default: './dist/index.cjs' });
    });
  }
});
