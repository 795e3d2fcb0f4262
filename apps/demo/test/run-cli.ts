import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const cliPath = join(import.meta.dirname, '../src/cli.ts');
export const samplesPath = join(import.meta.dirname, '../samples');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `lsmp` command (from source, through tsx) as a child process. */
export function lsmp(args: readonly string[], options: { input?: string; cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@lsmp/source', cliPath, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    cwd: options.cwd ?? join(import.meta.dirname, '..'),
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
