// The README's "Use" example runs as written: its script is saved beside the
// package (so its imports resolve) and run in a scratch folder laid out like the
// repository, where it reads the sample and writes its files.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'lsmp-readme-'));
const script = join(packageDir, `.readme-example-${process.pid}.mts`);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(script, { force: true });
});

it('the Use example writes every one-meeting format', () => {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const example = /## Use\n[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example, 'README has a ts block under "## Use"').toBeDefined();
  const samplePath = /readFileSync\('([^']+)'/.exec(example!)![1]!;
  const cwd = join(scratch, 'packages/report');
  mkdirSync(join(cwd, samplePath, '..'), { recursive: true });
  mkdirSync(cwd, { recursive: true });
  copyFileSync(join(packageDir, samplePath), join(cwd, samplePath));
  writeFileSync(script, example!);
  execFileSync(join(packageDir, '../../node_modules/.bin/tsx'), ['--conditions=@lsmp/source', script], { cwd, stdio: 'pipe' });
  expect(readdirSync(cwd).sort()).toEqual(['actions.csv', 'attendance.csv', 'meeting.html', 'meeting.md', 'next-meeting.ics', 'ocd-event.json', 'popolo.json']);
  expect(readFileSync(join(cwd, 'meeting.html'), 'utf8')).toContain('id="L1"');
});
