import { describe, expect, it } from 'vitest';
import { LineIndex } from '../position/line-index.js';
import { PhraseLocator } from './phrase-locator.js';

const text = 'Intro\nThe fair is on 2 May 2023 and again on 9 May 2023.\nEnd';
const index = new LineIndex(text);
const paragraph = index.span(6, 56);
const spanned = (p: ReturnType<PhraseLocator['locate']>) => (p ? text.slice(p.start.offset, p.end.offset) : null);

describe('PhraseLocator', () => {
  it('finds phrases left to right within the paragraph', () => {
    const locator = new PhraseLocator(text, index, paragraph);
    expect(spanned(locator.locate('2 May 2023'))).toBe('2 May 2023');
    expect(locator.locate('9 May 2023')).toMatchObject({ start: { line: 2, column: 40, offset: 45 }, end: { offset: 55 } });
  });

  it('gives up on the paragraph at a phrase its source does not have as written', () => {
    const locator = new PhraseLocator(text, index, paragraph);
    expect(locator.locate('2 May  2023')).toBeNull();
    expect(locator.locate('9 May 2023')).toBeNull();
  });

  it('does not look outside the paragraph', () => {
    expect(new PhraseLocator(text, index, paragraph).locate('End')).toBeNull();
  });
});
