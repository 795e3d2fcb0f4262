import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../io/read-input.js';
import { replaceDirectoryAtomic } from '../output/replace-directory.js';
import { builtPageFolder } from '../package-paths.js';
import type { SiteFile } from './site-file.js';

/** The file that marks a folder as a site lsmp wrote, and so safe to replace. */
const SITE_MARKER = 'api/index.json';

/** Has the browser page been built, so that it can go into the site? */
export function hasBuiltPage(): boolean {
  return existsSync(join(builtPageFolder, 'index.html'));
}

/**
 * Writes the site into `outFolder`, replacing what an earlier run left there, and
 * copies the built browser page into `page/` when there is one. The folder is
 * replaced atomically (see {@link replaceDirectoryAtomic}).
 */
export function writeSite(outFolder: string, files: readonly SiteFile[], withPage: boolean): string {
  const root = resolve(outFolder);
  if (existsSync(root)) {
    if (!statSync(root).isDirectory()) throw new InputError(`${outFolder}: is a file, not a folder to write the site into`);
    const isOurs = existsSync(join(root, SITE_MARKER)) || readdirSync(root).length === 0;
    if (!isOurs) throw new InputError(`${outFolder}: exists and is not a site lsmp wrote; choose another --out or empty it first`);
  }
  // Built beside the old site and swapped in whole: a failed or interrupted run leaves the old site as it was.
  return replaceDirectoryAtomic(root, (staging) => {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    if (withPage) cpSync(builtPageFolder, join(staging, 'page'), { recursive: true });
  });
}
