import { describe, expect, inject, it } from 'vitest';
import { DEVELOPMENT_ONLY, tarballFiles } from '../src/tarball-files.js';

describe('what each tarball holds', () => {
  for (const pkg of inject('packed')) {
    it(`${pkg.name} ships its builds, types and licence, and no tests or fixtures`, async () => {
      const files = await tarballFiles(pkg.tarball);
      expect(files).toEqual(
        expect.arrayContaining(['LICENSE', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']),
      );
      expect(files.filter((file) => DEVELOPMENT_ONLY.some((pattern) => pattern.test(file)))).toEqual([]);
    });
  }
});
