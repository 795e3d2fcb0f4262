import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '../src/cli.ts');
const samples = join(import.meta.dirname, '../samples');

function lsmp(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@lsmp/source', cli, ...args], {
    encoding: 'utf8',
    input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('lsmp parse', () => {
  it('prints the canonical JSON of a sample', () => {
    const { code, stdout } = lsmp(['parse', join(samples, '2024-01-riverside-board.txt'), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.schemaVersion).toBe('1.0.0');
    expect(Array.isArray(json.attendees)).toBe(true);
  });

  it('reads standard input for -', () => {
    const { code, stdout } = lsmp(['parse', '-', '--json'], 'Minutes of the meeting\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).schemaVersion).toBe('1.0.0');
  });

  const dir = mkdtempSync(join(tmpdir(), 'lsmp-cli-'));
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0x4d, 0x00, 0x01, 0x02]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Caf\xe9 minutes', 'latin1'));

  it.each([
    ['a missing file', join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['a directory', dir, /is a directory/],
    ['a binary file', binary, /binary file \(NUL byte at offset 1\)/],
    ['non-UTF-8 input', latin1, /not valid UTF-8 \(first bad byte at offset 3\)/],
  ])('refuses %s with one line on stderr and exit 2', (_, path, message) => {
    const { code, stderr, stdout } = lsmp(['parse', path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
