import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { inputsRead, realPath } from '../io/input-paths.js';
import { displayPath } from '../ui/display-path.js';
import { deferSignalsUntilWritesEnd } from './defer-signals.js';
import { OutputError, outputFailure } from './output-error.js';

/** A hidden name beside `path`, unique to this process and call, for writing before the rename. */
export function temporaryNameBeside(path: string, suffix = '.tmp'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}${suffix}`);
}

/** Removes a temporary file or folder after a failure, which may be why it cannot be reached. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Nothing was created there, or it cannot be reached: there is nothing to clean up.
  }
}

/** Refuses to write `path` when it is (or links to) a file this run read. */
export function refuseToOverwriteInput(path: string): void {
  if (inputsRead().has(realPath(path))) throw new OutputError(`${displayPath(path)}: is one of the inputs; lsmp never writes over its input, choose another output`);
}

/** Creates a folder (and its parents) to write into, with a one-line error when it cannot. */
export function ensureOutputFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw outputFailure(folder, error);
  }
  if (!statSync(folder).isDirectory()) throw new OutputError(`${displayPath(folder)}: is a file, not a folder to write into`);
}

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder,
 * is flushed to disk, and is renamed over `path`, so readers see the old file or the
 * new one, never a part. On failure the temporary file is removed and an
 * {@link OutputError} names the path. Refuses to write over an input of this run.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  refuseToOverwriteInput(path);
  deferSignalsUntilWritesEnd();
  const target = resolve(path);
  const temporary = temporaryNameBeside(target);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    throw outputFailure(path, error);
  }
}
