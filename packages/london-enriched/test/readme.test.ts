/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

describe('the README', () => {
  it('runs its Use example and prints what it says it prints', () => {
    const example = /## Use\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    // The comment lines right after the loop are the output the README promises.
    const promised = /\n\}\n((?:\/\/ .*\n)+)/.exec(example!)![1]!.split('\n').filter(Boolean).map((line) => line.slice(3));
    const dir = mkdtempSync(join(packageDir, 'test', '.readme-'));
    try {
      const file = join(dir, 'example.ts');
      writeFileSync(file, example!);
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@lsmp/source', file], { encoding: 'utf8', cwd: packageDir });
      expect(run.stderr).toBe('');
      expect(run.stdout.trimEnd().split('\n')).toEqual(promised);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000); // (tsx compiles the example in a child process: tens of seconds on a loaded machine)
});
