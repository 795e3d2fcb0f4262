import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every file this run has read, by its real path: outputs must never overwrite one. */
const inputPaths = new Set<string>();

/** The path with symbolic links resolved where it exists, else made absolute. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Records a file the run read. */
export function rememberInput(path: string): void {
  inputPaths.add(realPath(path));
}

/** The real paths of the files read so far. */
export function inputsRead(): ReadonlySet<string> {
  return inputPaths;
}
