import { describe, it } from 'vitest';
import { harbourLinks, harbourMinutes, harbourSource } from '../fixtures/harbourside.js';
import { expectGolden } from './expect-golden.js';
import { renderAllFormats } from './formats.js';
import { renderHtml } from '../../src/index.js';

describe('golden files: fictional fixture', () => {
  const formats = renderAllFormats(harbourMinutes, { serviceAreas: harbourLinks, sourceHref: 'harbourside.txt' });
  it.each(Object.entries(formats))('%s', (file, content) => {
    expectGolden(`harbourside/${file}`, content);
  });

  it('report-with-source.html', () => {
    expectGolden('harbourside/report-with-source.html', renderHtml(harbourMinutes, { serviceAreas: harbourLinks, source: harbourSource }));
  });
});
