import { InputError } from '../io/input-error.js';
import { displayPath } from '../ui/display-path.js';

/**
 * An output the CLI could not or would not write. It is an {@link InputError}, so the
 * CLI prints its one line and exits 2, like any other reason a command cannot run.
 */
export class OutputError extends InputError {
  override name = 'OutputError';
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way',
  EEXIST: 'a file is in the way',
  ENAMETOOLONG: 'the name is too long',
};

/** Turns a failed file-system call into an {@link OutputError} naming the path; other errors pass through. */
export function outputFailure(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code) return error instanceof Error ? error : new Error(String(error));
  return new OutputError(`${displayPath(path)}: cannot write there (${REASONS[code] ?? code}); nothing was written`);
}
