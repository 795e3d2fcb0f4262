import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { samplesDirectory } from '../package-paths.js';
import { InputError } from './read-input.js';

/** Where one input comes from: a path on disk, or `-` for standard input. */
export interface InputSource {
  path: string;
  /** Came from a folder, a glob or the default samples: one of possibly many documents. */
  fromCollection: boolean;
}

/** File names a folder may hold minutes in; anything else in a folder is ignored. */
const MINUTES_FILE = /\.(txt|md|markdown)$/i;
/** A folder's README describes the folder; it is not minutes. */
const README_FILE = /^readme\b/i;

function listFolder(folder: string): InputSource[] {
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && MINUTES_FILE.test(entry.name) && !README_FILE.test(entry.name))
    .map((entry) => join(folder, entry.name))
    .sort();
  if (files.length === 0) throw new InputError(`${folder}: the folder has no minutes files (*.txt, *.md)`);
  return files.map((path) => ({ path, fromCollection: true }));
}

async function expandOne(argument: string): Promise<InputSource[]> {
  if (argument === '-') return [{ path: '-', fromCollection: false }];
  if (isDynamicPattern(argument)) {
    const matches = (await glob(argument, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(argument) })).sort();
    if (matches.length === 0) throw new InputError(`${argument}: no files match this pattern`);
    return matches.map((path) => ({ path, fromCollection: true }));
  }
  let isFolder = false;
  try {
    isFolder = statSync(argument).isDirectory();
  } catch {
    throw new InputError(`${argument}: no such file or folder`);
  }
  return isFolder ? listFolder(argument) : [{ path: argument, fromCollection: false }];
}

/**
 * Turns command-line arguments (files, folders, glob patterns, `-`) into the list of
 * inputs to read, in a stable order; no arguments means the bundled sample series.
 * Throws {@link InputError} (exit code 2) for anything that names no minutes.
 */
export async function resolveInputs(argumentsGiven: readonly string[]): Promise<InputSource[]> {
  if (argumentsGiven.length === 0) return listFolder(relative(process.cwd(), samplesDirectory) || '.');
  const sources: InputSource[] = [];
  for (const argument of argumentsGiven) sources.push(...(await expandOne(argument)));
  if (sources.filter((source) => source.path === '-').length > 1) throw new InputError('-: standard input can be read only once');
  return sources;
}
