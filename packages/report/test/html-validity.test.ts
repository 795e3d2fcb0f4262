// The HTML reports pass a real validator (html-validate, recommended rules plus
// WCAG-related ones) for the fictional fixture and every shared corpus document.
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';
import { parseMinutes } from '@lsmp/parser';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/index.js';
import { harbourLinks, harbourMinutes, harbourSource } from './fixtures/harbourside.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'] });

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('HTML validity: fictional fixture', () => {
  it('the validator does report problems (so an empty list means something)', async () => {
    expect(await problems('<!DOCTYPE html><html><head><title>x</title></head><body><table><tr><td>x</td></tr></table><img src="x"></body></html>')).not.toEqual([]);
  });

  it('is valid without and with the source view', async () => {
    expect(await problems(renderHtml(harbourMinutes))).toEqual([]);
    expect(await problems(renderHtml(harbourMinutes, { serviceAreas: harbourLinks, source: harbourSource }))).toEqual([]);
  });
});

const corpus = [...(sharedCorpus('corpus') ?? []), ...(sharedCorpus('corpus-extra') ?? [])];
describe.skipIf(corpus.length === 0)('HTML validity: shared corpora', () => {
  it.each(corpus.map((doc) => [doc.name, doc] as const))('%s is valid, with its source view', async (_name, doc) => {
    const { minutes } = parseMinutes(doc.text);
    expect(await problems(renderHtml(minutes, { source: doc.text }))).toEqual([]);
  });
});
