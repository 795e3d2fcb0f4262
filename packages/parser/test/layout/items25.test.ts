// Town and community councils that number each minute by the council's year and a three-digit count ("18/204",
// "P22/001"), items the parser lost (session 25). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = (lines: string[]) => parseLines(lines).minutes.items.map((i) => [i.number, i.title]);

describe('minutes numbered year first with a three-digit count', () => {
  it('reads "18/204 Apologies" as items where the minutes never write the council\'s year (meeting in 2019)', () => {
    const lines = [
      'Minutes 11/02/2019',
      '',
      'Minutes of the Ashcombe Community Council meeting held at 7pm on Monday 11th February 2019 at the Old School',
      '',
      'Cllr Mary Hendry                      Chair',
      '',
      'Cllr Owen Price',
      '',
      'Cllr Dafydd Rees',
      '',
      '',
      '18/204 Apologies for absence',
      '',
      'Cllr Lloyd sent his apologies.',
      '',
      '18/205 Declarations of interest',
      '',
      'None were declared.',
      '',
      '18/206 Highways report',
      '',
      'The clerk will chase the repair of the bridge railings.',
    ];
    expect(items(lines)).toEqual([
      ['18/204', 'Apologies for absence'],
      ['18/205', 'Declarations of interest'],
      ['18/206', 'Highways report'],
    ]);
  });

  it('reads a committee\'s letters before the year ("P22/001 PRESENT") as part of the minute number', () => {
    const lines = [
      'P22/001 PRESENT',
      '',
      'Councillors Abbott, Fenwick and Grey.',
      '',
      'B Hollis (Deputy Clerk)',
      '',
      'P22/002 APOLOGIES FOR ABSENCE',
      '',
      'Apologies were received from Cllr Dunn.',
      '',
      'P22/003 PLANNING APPLICATIONS',
      '',
      'The committee raised no objection to the extension at 4 Mill Row.',
    ];
    expect(items(lines)).toEqual([
      ['P22/001', 'PRESENT'],
      ['P22/002', 'APOLOGIES FOR ABSENCE'],
      ['P22/003', 'PLANNING APPLICATIONS'],
    ]);
  });

  it('still reads times like "10.45 Coffee" in a programme as no minute numbers', () => {
    const lines = ['Minutes of the Hearth Society meeting, 3 May 2022', '', 'Present: Ann Lee, Tom Holt', '', '1. Programme', '', '10.45 Coffee', '', '11.15 Talk on local mills', '', '2. Any other business', '', 'None.'];
    expect(items(lines).map(([n]) => n)).toEqual(['1', '2']);
  });
});
