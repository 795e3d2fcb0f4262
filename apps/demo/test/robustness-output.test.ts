// Outputs are written atomically and never over an input: a write that fails leaves
// nothing behind (no partial file, no temporary file, the old output intact) and
// says why in one line with exit code 2.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rememberInput } from '../src/io/input-paths.js';
import { OutputError } from '../src/output/output-error.js';
import { replaceDirectoryAtomic } from '../src/output/replace-directory.js';
import { writeFileAtomic } from '../src/output/write-atomic.js';
import { cliPath, lsmp, samplesPath } from './run-cli.js';

const sampleFile = join(samplesPath, '2024-01-riverside-board.txt');

function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'lsmp-output-'));
  chmodSync(folder, 0o755); // readable by the unprivileged user the read-only tests run as
  return folder;
}

describe('writeFileAtomic', () => {
  it('writes or replaces the file and leaves nothing else', () => {
    const folder = freshFolder();
    const path = join(folder, 'minutes.json');
    writeFileAtomic(path, '{"old":true}');
    writeFileAtomic(path, '{"new":true}');
    expect(readFileSync(path, 'utf8')).toBe('{"new":true}');
    expect(readdirSync(folder)).toEqual(['minutes.json']);
  });

  it('fails with a one-line OutputError and leaves nothing when the folder cannot hold it', () => {
    const folder = freshFolder();
    writeFileSync(join(folder, 'not-a-folder'), 'x');
    const attempt = () => writeFileAtomic(join(folder, 'not-a-folder', 'minutes.json'), 'content');
    expect(attempt).toThrow(OutputError);
    expect(attempt).toThrow(/not-a-folder\/minutes\.json: cannot write there \(a part of the path is a file, not a folder\); nothing was written/);
    expect(readdirSync(folder)).toEqual(['not-a-folder']);
  });

  it('refuses to write over a file the run read, also through a symbolic link', () => {
    const folder = freshFolder();
    const input = join(folder, 'minutes.txt');
    writeFileSync(input, 'the minutes');
    symlinkSync(input, join(folder, 'link.txt'));
    rememberInput(input);
    expect(() => writeFileAtomic(input, 'oops')).toThrow(/minutes\.txt: is one of the inputs; lsmp never writes over its input/);
    expect(() => writeFileAtomic(join(folder, 'link.txt'), 'oops')).toThrow(OutputError);
    expect(readFileSync(input, 'utf8')).toBe('the minutes');
  });
});

