// Golden files: the expected output of a renderer, reviewed by hand and committed.
// A mismatch fails with a line diff; `UPDATE_GOLDEN=1 pnpm --filter @lsmp/report test`
// rewrites them (then read the git diff before committing). A missing file is
// written outside CI and the test fails, so nothing passes unreviewed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { expect } from 'vitest';

export const goldenRoot = import.meta.dirname;
const update = process.env.UPDATE_GOLDEN === '1';

/**
 * Compares `actual` with the golden file at `path` (relative to test/golden).
 * `null` means the renderer must give nothing, and no file may exist.
 */
export function expectGolden(path: string, actual: string | null): void {
  const file = `${goldenRoot}/${path}`;
  const name = relative(process.cwd(), file);
  if (update) {
    if (actual === null) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (actual === null) {
    expect(existsSync(file), `${name} exists, but the renderer now gives nothing`).toBe(false);
    return;
  }
  if (!existsSync(file)) {
    if (!process.env.CI) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, actual);
    }
    expect.fail(`${name} was missing${process.env.CI ? '' : ' and has been written: review it, then re-run'}.`);
  }
  expect(actual, `${name} differs (UPDATE_GOLDEN=1 rewrites it; review the diff)`).toBe(readFileSync(file, 'utf8'));
}
