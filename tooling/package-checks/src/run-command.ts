import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/**
 * Runs a program without a shell and returns its stdout. On failure the error
 * carries the command, its folder and everything it printed, so a red test says why.
 */
export async function runCommand(file: string, args: string[], options: RunOptions): Promise<string> {
  try {
    const { stdout } = await execFileAsync(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      // A hang detector, not a speed check: under a loaded CI machine one tsc run has taken over 120 s.
      timeout: options.timeoutMs ?? 240_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `\`${[file, ...args].join(' ')}\` failed in ${options.cwd}\n${failure.message}\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`,
    );
  }
}

/** The absolute path of `name` on PATH, or null. */
export function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

/**
 * The pnpm to run: the one that started us (`npm_execpath`, set by `pnpm run`, also
 * when pnpm came from `npx -y pnpm@…`), else the `pnpm` on PATH.
 */
export function pnpmCommand(): { file: string; prefix: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    return /\.c?js$/.test(execPath) ? { file: process.execPath, prefix: [execPath] } : { file: execPath, prefix: [] };
  }
  const onPath = findOnPath('pnpm');
  if (!onPath) throw new Error('pnpm was not found: run this through pnpm (`pnpm release:rehearse`, `pnpm test`).');
  return { file: onPath, prefix: [] };
}

/** Runs pnpm with the given arguments. */
export function runPnpm(args: string[], options: RunOptions): Promise<string> {
  const pnpm = pnpmCommand();
  return runCommand(pnpm.file, [...pnpm.prefix, ...args], options);
}