describe('replaceDirectoryAtomic', () => {
  it('swaps the new folder in whole', () => {
    const parent = freshFolder();
    const site = join(parent, 'site');
    replaceDirectoryAtomic(site, (staging) => writeFileSync(join(staging, 'old.html'), 'old'));
    replaceDirectoryAtomic(site, (staging) => writeFileSync(join(staging, 'new.html'), 'new'));
    expect(readdirSync(site)).toEqual(['new.html']);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('leaves the old folder as it was, and no temporary folder, when writing fails half-way', () => {
    const parent = freshFolder();
    const site = join(parent, 'site');
    replaceDirectoryAtomic(site, (staging) => writeFileSync(join(staging, 'index.html'), 'old site'));
    const failing = () =>
      replaceDirectoryAtomic(site, (staging) => {
        writeFileSync(join(staging, 'index.html'), 'half a new site');
        writeFileSync(join(staging, 'missing-folder', 'page.html'), 'never written');
      });
    expect(failing).toThrow(/site: cannot write there \(the folder does not exist\); nothing was written/);
    expect(readdirSync(parent)).toEqual(['site']);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('old site');
  });

  it('refuses to replace a folder holding a file the run read', () => {
    const parent = freshFolder();
    mkdirSync(join(parent, 'site'));
    const input = join(parent, 'site', 'minutes.txt');
    writeFileSync(input, 'the minutes');
    rememberInput(input);
    expect(() => replaceDirectoryAtomic(join(parent, 'site'), () => {})).toThrow(/site: holds .*minutes\.txt, one of the inputs/);
    expect(readFileSync(input, 'utf8')).toBe('the minutes');
  });
});

const asRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
/** Root writes anywhere, so under root (as in CI) the read-only test runs lsmp as `nobody`, if nobody can read it. */
const nobodyCanRunLsmp = asRoot && spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(cliPath)})`], NOBODY).status === 0;
const canTestReadOnly = !asRoot || nobodyCanRunLsmp;
if (!canTestReadOnly) console.warn('skipping the read-only folder test: running as root, and user nobody cannot read this checkout');

/** Runs lsmp as a user who cannot write to a read-only folder. */
function lsmpWithoutWriteAccess(args: readonly string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@lsmp/source', cliPath, ...args], {
    encoding: 'utf8',
    input: '',
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    ...(asRoot ? NOBODY : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the command line', () => {
  it('refuses an output folder it cannot create (a file in the way) with one line and exit 2', () => {
    const folder = freshFolder();
    writeFileSync(join(folder, 'blocked'), 'a file, not a folder');
    const run = lsmp(['report', sampleFile, '--out', join(folder, 'blocked', 'site')]);
    expect(run.stderr).toMatch(/^lsmp: .*blocked\/site: cannot write there \(a file is in the way\); nothing was written\n$/);
    expect(run.code).toBe(2);
    expect(readdirSync(folder)).toEqual(['blocked']);
  });

  it.skipIf(!canTestReadOnly)('refuses a read-only output folder with one line and exit 2, and leaves nothing in it', () => {
    const readOnly = join(freshFolder(), 'read-only');
    mkdirSync(readOnly, { mode: 0o555 });
    chmodSync(readOnly, 0o555);
    const report = lsmpWithoutWriteAccess(['report', sampleFile, '--out', join(readOnly, 'site')]);
    expect(report.stderr).toMatch(/^lsmp: .*read-only\/site: cannot write there \(permission denied\); nothing was written\n$/);
    expect(report.code).toBe(2);
    const exported = lsmpWithoutWriteAccess(['export', sampleFile, '--format', 'csv', '--out', readOnly]);
    expect(exported.stderr).toMatch(/^lsmp: .*read-only\/2024-01-riverside-board-actions\.csv: cannot write there \(permission denied\); nothing was written\n$/);
    expect(exported.code).toBe(2);
    expect(readdirSync(readOnly)).toEqual([]);
  });

  it('never writes an export over its input', () => {
    const folder = freshFolder();
    const input = join(folder, 'meeting.json'); // minutes text, oddly named: the export would be meeting.json too
    writeFileSync(input, readFileSync(sampleFile));
    const run = lsmp(['export', input, '--format', 'json', '--out', folder]);
    expect(run.stderr).toMatch(/meeting\.json: is one of the inputs; lsmp never writes over its input, choose another output\n$/);
    expect(run.code).toBe(2);
    expect(readFileSync(input)).toEqual(readFileSync(sampleFile));
    expect(readdirSync(folder)).toEqual(['meeting.json']);
  });

  it('never replaces a report site that holds its input', () => {
    const site = join(freshFolder(), 'site');
    expect(lsmp(['report', sampleFile, '--out', site]).code).toBe(0);
    const input = join(site, 'minutes.txt');
    writeFileSync(input, readFileSync(sampleFile));
    const run = lsmp(['report', input, '--out', site]);
    expect(run.stderr).toMatch(/site: holds .*minutes\.txt, one of the inputs; lsmp never writes over its input/);
    expect(run.code).toBe(2);
    expect(existsSync(input)).toBe(true);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  });

  it('finishes a write before an interrupt ends the run, leaving no temporary folder', () => {
    const parent = freshFolder();
    const writer = join(import.meta.dirname, '../src/output/replace-directory.ts');
    // The populate step interrupts its own process half-way, then writes on.
    const script = `
      import { writeFileSync } from 'node:fs';
      import { join } from 'node:path';
      import { replaceDirectoryAtomic } from ${JSON.stringify(writer)};
      replaceDirectoryAtomic(${JSON.stringify(join(parent, 'site'))}, (staging) => {
        writeFileSync(join(staging, 'first.html'), '1');
        process.kill(process.pid, 'SIGINT');
        const until = Date.now() + 300;
        while (Date.now() < until);
        writeFileSync(join(staging, 'second.html'), '2');
      });
      setTimeout(() => console.log('not interrupted'), 2000);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(130);
    expect(readdirSync(parent)).toEqual(['site']);
    expect(readdirSync(join(parent, 'site')).sort()).toEqual(['first.html', 'second.html']);
  });
});
