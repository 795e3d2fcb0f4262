/// <reference types="node" />
// The links of the shared corpus minutes, reviewed by hand in test/golden/links/*.json.
// Items are found by number and title, so small changes in how the parser splits
// paragraphs do not matter. `UPDATE=1` rewrites the files from today's output: read every
// link before committing, and remove any that is wrong (a wrong link is worse than none).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes } from '@lsmp/parser';
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import { describe, expect, it } from 'vitest';
import { type ItemLinks, linkMinutes, londonEnriched } from '../src/index.js';

interface GoldenItem {
  number: string | null;
  title: string;
  /** `kind:id` of each item-level link, and the words behind it. */
  links: Record<string, string[]>;
  /** Why the links are right, or why an expected one is missing. */
  review?: string;
}
interface Golden {
  document: string;
  note?: string;
  items: GoldenItem[];
}

const goldenDir = join(import.meta.dirname, 'golden/links');
const corpus = sharedCorpus('corpus');
const fold = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();

function describeItem(item: ItemLinks): GoldenItem {
  const links = Object.fromEntries(item.links.map((link) => [`${link.kind}:${link.id}`, [...new Set(link.evidence.map((evidence) => evidence.text))]]));
  return { number: item.number, title: item.title, links };
}

describe.skipIf(!corpus)('links of the corpus minutes against their hand-reviewed golden files', () => {
  for (const document of corpus ?? []) {
    it(document.name, () => {
      const { minutes } = parseMinutes(document.text);
      const { items } = linkMinutes(minutes, londonEnriched, { source: document.text });
      const file = join(goldenDir, `${document.name}.json`);
      if (process.env.UPDATE || !existsSync(file)) {
        const previous: Golden | undefined = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
        // Keep the notes a reviewer wrote.
        const reviewOf = (item: GoldenItem) => previous?.items.find((old) => old.number === item.number && fold(old.title) === fold(item.title))?.review;
        const described = items.map(describeItem).map((item) => {
          const review = reviewOf(item);
          return review ? { ...item, review } : item;
        });
        const golden: Golden = { document: document.name, ...(previous?.note ? { note: previous.note } : {}), items: described };
        writeFileSync(file, `${JSON.stringify(golden, null, 2)}\n`);
        if (!process.env.UPDATE) throw new Error(`New golden file ${file}: review it by hand, then run again.`);
      }
      // Every piece of evidence with a position points at its own words in the source.
      for (const link of items.flatMap((item) => item.links)) {
        for (const evidence of link.evidence) {
          if (!evidence.position) continue;
          const words = document.text.slice(evidence.position.start.offset, evidence.position.end.offset);
          expect(words.replace(/\s+/g, ' ')).toBe(evidence.text.replace(/\s+/g, ' '));
        }
      }
      const golden: Golden = JSON.parse(readFileSync(file, 'utf8'));
      for (const expected of golden.items) {
        const found = items.find((item) => item.number === expected.number && fold(item.title) === fold(expected.title));
        expect(found, `item ${expected.number} "${expected.title}"`).toBeDefined();
        expect(describeItem(found!).links, `item ${expected.number} "${expected.title}"`).toEqual(expected.links);
      }
      // Items the golden file does not list must not be linked to anything.
      const unlisted = items.filter((item) => !golden.items.some((expected) => item.number === expected.number && fold(item.title) === fold(expected.title)));
      expect(unlisted.filter((item) => item.links.length > 0).map(describeItem)).toEqual([]);
    });
  }
});
