import { describe, expect, it } from 'vitest';
import { rehearseRelease } from '../src/rehearse-release.js';
import { publishedPackages } from '../src/workspace.js';

// `pnpm release:rehearse`, minus the type-checks that test/consumer.test.ts already
// runs on the same tarballs: about 25 s on an idle machine, so CI runs it.
describe('release rehearsal', () => {
  it('changeset publish reaches a local Verdaccio, and a fresh project installs lsmp from it by name and version', async () => {
    const lines: string[] = [];
    const result = await rehearseRelease({ log: (line) => lines.push(line), typeCheck: false });
    console.log(lines.filter((line) => !line.includes('changeset publish:')).join('\n'));
    expect(result.published).toEqual(publishedPackages().map(({ manifest }) => ({ name: manifest.name, version: manifest.version })));
  }, 420_000);
});
