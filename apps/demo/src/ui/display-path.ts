import { isAbsolute, relative } from 'node:path';

/** A path as short as it can be said: relative to the working folder when inside it, else absolute. */
export function displayPath(path: string): string {
  const shorter = relative(process.cwd(), path);
  return shorter === '' ? '.' : shorter.startsWith('..') || isAbsolute(shorter) ? path : shorter;
}
