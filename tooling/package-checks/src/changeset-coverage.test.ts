import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changesetCoverage } from './changeset-coverage.js';
import type { PublishedPackage } from './workspace.js';

// A throwaway repository with one package, released at 0.1.0 in its first commit.
describe('changesetCoverage', () => {
  let root: string;
  let pkg: PublishedPackage;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  const coverage = async () => (await changesetCoverage([pkg], root))[0]!;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lsmp-coverage-'));
    const manifest = { name: '@lsmp/example', version: '0.1.0' };
    write('packages/example/package.json', JSON.stringify(manifest));
    write('packages/example/src/index.ts', 'export const answer = 42;\n');
    write('packages/example/CHANGELOG.md', '# @lsmp/example\n\n## 0.1.0\n\n- First release.\n');
    write('.changeset/README.md', 'Changesets.\n');
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', 'release 0.1.0');
    pkg = { folder: 'example', dir: join(root, 'packages/example'), manifest };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a released package that has not changed since', async () => {
    expect(await coverage()).toMatchObject({ covered: true });
  });

  it('rejects a change to shipped code without a changeset, naming the file', async () => {
    write('packages/example/src/index.ts', 'export const answer = 43;\n');
    const result = await coverage();
    expect(result.covered).toBe(false);
    expect(result.reason).toContain('src/index.ts');
  });

  it('accepts the same change once a changeset names the package', async () => {
    write('packages/example/src/index.ts', 'export const answer = 43;\n');
    write('.changeset/brave-owls.md', '---\n"@lsmp/example": patch\n---\n\nThe answer is 43.\n');
    expect(await coverage()).toMatchObject({ covered: true });
  });

  it('does not ask for a changeset when only tests change', async () => {
    write('packages/example/src/index.test.ts', 'test file\n');
    write('packages/example/test/fixtures/case/input.txt', 'fixture\n');
    expect(await coverage()).toMatchObject({ covered: true });
  });

  it('rejects a version that was never released when no changeset names it', async () => {
    pkg = { ...pkg, manifest: { ...pkg.manifest, version: '0.2.0' } };
    const result = await coverage();
    expect(result.covered).toBe(false);
    expect(result.reason).toContain('never released');
  });
});
