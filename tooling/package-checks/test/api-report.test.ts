import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiEntries, extractApi } from '../src/api-report.js';
import { publishedPackages } from '../src/workspace.js';

// A change to what a package exports (a name, a signature, a schema's shape) must
// come with its docs/api/*.api.md, so that it shows in review.
describe('API reports in docs/api match the built declarations', () => {
  const tempFolder = mkdtempSync(join(tmpdir(), 'lsmp-api-'));
  afterAll(() => rmSync(tempFolder, { recursive: true, force: true }));

  for (const pkg of publishedPackages()) {
    for (const entry of apiEntries(pkg)) {
      it(`${entry.specifier} (docs/api/${entry.reportName}.api.md)`, () => {
        const result = extractApi(pkg, entry, { update: false, tempFolder });
        expect(result.errors).toEqual([]);
        expect(
          result.changed,
          `The public API of ${entry.specifier} changed: run \`pnpm docs\`, review docs/api/${entry.reportName}.api.md and commit it.`,
        ).toBe(false);
      });
    }
  }
});
