import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lsmp, samplesPath } from './run-cli.js';

const sampleFiles = readdirSync(samplesPath).filter((f) => f.endsWith('.txt'));

describe('lsmp parse', () => {
  it('reads the bundled sample series when given no input', () => {
    const { code, stdout, stderr } = lsmp(['parse']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const file of sampleFiles) expect(stdout).toContain(file);
  });

  it('prints an array of canonical JSON for a folder and one object for one file', () => {
    const folder = lsmp(['parse', samplesPath, '--json']);
    expect(folder.code).toBe(0);
    const all = JSON.parse(folder.stdout);
    expect(all).toHaveLength(sampleFiles.length);
    expect(all.every((m: { schemaVersion: string }) => m.schemaVersion === '1.0.0')).toBe(true);

    const one = lsmp(['parse', join(samplesPath, sampleFiles[0]!), '--json']);
    expect(one.code).toBe(0);
    expect(Array.isArray(JSON.parse(one.stdout))).toBe(false);
  });

  it('expands glob patterns', () => {
    const { code, stdout } = lsmp(['parse', 'samples/2024-*.txt', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(sampleFiles.filter((f) => f.startsWith('2024-')).length);
  });

  it('reads standard input for -', () => {
    const { code, stdout } = lsmp(['parse', '-', '--json'], { input: 'Minutes of the meeting\n' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).schemaVersion).toBe('1.0.0');
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lsmp-cli-'));
  const emptyFolder = join(dir, 'no-minutes');
  mkdirSync(emptyFolder);
  writeFileSync(join(emptyFolder, 'photo.png'), Buffer.from([0x89, 0x50]));
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0x4d, 0x00, 0x01, 0x02]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Caf\xe9 minutes', 'latin1'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, ' \n\n');

  it.each([
    ['a missing file', [join(dir, 'nope.txt')], /nope\.txt: no such file or folder/],
    ['a folder with no minutes', [emptyFolder], /no-minutes: the folder has no minutes files/],
    ['a glob that matches nothing', [join(dir, '*.minutes')], /no files match this pattern/],
    ['a binary file', [binary], /binary file \(NUL byte at offset 1\)/],
    ['non-UTF-8 input', [latin1], /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['an empty file', [empty], /empty\.txt: is empty, there are no minutes to read/],
  ])('refuses %s with one line on stderr and exit 2', (_, args, message) => {
    for (const command of ['parse', 'check']) {
      const { code, stderr, stdout } = lsmp([command, ...args]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
  });

  it('refuses empty standard input', () => {
    const { code, stderr } = lsmp(['parse', '-'], { input: '' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/<stdin>: is empty/);
  });

  it('exits 2 on bad usage and documents the exit codes in --help', () => {
    expect(lsmp(['parse', '--no-such-option']).code).toBe(2);
    const help = lsmp(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:\n\s+0 {2}success\n\s+1 {2}the input has errors/);
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'));
    expect(lsmp(['--version']).stdout.trim()).toBe(version);
  });
});

describe('lsmp check', () => {
  const notMinutes = 'A shopping list\n\neggs, flour, milk\n';

  it('prints each diagnostic as file:line:col severity message [code]', () => {
    const { code, stdout } = lsmp(['check', '-'], { input: notMinutes });
    // LSMP1001 (not minutes) is an error, so check exits 1.
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<stdin>:\d+:\d+ warning .+ \[LSMP\d{4}\]$/m);
    expect(stdout).toMatch(/^<stdin>:1:1 error .+ \[LSMP1001\]$/m);
  });

  it('exits 1 when a diagnostic is as serious as --fail-on', () => {
    expect(lsmp(['check', '-', '--fail-on', 'warning'], { input: notMinutes }).code).toBe(1);
    const json = lsmp(['check', '-', '--json'], { input: notMinutes });
    expect(JSON.parse(json.stdout).every((d: { file: string; code: string }) => d.file === '<stdin>' && /^LSMP\d{4}$/.test(d.code))).toBe(true);
  });
});

describe('colour', () => {
  const ansiEscape = '\u001b[';

  it('is off when the output is not a terminal, and on when FORCE_COLOR asks', () => {
    const piped = lsmp(['actions', '--status', 'open'], { env: { NO_COLOR: undefined, CI: 'true' } });
    expect(piped.code).toBe(0);
    expect(piped.stdout).not.toContain(ansiEscape);
    const forced = lsmp(['actions', '--status', 'open'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ansiEscape);
  });
});
