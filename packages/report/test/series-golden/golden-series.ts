// The two real series the golden files cover: the four shared-corpus documents
// (when ../shared is there) and the demo's six fictional sample meetings. Each is
// parsed with @lsmp/parser and linked to London Enriched with @lsmp/london-enriched,
// through the small shape the series reports take.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { linkMinutes, londonEnriched } from '@lsmp/london-enriched';
import type { Minutes } from '@lsmp/model';
import { parseMinutes } from '@lsmp/parser';
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import type { SeriesOptions } from '../../src/series/build-series.js';
import type { ItemServiceAreas } from '../../src/series/coverage-matrix.js';

export interface GoldenSeries {
  /** Folder name under test/series-golden/. */
  name: string;
  minutes: Minutes[];
  options: SeriesOptions;
}

const samplesDir = fileURLToPath(new URL('../../../../apps/demo/samples/', import.meta.url));

/** The service areas each item concerns, from the catalogue linker's result. */
export function serviceAreasOf(minutes: Minutes): ItemServiceAreas[] {
  return linkMinutes(minutes, londonEnriched).items.map((item) => ({
    itemNumber: item.number,
    itemId: item.id,
    serviceAreas: item.links.filter((link) => link.kind === 'service-area').map((link) => ({ id: link.id, name: link.name })),
  }));
}

function series(name: string, texts: string[]): GoldenSeries {
  const minutes = texts.map((text) => parseMinutes(text).minutes);
  return {
    name,
    minutes,
    options: {
      serviceAreaLinks: minutes.map(serviceAreasOf),
      serviceAreas: londonEnriched.serviceAreas.map((area) => ({ id: area.id, name: area.name })),
    },
  };
}

/** The corpus series (null without ../shared) and the sample series. */
export function goldenSeries(): GoldenSeries[] {
  const corpus = sharedCorpus('corpus');
  const samples = readdirSync(samplesDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(samplesDir + file, 'utf8'));
  return [...(corpus ? [series('corpus', corpus.map((doc) => doc.text))] : []), series('samples', samples)];
}
