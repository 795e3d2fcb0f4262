// Text that PDF extraction cuts: a labelled action wrapped over two lines, and a
// sentence cut in two by page furniture between pages.
import { describe, expect, it } from 'vitest';
import { actionFacts, para, paragraphs, parseLines, pdfHeader } from './build.js';

const roster = ['', 'MO\tMaria Okafor\tNorthbridge Council', 'TP\tTomasz Pawlak\tHarbour Trust', ''];

describe('a labelled action wrapped over two lines', () => {
  it('reads the whole action', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      ...roster,
      '1. Harbour walk',
      '',
      'Action 1: TP to check that the invite list for the harbour walk can be',
      'expanded to include the youth forum.',
    ]);
    expect(actionFacts(minutes.actions)).toEqual([
      {
        number: '1',
        text: 'TP to check that the invite list for the harbour walk can be expanded to include the youth forum.',
        owners: ['TP'],
        origin: 'new',
        status: null,
      },
    ]);
    expect(minutes.items[0]!.paragraphs).toEqual([]);
  });
});

describe('a sentence cut by page furniture', () => {
  it('is rejoined across the page break', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      ...roster,
      'NORTHBRIDGE COUNCIL',
      '',
      '1. Harbour walk',
      '',
      '1.1 TP reported that the walk had attracted volunteers from every part of the',
      '',
      'NORTHBRIDGE COUNCIL',
      '',
      'town and that a second walk was planned.',
      '',
      '1.2 MO thanked TP.',
      '',
      'NORTHBRIDGE COUNCIL',
    ]);
    expect(paragraphs(minutes.items[0]!.paragraphs)).toEqual([
      para('TP reported that the walk had attracted volunteers from every part of the town and that a second walk was planned.', {
        number: '1.1',
        speaker: 'TP',
      }),
      para('MO thanked TP.', { number: '1.2', speaker: 'MO' }),
    ]);
  });
});
