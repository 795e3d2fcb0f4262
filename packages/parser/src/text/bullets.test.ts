import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../parse-minutes.js';
import { startsWithBullet, withoutBulletMark } from './bullets.js';

describe('bulleted lines', () => {
  it('reads every mark word processors and markdown export, followed by white space', () => {
    for (const mark of ['-', '*', '•', '·', '▪', '●', '◦']) {
      expect(startsWithBullet(`${mark} Budget agreed`)).toBe(true);
      expect(withoutBulletMark(`${mark}\tBudget agreed`)).toBe('Budget agreed');
    }
  });

  it('reads no bullet in a mark without a space, a dash of prose, or an empty line', () => {
    for (const text of ['', '-', '-5 degrees', '*emphasis*', '— an aside', '– a dash']) {
      expect(startsWithBullet(text)).toBe(false);
      expect(withoutBulletMark(text)).toBe(text);
    }
  });

  it('gives a paragraph opened by any of the marks the same reading', () => {
    const text = (mark: string) => `Minutes of the Riverside Board\n\nPresent:\nAnna Quist (AQ), Chair\nFrank Moss (FM)\n\n1. Housing\n\n${mark} The board agreed the plan.\n`;
    for (const mark of ['-', '•', '●', '◦']) {
      const paragraph = parseMinutes(text(mark)).minutes.items[0]!.paragraphs[0]!;
      expect(paragraph).toMatchObject({ bullet: true, text: 'The board agreed the plan.' });
    }
  });
});
