// Golden output for each document of ../shared/corpus: the parser's canonical JSON,
// reviewed by hand (see golden/REVIEW.md for the spots known to be wrong). The corpus
// text stays in ../shared; only the parser's output is stored here.
//   UPDATE_GOLDEN=1 pnpm test   or   pnpm --filter @lsmp/parser golden:update
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/index.js';
import { jsonDiff } from './support/json-diff.js';

const corpus = sharedCorpus('corpus');
const goldenDir = new URL('./golden/', import.meta.url);
const update = Boolean(process.env.UPDATE_GOLDEN);

describe.skipIf(!corpus)('golden output for ../shared/corpus', () => {
  for (const document of corpus ?? []) {
    it(document.name, () => {
      const file = new URL(`${document.name}.json`, goldenDir);
      const actual = JSON.parse(JSON.stringify(parseMinutes(document.text).minutes));
      if (update || (!existsSync(file) && !process.env.CI)) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
        console.warn(`golden: wrote ${file.pathname}; review it by hand before committing`);
        return;
      }
      if (!existsSync(file)) throw new Error(`No golden for ${document.name}: run golden:update, review it and commit it.`);
      const expected = JSON.parse(readFileSync(file, 'utf8'));
      const differences = jsonDiff(expected, actual);
      const report = `${document.name}: the output differs from test/golden/${document.name}.json (expected -> actual):\n  ${differences.join('\n  ')}\nIf the change is right, run UPDATE_GOLDEN=1 and review the new golden.`;
      expect(differences, report).toEqual([]);
    });
  }
});
