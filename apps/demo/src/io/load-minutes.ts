import { basename } from 'node:path';
import type { Minutes } from '@lsmp/model';
import { parseMinutes } from '@lsmp/parser';
import { startProgress } from '../ui/progress.js';
import { readInput } from './read-input.js';
import { resolveInputs } from './resolve-inputs.js';

/** One input read and parsed. */
export interface LoadedMinutes {
  /** The path as given (or found in a folder), or `<stdin>`. */
  name: string;
  /** A file-name-safe id for pages and downloads ("2024-01-riverside-board"). */
  slug: string;
  text: string;
  minutes: Minutes;
  /** Found in a folder, by a glob or among the samples, rather than named on its own. */
  fromCollection: boolean;
}

/** "minutes/2024-01-board.txt" -> "2024-01-board"; unsafe characters become "-", and it never starts with a dot. */
export function slugOf(name: string): string {
  const stem = basename(name).replace(/\.[^.]+$/, '');
  return stem.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'minutes';
}

/** Slugs for the names, in order, made unique with a count ("a", "a-2"). */
export function uniqueSlugs(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const slug = slugOf(name);
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  });
}

/**
 * Reads and parses every input the arguments name (the samples when there are none),
 * showing a progress bar for folders on a terminal.
 */
export async function loadMinutes(argumentsGiven: readonly string[]): Promise<LoadedMinutes[]> {
  const sources = await resolveInputs(argumentsGiven);
  const progress = startProgress(sources.some((s) => s.fromCollection) ? sources.length : 0, 'parsing');
  const inputs = sources.map((source) => readInput(source.path));
  const slugs = uniqueSlugs(inputs.map((input) => input.name));
  try {
    return inputs.map((input, index) => {
      const minutes = parseMinutes(input.text).minutes;
      progress.tick(input.name);
      return { name: input.name, slug: slugs[index]!, text: input.text, minutes, fromCollection: sources[index]!.fromCollection };
    });
  } finally {
    progress.stop();
  }
}

/** One file named on its own: JSON output is then one object rather than an array. */
export function isSingleDocument(loaded: readonly LoadedMinutes[]): boolean {
  return loaded.length === 1 && !loaded[0]!.fromCollection;
}
