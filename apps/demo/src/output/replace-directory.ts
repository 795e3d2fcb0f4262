import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { inputsRead } from '../io/input-paths.js';
import { displayPath } from '../ui/display-path.js';
import { deferSignalsUntilWritesEnd } from './defer-signals.js';
import { OutputError, outputFailure } from './output-error.js';
import { removeQuietly, temporaryNameBeside } from './write-atomic.js';

/** Refuses to replace a folder that holds a file this run read. */
function refuseToReplaceInputs(root: string): void {
  const inside = [...inputsRead()].find((input) => input === root || input.startsWith(root + sep));
  if (inside) throw new OutputError(`${displayPath(root)}: holds ${displayPath(inside)}, one of the inputs; lsmp never writes over its input, choose another output folder`);
}

/**
 * Writes a whole folder atomically: `populate` fills a temporary folder beside
 * `folder`, which then takes its place (the old folder, if any, is moved aside and
 * removed only after). If anything fails, the temporary folder is removed and the old
 * folder is left as it was. Refuses to replace a folder holding an input of this run.
 * @returns The folder's absolute path.
 */
export function replaceDirectoryAtomic(folder: string, populate: (staging: string) => void): string {
  const root = resolve(folder);
  refuseToReplaceInputs(root);
  deferSignalsUntilWritesEnd();
  const staging = temporaryNameBeside(root, '.tmp');
  try {
    mkdirSync(dirname(root), { recursive: true });
    mkdirSync(staging);
  } catch (error) {
    throw outputFailure(folder, error);
  }
  const previous = existsSync(root) ? temporaryNameBeside(root, '.old') : null;
  try {
    populate(staging);
    if (previous) renameSync(root, previous);
    renameSync(staging, root);
  } catch (error) {
    removeQuietly(staging);
    if (previous && existsSync(previous) && !existsSync(root)) renameSync(previous, root);
    throw outputFailure(folder, error);
  }
  if (previous) rmSync(previous, { recursive: true, force: true });
  return root;
}
