import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, inject, it } from 'vitest';
import { runCommand } from '../src/run-command.js';

// The CLI's own entry, run with this Node: `attw <tarball>` is `attw --pack` on
// the tarball pnpm made (with `workspace:` ranges replaced), the one we publish.
const attwBin = join(dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');

describe.concurrent('Are The Types Wrong', () => {
  for (const pkg of inject('packed')) {
    it(`finds no problem in ${pkg.name} under node10, node16 (CJS and ESM) and bundler`, async () => {
      // Exits non-zero on any problem; runCommand then throws with the table.
      await runCommand(
        process.execPath,
        [attwBin, pkg.tarball, '--profile', 'strict', '--no-definitely-typed', '--format', 'table-flipped', '--no-color', '--no-emoji'],
        { cwd: dirname(pkg.tarball) },
      );
    });
  }
});
