// Locates ../shared (the corpora beside the clone). Tests that need it call
// `sharedCorpus()`: when it is missing they skip with a message, except under CI,
// where a missing corpus is a failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(process.env.LSMP_SHARED ?? join(repoRoot, '../shared'));

/**
 * The documents of one corpus folder (`corpus` or `corpus-extra`), each with its text
 * and gold, or null (after a console message) when the folder is missing outside CI.
 * @param {string} name
 * @returns {{ name: string, path: string, text: string, gold: any }[] | null}
 */
export function sharedCorpus(name = 'corpus') {
  const dir = join(sharedDir, name);
  if (!existsSync(dir)) {
    if (process.env.CI) throw new Error(`The shared corpus ${dir} is missing; CI needs it.`);
    console.warn(`skipping: the shared corpus ${dir} is missing`);
    return null;
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const goldPath = join(dir, f.replace(/\.txt$/, '.gold.json'));
      return {
        name: f.replace(/\.txt$/, ''),
        path: join(dir, f),
        text: readFileSync(join(dir, f), 'utf8'),
        gold: existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, 'utf8')) : null,
      };
    });
}
